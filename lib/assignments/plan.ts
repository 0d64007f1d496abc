// Which questions one attempt gets. Pure and deterministic: the same pool, counts and attempt seed
// always give the same plan, so an attempt can be rebuilt (and regraded) from what is stored.
import type { PlannedQuestion, QuestionSource } from '@/lib/db/schema';
import { seededRng } from '@/lib/quiz/random';

/** How many seeds to try for one template before leaving it out of this attempt. */
const SEED_TRIES = 4;

export interface PlanInput {
  readonly pool: readonly QuestionSource[];
  /** Total questions per attempt: custom questions first count, bank questions fill the rest. */
  readonly questionCount: number;
  /** Attempt-specific seed. */
  readonly seed: number;
  /** Whether a bank variant can be generated (the simulator may reject some seeds). */
  readonly usable?: (templateId: string, seed: number) => boolean;
}

export function planQuestions({ pool, questionCount, seed, usable = () => true }: PlanInput): PlannedQuestion[] {
  const rng = seededRng(seed);
  const customs = pool.filter((q) => q.source === 'custom');
  const bank = pool.filter((q) => q.source === 'bank').map((q) => q.templateId);
  const bankCount = Math.max(0, questionCount - customs.length);
  const bankQuestions: PlannedQuestion[] = [];
  if (bank.length > 0) {
    // Each template once before any repeats; the order differs per attempt.
    let order = rng.shuffle(bank);
    let failures = 0;
    for (let i = 0; bankQuestions.length < bankCount && failures < bank.length * 2; i++) {
      if (i > 0 && i % order.length === 0) order = rng.shuffle(bank);
      const templateId = order[i % order.length];
      let found: number | null = null;
      for (let t = 0; t < SEED_TRIES && found === null; t++) {
        const candidate = rng.int(0, 0xffff_ffff);
        if (usable(templateId, candidate)) found = candidate;
      }
      if (found === null) failures++;
      else bankQuestions.push({ source: 'bank', templateId, seed: found });
    }
  }
  const customQuestions: PlannedQuestion[] = customs.map((q) => ({ source: 'custom', customId: q.customId }));
  return [...bankQuestions, ...customQuestions];
}

/** How a planned question is named in answers and statistics. */
export function questionRef(q: PlannedQuestion): string {
  return q.source === 'bank' ? q.templateId : `custom:${q.customId}`;
}
