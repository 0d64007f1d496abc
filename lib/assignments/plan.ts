// Which questions one attempt gets. Pure and deterministic: the same pool, counts and attempt seed
// always give the same plan, so an attempt can be rebuilt (and regraded) from what is stored.
import type { PlannedQuestion, QuestionSource } from '@/lib/db/schema';
import { seededRng } from '@/lib/quiz/random';

/** How many seeds to try for one template before leaving it out of this attempt. */
const SEED_TRIES = 4;

/**
 * Variants per template and assignment. A learner's variant is one of these, picked by the attempt's
 * seed: two neighbours share a question's variant with probability 1/32, while the server computes
 * at most 32 variants per template (a simulator run each, ~70 ms) however large the class.
 */
export const VARIANTS_PER_TEMPLATE = 32;

/** The k-th variant seed of a template in an assignment (FNV-1a of the three, 32-bit). */
export function variantSeed(assignmentId: string, templateId: string, k: number): number {
  let hash = 0x811c9dc5;
  for (const ch of `${assignmentId}|${templateId}|${k}`) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export interface PlanInput {
  readonly assignmentId: string;
  readonly pool: readonly QuestionSource[];
  /** Total questions per attempt: custom questions first count, bank questions fill the rest. */
  readonly questionCount: number;
  /** Attempt-specific seed. */
  readonly seed: number;
  /** Whether a bank variant can be generated (the simulator may reject some seeds). */
  readonly usable?: (templateId: string, seed: number) => boolean;
}

export function planQuestions({ assignmentId, pool, questionCount, seed, usable = () => true }: PlanInput): PlannedQuestion[] {
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
        const candidate = variantSeed(assignmentId, templateId, rng.int(0, VARIANTS_PER_TEMPLATE - 1));
        const taken = bankQuestions.some((q) => q.source === 'bank' && q.templateId === templateId && q.seed === candidate);
        if (!taken && usable(templateId, candidate)) found = candidate;
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
