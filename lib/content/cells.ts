// Finds the runnable cells (<Cell>) and build-time values (<Value>) in lesson MDX, so tests can run
// each one in the simulator and compare it with output recorded from real CPython, and the
// recorder knows what to record. Uses the real MDX parser; attribute values must be literals.
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { z } from 'zod';
import { dedentCode } from './dedent';

export { dedentCode };

/** The interpreters lessons are checked against: native 64-bit 3.10-3.13 and Pyodide's 3.14 (wasm32). */
export const CHECKED_VERSIONS = ['3.10', '3.11', '3.12', '3.13', '3.14-wasm32'] as const;
export type CheckedVersion = (typeof CHECKED_VERSIONS)[number];

export interface LessonCell {
  /** 'cell' runs in the simulator and is checked against CPython; 'recorded' (<Recorded>) shows code
   * the simulator does not model (tracemalloc, fork...) with CPython's recorded output only. */
  readonly kind: 'cell' | 'recorded';
  readonly lesson: string;
  readonly id: string;
  readonly code: string;
  /** Versions whose output the cell's lesson relies on; each is checked against real CPython. */
  readonly versions: readonly CheckedVersion[];
  /** Line of the <Cell> tag in the MDX file, for error messages. */
  readonly line: number;
  /** Where the browser opens the cell, as written on the tag (absent attributes stay undefined). */
  readonly python?: string;
  readonly platform?: string;
  readonly step?: number;
}

export interface LessonValue {
  readonly lesson: string;
  /** Stable key: the same setup, expression and version always make the same key. */
  readonly key: string;
  readonly setup: string;
  readonly expr: string;
  readonly version: CheckedVersion;
  readonly line: number;
}

const versionSchema = z.enum(CHECKED_VERSIONS);
const cellAttrs = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'cell ids are lowercase words joined by hyphens'),
  code: z.string().min(1),
  versions: z.array(versionSchema).min(1),
  python: z.string().optional(),
  platform: z.string().optional(),
  step: z.number().int().nonnegative().optional(),
}).passthrough();
const valueAttrs = z.object({
  expr: z.string().min(1),
  setup: z.string().default(''),
  version: versionSchema,
}).passthrough();

interface EstreeNode { type: string; [key: string]: unknown }

/** Evaluates a literal JS expression (string, template without substitutions, number, boolean, array). */
function literal(node: EstreeNode): unknown {
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'TemplateLiteral': {
      if ((node.expressions as unknown[]).length) throw new Error('template literals may not contain ${...}');
      return (node.quasis as { value: { cooked: string } }[]).map((q) => q.value.cooked).join('');
    }
    case 'ArrayExpression':
      return (node.elements as EstreeNode[]).map(literal);
    case 'UnaryExpression':
      if (node.operator === '-') return -(literal(node.argument as EstreeNode) as number);
      break;
  }
  throw new Error(`attribute values must be literals, found ${node.type}`);
}

interface JsxAttribute { type: string; name: string; value: unknown }

function attributes(node: { attributes: JsxAttribute[] }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute') throw new Error('spread attributes are not allowed on cells');
    const value = attr.value as null | string | { data?: { estree?: { body: { expression: EstreeNode }[] } } };
    if (value === null) out[attr.name] = true;
    else if (typeof value === 'string') out[attr.name] = value;
    else out[attr.name] = literal(value.data!.estree!.body[0].expression);
  }
  return out;
}

/** The program a <Value> runs: its setup, then a print of the expression. */
export function valueProgram(value: Pick<LessonValue, 'setup' | 'expr'>): string {
  const setup = value.setup ? dedentCode(value.setup) : '';
  return `${setup}print(${value.expr})\n`;
}

export function valueKey(setup: string, expr: string, version: string): string {
  return `${version}|${setup.trim()}|${expr.trim()}`;
}

export function extractRunnables(lesson: string, source: string): { cells: LessonCell[]; values: LessonValue[] } {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(source);
  const cells: LessonCell[] = [];
  const values: LessonValue[] = [];
  const where = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 0;
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as unknown as { name: string; attributes: JsxAttribute[]; position?: { start: { line: number } } };
    const line = where(element);
    const fail = (message: string): never => {
      throw new Error(`content/lessons/${lesson}.mdx:${line}: <${element.name}>: ${message}`);
    };
    if (element.name === 'Cell' || element.name === 'Recorded') {
      const parsed = cellAttrs.safeParse(attributes(element));
      if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      const { id, code, versions, python, platform, step } = parsed.data!;
      const kind = element.name === 'Cell' ? 'cell' : 'recorded';
      cells.push({ kind, lesson, id, code: dedentCode(code), versions, line, python, platform, step });
    } else if (element.name === 'Value') {
      const parsed = valueAttrs.safeParse(attributes(element));
      if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      const { expr, setup, version } = parsed.data!;
      values.push({ lesson, key: valueKey(setup, expr, version), setup, expr, version, line });
    }
  });
  return { cells, values };
}
