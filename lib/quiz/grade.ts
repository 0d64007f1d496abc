// Grading is a pure function of (question kind, answer key, learner's response): no I/O, no clock,
// so the server can regrade any stored attempt and the rules can be tested on their own.
//
// Rules (shown to learners on the quiz help page, keep them in sync):
// - number: exact. Whitespace, a leading '+', and '_' or ',' between digit groups are ignored.
// - boolean: exact; accepts True/False in any letter case, and yes/no.
// - choice: the one correct option, exact.
// - multi: partial credit = max(0, (right picks - wrong picks) / number of right options).
//   Guessing every option therefore scores 0 unless every option is right.
// - order: partial credit = share of pairs of items placed in the right relative order
//   (Kendall's concordant pairs / all pairs). One swap of neighbours out of 4 items scores 5/6.
// - classify: each item is assigned one category (e.g. "freed by refcount", "freed by the GC",
//   "still alive"); credit = items classified right / all items.
import { z } from 'zod';

export type QuestionKind = 'number' | 'boolean' | 'choice' | 'multi' | 'order' | 'classify';

export const answerKeySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('number'), value: z.string().regex(/^-?\d+$/) }),
  z.object({ kind: z.literal('boolean'), value: z.boolean() }),
  z.object({ kind: z.literal('choice'), value: z.string().min(1) }),
  z.object({ kind: z.literal('multi'), value: z.array(z.string().min(1)).min(1) }),
  z.object({ kind: z.literal('order'), value: z.array(z.string().min(1)).min(1) }),
  z.object({ kind: z.literal('classify'), value: z.record(z.string(), z.string()) }),
]);
export type AnswerKey = z.infer<typeof answerKeySchema>;

/** What a learner sent: free text for number/boolean, option ids for the rest. */
export const responseSchema = z.union([
  z.string().max(200),
  z.array(z.string().max(200)).max(50),
  z.record(z.string().max(200), z.string().max(200)),
]);
export type Response = z.infer<typeof responseSchema>;

export interface Grade {
  /** 0..1 */
  readonly score: number;
  readonly correct: boolean;
  /** Why the response could not be read, if it could not (scores 0). */
  readonly problem?: string;
}

const ZERO = (problem?: string): Grade => ({ score: 0, correct: false, ...(problem ? { problem } : {}) });
const graded = (score: number): Grade => ({ score, correct: score === 1 });

/** Reads an integer the way a person types it: " 4 294 967 295", "+28", "1_000". Null if not a number. */
export function parseIntegerAnswer(text: string): bigint | null {
  const compact = text.trim().replace(/^\+/, '');
  if (!/^-?\d{1,3}(?:[_, ]?\d{3})*$|^-?\d+$/.test(compact)) return null;
  return BigInt(compact.replace(/[_, ]/g, ''));
}

/** Reads a truth value: True/False in any case, or yes/no. Null if not one of those. */
export function parseBooleanAnswer(text: string): boolean | null {
  const word = text.trim().toLowerCase();
  if (word === 'true' || word === 'yes') return true;
  if (word === 'false' || word === 'no') return false;
  return null;
}

function asList(response: Response): string[] | null {
  return Array.isArray(response) ? response : null;
}

/** Kendall concordance between the learner's order and the key, over the key's items. */
export function orderCredit(key: readonly string[], given: readonly string[]): number {
  if (key.length === 1) return given.length === 1 && given[0] === key[0] ? 1 : 0;
  const position = new Map(given.map((item, i) => [item, i]));
  let concordant = 0;
  let pairs = 0;
  for (let i = 0; i < key.length; i++) {
    for (let j = i + 1; j < key.length; j++) {
      pairs++;
      const a = position.get(key[i]);
      const b = position.get(key[j]);
      if (a !== undefined && b !== undefined && a < b) concordant++;
    }
  }
  return concordant / pairs;
}

export function grade(key: AnswerKey, response: Response): Grade {
  switch (key.kind) {
    case 'number': {
      if (typeof response !== 'string') return ZERO('expected a number');
      const n = parseIntegerAnswer(response);
      if (n === null) return ZERO('not a whole number');
      return graded(n === BigInt(key.value) ? 1 : 0);
    }
    case 'boolean': {
      if (typeof response !== 'string') return ZERO('expected True or False');
      const b = parseBooleanAnswer(response);
      if (b === null) return ZERO('answer True or False');
      return graded(b === key.value ? 1 : 0);
    }
    case 'choice': {
      if (typeof response !== 'string') return ZERO('expected one option');
      return graded(response.trim() === key.value ? 1 : 0);
    }
    case 'multi': {
      const picks = asList(response);
      if (!picks) return ZERO('expected a list of options');
      const right = new Set(key.value);
      const unique = new Set(picks);
      let hits = 0;
      let misses = 0;
      for (const p of unique) {
        if (right.has(p)) hits++;
        else misses++;
      }
      return graded(Math.max(0, (hits - misses) / right.size));
    }
    case 'order': {
      const given = asList(response);
      if (!given) return ZERO('expected an ordering');
      if (new Set(given).size !== given.length) return ZERO('an item appears twice');
      return graded(orderCredit(key.value, given));
    }
    case 'classify': {
      if (typeof response !== 'object' || Array.isArray(response)) return ZERO('expected a category per item');
      const items = Object.keys(key.value);
      const right = items.filter((item) => response[item] === key.value[item]).length;
      return graded(right / items.length);
    }
  }
}
