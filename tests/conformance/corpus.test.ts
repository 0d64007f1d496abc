// Runs every corpus program on every version key in-process, with the refcount invariants checked
// after every step, and compares with the output recorded from real CPython.
import { describe, expect, it } from 'vitest';
import { run } from '../../lib/sim';
import { getProfile } from '../../lib/sim/versions';
import { VERSION_KEYS, corpusFiles, expectedOutputs, readProgram } from './corpus';
import { KNOWN_DIVERGENCES } from './divergences';

const expected = expectedOutputs();
const files = corpusFiles();

for (const [key, [python, platform]] of Object.entries(VERSION_KEYS)) {
  describe(`corpus on ${key}`, () => {
    const profile = getProfile(python, platform);
    for (const file of files) {
      const want = expected[file]?.[key];
      if (want === undefined) continue;
      const divergence = KNOWN_DIVERGENCES[`${file}|${key}`];
      it(file, () => {
        const r = run(readProgram(file), profile, { checkInvariants: true }, file);
        expect(r.errorKind === 'bug' ? r.error : null).toBeNull();
        const got = r.stdout + (r.error ? `\n[error] ${r.error}` : '');
        if (divergence) expect(got, `listed as divergent (${divergence}) but now matches: remove it`).not.toBe(want);
        else expect(got).toBe(want);
      });
    }
  });
}

describe('known divergences list', () => {
  it('names only corpus programs and version keys', () => {
    for (const k of Object.keys(KNOWN_DIVERGENCES)) {
      const [file, key] = k.split('|');
      expect(files).toContain(file);
      expect(Object.keys(VERSION_KEYS)).toContain(key);
      expect(KNOWN_DIVERGENCES[k].length).toBeGreaterThan(10);
    }
  });
});
