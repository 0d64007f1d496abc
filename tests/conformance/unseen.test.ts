// Runs our own corpora (tests/conformance/unseen/<topic>) the way corpus.test.ts runs the public
// one: every program on every version key, invariants on, against output recorded from CPython.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../lib/sim';
import { getProfile } from '../../lib/sim/versions';
import { UNSEEN_DIR, VERSION_KEYS, corpusFiles, expectedOutputs, readProgram } from './corpus';
import { UNSEEN_DIVERGENCES } from './unseen/divergences';

const topics = readdirSync(UNSEEN_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(UNSEEN_DIR, d.name, 'corpus')))
  .map((d) => d.name)
  .sort();

for (const topic of topics) {
  const dir = join(UNSEEN_DIR, topic);
  const files = corpusFiles(dir);
  const expected = expectedOutputs(dir);
  describe(`unseen programs: ${topic}`, () => {
    it('has a recording for every program', () => {
      expect(files.filter((f) => !expected[f])).toEqual([]);
    });
    for (const [key, [python, platform]] of Object.entries(VERSION_KEYS)) {
      const profile = getProfile(python, platform);
      for (const file of files) {
        const want = expected[file]?.[key];
        if (want === undefined) continue;
        const divergence = UNSEEN_DIVERGENCES[`${topic}/${file}|${key}`];
        it(`${file} on ${key}`, () => {
          const r = run(readProgram(file, dir), profile, { checkInvariants: true }, file);
          expect(r.errorKind === 'bug' ? r.error : null).toBeNull();
          const got = r.stdout + (r.error ? `\n[error] ${r.error}` : '');
          if (divergence) expect(got, `listed as divergent (${divergence}) but now matches: remove it`).not.toBe(want);
          else expect(got).toBe(want);
        });
      }
    }
  });
}

describe('unseen divergences list', () => {
  it('names only programs that exist, with a reason', () => {
    for (const [k, why] of Object.entries(UNSEEN_DIVERGENCES)) {
      const [path, key] = k.split('|');
      const [topic, file] = path.split('/');
      expect(topics).toContain(topic);
      expect(corpusFiles(join(UNSEEN_DIR, topic))).toContain(file);
      expect(Object.keys(VERSION_KEYS)).toContain(key);
      expect(why.length).toBeGreaterThan(10);
    }
  });
});
