// Quiz variants on CPython 3.14 for wasm32: the simulator must print exactly what Pyodide printed for
// the sampled variants (recorded by `npm run record:quiz-wasm32`; every answer key is read from that output).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '@/lib/quiz/simulate';
import { sampleWasm32Variants, WASM32, WASM32_RECORDING, type Wasm32Recording } from './wasm32-sample';

/** `templateId#seed` whose simulator output disagrees with Pyodide, and why; the test fails when one starts to agree. */
const KNOWN_DISAGREEMENTS: Record<string, string> = {
  'alloc-instance-size-class#7920':
    'Pyodide is built without pymalloc, so freed blocks are reused by its C malloc (size classes unlike pymalloc); ' +
    'the wasm32 profile models pymalloc, and here a 1-slot instance reuses a freed 2-slot one where Pyodide does not',
  'alloc-size-class-reuse#1':
    'same cause (no pymalloc in Pyodide): with the start-up free lists measured on Pyodide parked, the modelled pools ' +
    'hand a freed 83-character str\'s block to bytes(20), where Pyodide\'s malloc does not',
};

const RERECORD = 'the sample changed since it was recorded: run `npm run record:quiz-wasm32`';

describe('quiz variants agree with CPython 3.14 on wasm32 (Pyodide)', () => {
  const recording: Wasm32Recording | null = existsSync(WASM32_RECORDING) ? JSON.parse(readFileSync(WASM32_RECORDING, 'utf8')) : null;

  it('has a recording of the current sample', () => {
    expect(recording, RERECORD).not.toBeNull();
    const recorded = recording!.variants.map((v) => `${v.templateId}#${v.seed}\n${v.program}`);
    const now = sampleWasm32Variants().map((v) => `${v.templateId}#${v.seed}\n${v.program}`);
    expect(recorded, RERECORD).toEqual(now);
  });

  it('prints what Pyodide printed, for every recorded variant', () => {
    const disagreements: string[] = [];
    const known: string[] = [];
    for (const v of recording?.variants ?? []) {
      const trace = simulate(v.program, WASM32);
      const got = 'refusal' in trace ? `[refused] ${trace.refusal}` : trace.stdout;
      const agrees = v.error === null && got === v.stdout;
      const key = `${v.templateId}#${v.seed}`;
      if (key in KNOWN_DISAGREEMENTS) {
        if (agrees) disagreements.push(`${key} is listed as a known disagreement but now agrees: remove it`);
        else known.push(key);
      } else if (!agrees) {
        disagreements.push(`${v.templateId} seed ${v.seed}\n${v.program}--- simulator:\n${got}--- Pyodide:\n${v.stdout}${v.error ? `[error] ${v.error}` : ''}`);
      }
    }
    const total = recording?.variants.length ?? 0;
    console.log(`[quiz vs Pyodide] ${total - known.length - disagreements.length}/${total} sampled variants agree; known disagreements: ${known.join(', ') || 'none'}`);
    expect(disagreements, disagreements.join('\n\n')).toEqual([]);
  }, 300_000);
});
