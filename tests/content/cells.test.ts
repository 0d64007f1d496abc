// Claims are checked, not typed: every lesson cell runs in the simulator for each version it
// declares and must print exactly what real CPython printed (content/recorded/, recorded by
// scripts/record-lessons.ts); every <Value> likewise. A missing or stale recording fails.
import { describe, expect, it } from 'vitest';
import { valueProgram, type CheckedVersion, type LessonCell, type LessonValue } from '@/lib/content/cells';
import { run } from '@/lib/sim';
import { lessonRunnables as runnables, profileForChecked } from './lesson-files';

function simulate(source: string, version: CheckedVersion) {
  const result = run(source, profileForChecked(version), { checkInvariants: true });
  return { stdout: result.stdout, error: result.error };
}

const RERECORD = 'run `npx tsx scripts/record-lessons.ts` where the interpreters are installed';

describe('lesson cells match real CPython', () => {
  it('cell ids are unique across the course', () => {
    const ids = runnables.flatMap((r) => r.cells.map((c) => c.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  const cases = runnables.flatMap(({ cells, recording }) =>
    cells.flatMap((cell: LessonCell) => cell.versions.map((version) => ({ cell, version, recording }))));
  it.each(cases.map((c) => [`${c.cell.lesson}#${c.cell.id} on ${c.version}`, c] as const))('%s', (_name, { cell, version, recording }) => {
    const recorded = recording.cells[cell.id];
    expect(recorded?.code, `no recording of this code: ${RERECORD}`).toBe(cell.code);
    const want = recorded.outputs[version];
    expect(want, `no ${version} recording: ${RERECORD}`).toBeDefined();
    // <Recorded> blocks show what the simulator does not model; only their recording is checked.
    if (cell.kind === 'cell') expect(simulate(cell.code, version)).toEqual(want);
  });

  const values = runnables.flatMap(({ values: vs, recording }) => vs.map((value: LessonValue) => ({ value, recording })));
  it.each(values.map((v) => [`${v.value.lesson}: <Value expr="${v.value.expr}"> on ${v.value.version}`, v] as const))('%s', (_name, { value, recording }) => {
    const want = recording.values[value.key];
    expect(want, `no recording: ${RERECORD}`).toBeDefined();
    // The page shows a <Value>'s output inline and fails to build when it raises.
    expect(want.error, 'real CPython raised for this <Value> (missing setup?)').toBeNull();
    expect(simulate(valueProgram(value), value.version)).toEqual(want);
  });
});
