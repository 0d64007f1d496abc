// Every conformance corpus program must tokenize, parse and compile without refusal, for every
// profile's compiler features. Also prints (never asserts) how long compiling the corpus takes.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from './index';
import { disassemble } from './dis';
import { validateCode } from './validate';
import { FEATURES } from './test-features';

const CORPUS = new URL('../../../../shared/conformance/corpus/', import.meta.url);
const files = readdirSync(CORPUS).filter((f) => f.endsWith('.py')).sort();
const sources = files.map((f) => [f, readFileSync(new URL(f, CORPUS), 'utf8')] as const);

describe('conformance corpus compiles', () => {
  it('has 120 programs', () => {
    expect(files).toHaveLength(120);
  });
  for (const [version, features] of Object.entries(FEATURES)) {
    it(`all programs compile for ${version}`, () => {
      const failures: string[] = [];
      for (const [file, src] of sources) {
        try {
          const code = compile(src, file, features);
          validateCode(code);
          disassemble(code);
        } catch (e) {
          failures.push(`${file}: ${(e as Error).message}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
  it('performance: compile time for the whole corpus (printed, not asserted)', () => {
    const features = FEATURES['3.12']!;
    for (const [file, src] of sources) compile(src, file, features); // warm up
    const t0 = performance.now();
    const rounds = 5;
    for (let r = 0; r < rounds; r++) for (const [file, src] of sources) compile(src, file, features);
    const ms = (performance.now() - t0) / rounds;
    console.log(`compiling all ${sources.length} corpus programs: ${ms.toFixed(1)} ms`);
    expect(ms).toBeGreaterThan(0);
  });
});
