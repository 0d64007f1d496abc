// Listing lessons from content/lessons/*.mdx at build time (server and tests only).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractHeadings, type TocEntry } from './headings';
import { parseLessonMeta, type LessonMeta } from './meta';
import { lessonSlugSchema } from './slug';

export interface Lesson extends LessonMeta {
  slug: string;
  headings: TocEntry[];
}

// Build-time reads (every page that lists lessons is prerendered), so the files need not be traced.
export const DEFAULT_LESSONS_DIR = path.join(process.cwd(), 'content', 'lessons');

function readLesson(dir: string, file: string): Lesson {
  const slug = file.replace(/\.mdx$/, '');
  const checked = lessonSlugSchema.safeParse(slug);
  if (!checked.success) throw new Error(`content/lessons/${file}: bad file name: ${checked.error.issues[0]?.message}`);
  const source = readFileSync(/* turbopackIgnore: true */ path.join(dir, file), 'utf8');
  try {
    return { slug, ...parseLessonMeta(source), headings: extractHeadings(source) };
  } catch (error) {
    throw new Error(`content/lessons/${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Every lesson, sorted by `order`; throws on duplicate orders or invalid metadata. */
export function listLessons(dir: string = DEFAULT_LESSONS_DIR): Lesson[] {
  const lessons = readdirSync(/* turbopackIgnore: true */ dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => readLesson(dir, file))
    .sort((a, b) => a.order - b.order);
  for (let i = 1; i < lessons.length; i++) {
    if (lessons[i].order === lessons[i - 1].order) {
      throw new Error(`lessons "${lessons[i - 1].slug}" and "${lessons[i].slug}" share order ${lessons[i].order}`);
    }
  }
  return lessons;
}

export function getLesson(slug: string, dir: string = DEFAULT_LESSONS_DIR): Lesson | undefined {
  if (!lessonSlugSchema.safeParse(slug).success) return undefined;
  return listLessons(dir).find((lesson) => lesson.slug === slug);
}

/** The lessons before and after `slug` in course order. */
export function neighbours(slug: string, dir: string = DEFAULT_LESSONS_DIR): { previous?: Lesson; next?: Lesson } {
  const lessons = listLessons(dir);
  const index = lessons.findIndex((lesson) => lesson.slug === slug);
  if (index < 0) return {};
  return { previous: lessons[index - 1], next: lessons[index + 1] };
}
