// Lesson metadata: the `export const meta = {...}` object at the top of each MDX lesson.
// It is written as a JSON object literal so build-time code and tests can read it from the
// source without compiling MDX; zod checks its shape.
import { z } from 'zod';

export const lessonMetaSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1).max(200),
    order: z.number().int().positive(),
    minutes: z.number().int().positive(),
    /** Ids from docs/source-claims.md (e.g. "F2") of the popular wrong claims the lesson answers. */
    corrects: z.array(z.string().regex(/^[A-Z][0-9]+$/)).default([]),
  })
  .strict();

export type LessonMeta = z.infer<typeof lessonMetaSchema>;

const EXPORT_PREFIX = /export\s+const\s+meta\s*=\s*/;

/** Finds the object literal after `export const meta =`, honouring braces inside strings. */
export function extractMetaLiteral(source: string): string {
  const match = EXPORT_PREFIX.exec(source);
  if (!match) throw new Error('no `export const meta = {...}` found');
  const start = match.index + match[0].length;
  if (source[start] !== '{') throw new Error('`export const meta` must be an object literal');
  let depth = 0;
  let inString = false;
  for (let i = start; i < source.length; i++) {
    const ch = source[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return source.slice(start, i + 1);
  }
  throw new Error('`export const meta` object is not closed');
}

/** Reads and validates the metadata of one lesson from its MDX source. */
export function parseLessonMeta(source: string): LessonMeta {
  const literal = extractMetaLiteral(source);
  let raw: unknown;
  try {
    raw = JSON.parse(literal);
  } catch (error) {
    throw new Error(`\`export const meta\` must be a JSON object (quoted keys, no trailing commas): ${String(error)}`);
  }
  return lessonMetaSchema.parse(raw);
}
