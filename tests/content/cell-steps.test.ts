// A lesson cell opens in the browser on the version its `python`/`platform` name, at its `step`,
// run the way the site's worker runs it (trace, reference events, referrers). That run must give a
// trace, print what real CPython printed, and have the step the lesson promises: prose such as "the
// cell opens after del x" would otherwise point at nothing, or at the wrong line.
import { describe, expect, it } from 'vitest';
import { extractRunnables, type CheckedVersion, type LessonCell } from '@/lib/content/cells';
import { run } from '@/lib/sim';
import { lessonRunnables, profileForChecked } from './lesson-files';

interface OpenedCell { lesson: string; id: string; code: string; python: string; platform: string; step?: number }

export function openedCells(lesson: string, source: string): OpenedCell[] {
  return extractRunnables(lesson, source).cells.filter((cell) => cell.kind === 'cell').map(openedCell);
}

function openedCell(cell: LessonCell): OpenedCell {
  return { lesson: cell.lesson, id: cell.id, code: cell.code, python: cell.python ?? '3.12', platform: cell.platform ?? '64bit', step: cell.step };
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

const cases = lessonRunnables.flatMap(({ cells, recording }) =>
  cells.filter((cell) => cell.kind === 'cell').map((cell) => ({ ...openedCell(cell), recording })));

describe('lesson cells as the browser opens them', () => {
  it.each(cases.map((c) => [`${c.lesson}#${c.id} on ${c.python}${c.platform === 'wasm32' ? ' (wasm32)' : ''}`, c] as const))('%s', (_name, cell) => {
    const version = cell.platform === 'wasm32' ? `${cell.python}-wasm32` : cell.python;
    const want = cell.recording.cells[cell.id]?.outputs[version as CheckedVersion];
    expect(want, `the cell opens on ${version}, which is not among its recorded versions`).toBeDefined();
    const result = run(cell.code, profileForChecked(version as CheckedVersion), { trace: true, traceRefs: true, referrers: true });
    expect({ stdout: result.stdout, error: result.error }).toEqual(want);
    expect(result.trace, 'no trace: the diagram would be empty').toBeTruthy();
    if (cell.step !== undefined) expect(cell.step, 'the step the cell opens on is past the end of the run').toBeLessThan(result.trace!.steps.count);
  });
});
