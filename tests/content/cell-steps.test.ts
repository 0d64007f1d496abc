// A lesson cell opens in the browser on the version its `python`/`platform` name, at its `step`,
// run the way the site's worker runs it (trace, reference events, referrers). That run must give a
// trace, print what real CPython printed, and have the step the lesson promises: prose such as "the
// cell opens after del x" would otherwise point at nothing, or at the wrong line.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { dedentCode } from '@/lib/content/cells';
import { DEFAULT_LESSONS_DIR } from '@/lib/content/lessons';
import { readRecording } from '@/lib/content/recorded';
import { profileFor, run } from '@/lib/sim';

interface OpenedCell { lesson: string; id: string; code: string; python: string; platform: string; step?: number }

interface Attr { type: string; name: string; value: null | string | { data?: { estree?: { body: { expression: { type: string; value?: unknown; quasis?: { value: { cooked: string } }[] } }[] } } } }

/** The string or number literal of one JSX attribute (cells use only literals; see lib/content/cells.ts). */
function literal(attr: Attr): unknown {
  if (attr.value === null || typeof attr.value === 'string') return attr.value;
  const expression = attr.value.data?.estree?.body[0]?.expression;
  if (expression?.type === 'Literal') return expression.value;
  if (expression?.type === 'TemplateLiteral') return expression.quasis!.map((q) => q.value.cooked).join('');
  return undefined;
}

export function openedCells(lesson: string, source: string): OpenedCell[] {
  const cells: OpenedCell[] = [];
  visit(unified().use(remarkParse).use(remarkMdx).parse(source), (node) => {
    const element = node as unknown as { type: string; name?: string; attributes?: Attr[] };
    if (element.type !== 'mdxJsxFlowElement' || element.name !== 'Cell') return;
    const attrs = Object.fromEntries((element.attributes ?? []).map((a) => [a.name, literal(a)]));
    cells.push({
      lesson,
      id: String(attrs.id),
      code: dedentCode(String(attrs.code)),
      python: String(attrs.python ?? '3.12'),
      platform: String(attrs.platform ?? '64bit'),
      step: typeof attrs.step === 'number' ? attrs.step : undefined,
    });
  });
  return cells;
}

describe('openedCells', () => {
  it('reads id, code, version and step, with the defaults the cell component uses', () => {
    const mdx = '<Cell id="a" versions={["3.12"]} step={4} python="3.14" platform="wasm32" code={`\n  x = 1\n`} />\n\n<Cell id="b" versions={["3.12"]} code="y = 2" />';
    expect(openedCells('l', mdx)).toEqual([
      { lesson: 'l', id: 'a', code: 'x = 1\n', python: '3.14', platform: 'wasm32', step: 4 },
      { lesson: 'l', id: 'b', code: 'y = 2\n', python: '3.12', platform: '64bit', step: undefined },
    ]);
  });
});

const lessons = readdirSync(DEFAULT_LESSONS_DIR).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));
const cases = lessons.flatMap((lesson) => openedCells(lesson, readFileSync(path.join(DEFAULT_LESSONS_DIR, `${lesson}.mdx`), 'utf8')));

describe('lesson cells as the browser opens them', () => {
  it.each(cases.map((c) => [`${c.lesson}#${c.id} on ${c.python}${c.platform === 'wasm32' ? ' (wasm32)' : ''}`, c] as const))('%s', (_name, cell) => {
    const version = cell.platform === 'wasm32' ? `${cell.python}-wasm32` : cell.python;
    const want = readRecording(cell.lesson).cells[cell.id]?.outputs[version];
    expect(want, `the cell opens on ${version}, which is not among its recorded versions`).toBeDefined();
    const profile = profileFor(cell.python as Parameters<typeof profileFor>[0], cell.platform as Parameters<typeof profileFor>[1]);
    const result = run(cell.code, profile, { trace: true, traceRefs: true, referrers: true });
    expect({ stdout: result.stdout, error: result.error }).toEqual(want);
    expect(result.trace, 'no trace: the diagram would be empty').toBeTruthy();
    if (cell.step !== undefined) expect(cell.step, 'the step the cell opens on is past the end of the run').toBeLessThan(result.trace!.steps.length);
  });
});
