// A quiz template is a program shape with parameters and the question to ask of it. A seeded
// generator fills in the parameters (a draft); running the draft in the simulator for the quiz's
// Python version yields the answer. Templates never state answers themselves.
import type { Platform, PythonVersion } from '@/lib/sim/versions/profile';
import type { AnswerKey } from './grade';
import type { RunFacts } from './facts';
import type { Rng } from './random';

export const TOPICS = {
  refcounts: 'Reference counts',
  identity: 'Identity and caches',
  sizes: 'Sizes',
  gc: 'Cycles and the collector',
  generations: 'Generations',
  finalizers: 'Finalizers and weak references',
  allocator: 'The allocator',
  myths: 'Myths',
} as const;
export type Topic = keyof typeof TOPICS;

export interface Option {
  readonly id: string;
  readonly label: string;
}

/** The question asked of a draft and how its answer is read from the run. */
export type Ask =
  /** "What does line N print?" — a whole number. */
  | { readonly kind: 'number'; readonly line: number }
  /** "What does line N print?" — True or False. */
  | { readonly kind: 'boolean'; readonly line: number }
  | { readonly kind: 'choice'; readonly options: readonly Option[]; readonly answer: (run: RunFacts) => string | null }
  | { readonly kind: 'multi'; readonly options: readonly Option[]; readonly answer: (run: RunFacts) => string[] | null }
  | { readonly kind: 'order'; readonly items: readonly Option[]; readonly answer: (run: RunFacts) => string[] | null }
  | {
      readonly kind: 'classify';
      readonly items: readonly Option[];
      readonly categories: readonly Option[];
      readonly answer: (run: RunFacts) => Record<string, string> | null;
    };

export interface Draft {
  readonly program: string;
  /** The question, in plain words. */
  readonly prompt: string;
  readonly ask: Ask;
  /** The line whose step the explanation cell opens at. */
  readonly focusLine: number;
  /** Why the answer is what it is, written for this template (may use the draft's parameters). */
  readonly explanation: string;
}

export interface Target {
  readonly python: PythonVersion;
  readonly platform: Platform;
}

export interface QuizTemplate {
  /** Stable: stored in links and in the database. */
  readonly id: string;
  readonly lesson: string;
  readonly topic: Topic;
  readonly title: string;
  /** Versions the question is meaningful for; all when absent. */
  readonly python?: readonly PythonVersion[];
  /** A draft, or a reason the parameters drawn cannot make a fair question. */
  draft(rng: Rng, target: Target): Draft | { readonly reject: string };
}

export type { AnswerKey };
