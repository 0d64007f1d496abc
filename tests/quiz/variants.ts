// Shared by the bank tests: the targets each template is generated for, and a memoised simulator
// (the same program on the same target always gives the same trace, so a duplicate variant need
// not be run twice; determinism itself is checked separately with the plain simulator).
import type { Trace } from '@/lib/sim/trace/schema';
import { simulate } from '@/lib/quiz/simulate';
import type { QuizTemplate, Target } from '@/lib/quiz/template';
import type { Simulate } from '@/lib/quiz/variant';

export const ALL_TARGETS: readonly Target[] = [
  { python: '3.10', platform: '64bit' },
  { python: '3.11', platform: '64bit' },
  { python: '3.12', platform: '64bit' },
  { python: '3.13', platform: '64bit' },
  { python: '3.14', platform: '64bit' },
  { python: '3.14', platform: 'wasm32' },
];

export function targetsFor(template: QuizTemplate): Target[] {
  return ALL_TARGETS.filter((t) => !template.python || template.python.includes(t.python));
}

/** Traces are large: call reset() between (template, target) pairs, where duplicates cluster. */
export function memoSimulate(): Simulate & { readonly runs: () => number; readonly reset: () => void } {
  const cache = new Map<string, Trace | { readonly refusal: string }>();
  let runs = 0;
  const fn = (source: string, target: Target) => {
    const key = `${target.python}/${target.platform}\n${source}`;
    let hit = cache.get(key);
    if (!hit) {
      runs++;
      hit = simulate(source, target);
      cache.set(key, hit);
    }
    return hit;
  };
  return Object.assign(fn, { runs: () => runs, reset: () => cache.clear() });
}

export const label = (t: Target) => `${t.python}${t.platform === 'wasm32' ? '-wasm32' : ''}`;
