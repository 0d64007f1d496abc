// The quiz engine's one door into the simulator: run a draft with tracing on for a target.
import { profileFor, run } from '@/lib/sim';
import type { Simulate } from './variant';

/** Small budgets: quiz programs are a few lines; anything longer is a broken template. */
const QUIZ_BUDGET = { maxSteps: 20_000, maxObjects: 50_000 } as const;

export const simulate: Simulate = (source, target) => {
  const result = run(source, profileFor(target.python, target.platform), { trace: true, ...QUIZ_BUDGET });
  if (result.errorKind === 'unsupported' || result.errorKind === 'bug') return { refusal: result.error ?? 'refused' };
  if (!result.trace) return { refusal: result.error ?? 'no trace' };
  return result.trace;
};
