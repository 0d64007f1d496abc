// The quiz variants checked against CPython 3.14 on wasm32 (Pyodide): two seeds per template.
// Shared by the recorder (scripts/record-quiz-wasm32.ts) and the test (wasm32-check.test.ts).
import { join } from 'node:path';
import { ALL_TEMPLATES } from '@/lib/quiz/bank';
import type { Target } from '@/lib/quiz/template';
import { makeVariant } from '@/lib/quiz/variant';
import { memoSimulate } from './variants';

export const WASM32: Target = { python: '3.14', platform: 'wasm32' };
export const WASM32_SEEDS = [1, 7920];
export const WASM32_RECORDING = join(import.meta.dirname, 'recorded', 'wasm32-variants.json');

export interface SampledVariant {
  templateId: string;
  seed: number;
  program: string;
}

export interface Wasm32Recording {
  /** The version of the npm package pyodide (CPython 3.14 on wasm32) that printed these. */
  pyodide: string;
  variants: Array<SampledVariant & { stdout: string; error: string | null }>;
}

/** Every template's variants for the sampled seeds on 3.14 wasm32, as the site would draw them. */
export function sampleWasm32Variants(): SampledVariant[] {
  const sim = memoSimulate();
  const out: SampledVariant[] = [];
  for (const template of ALL_TEMPLATES) {
    if (template.python && !template.python.includes(WASM32.python)) continue;
    for (const seed of WASM32_SEEDS) {
      sim.reset();
      const r = makeVariant(template, seed, WASM32, sim);
      if (!r.ok) throw new Error(`${template.id} seed ${seed}: ${r.reason}`);
      out.push({ templateId: template.id, seed, program: r.variant.question.program });
    }
  }
  // in a fixed order: the bank's order depends on the order its modules were first imported
  return out.sort((a, b) => (a.templateId < b.templateId ? -1 : a.templateId > b.templateId ? 1 : a.seed - b.seed));
}
