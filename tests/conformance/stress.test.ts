// Stress GC: collect at every GC allocation. Outputs of programs that observe the collector
// (gc, weakref, __del__) legitimately change; every program must still run without a simulator
// bug and with consistent reference counts, and the others must print the recorded output.
import { describe, expect, it } from 'vitest';
import { run } from '../../lib/sim';
import { getProfile } from '../../lib/sim/versions';
import { VERSION_KEYS, corpusFiles, expectedOutputs, readProgram } from './corpus';

const expected = expectedOutputs();
const observesGc = (src: string) => /\bgc\b|weakref|__del__|\bid\(/.test(src);

for (const key of ['3.12', '3.14-wasm32']) {
  const [python, platform] = VERSION_KEYS[key];
  describe(`stress GC on ${key}`, () => {
    const profile = getProfile(python, platform);
    for (const file of corpusFiles()) {
      it(file, () => {
        const src = readProgram(file);
        const r = run(src, profile, { stressGc: true, checkInvariants: true }, file);
        expect(r.errorKind === 'bug' ? r.error : null).toBeNull();
        if (!observesGc(src)) expect(r.stdout).toBe(expected[file][key]);
      });
    }
  });
}
