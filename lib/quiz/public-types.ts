// The shapes that cross from the server to the browser. Client components import only these
// types (never the templates or the simulator), so an answer key cannot ride along by accident.
import type { PublicAsk } from './variant';
import type { Platform, PythonVersion } from '@/lib/sim/versions/profile';
import type { Topic } from './template';

/** One highlighted piece of a line: text plus its colours in the light and dark themes. */
export interface CodeToken {
  readonly text: string;
  readonly light?: string;
  readonly dark?: string;
}

/** A question as the learner sees it before answering: no answer, no explanation. */
export interface QuestionView {
  readonly templateId: string;
  readonly title: string;
  readonly lesson: string;
  readonly lessonTitle: string;
  readonly topic: Topic;
  readonly topicLabel: string;
  /** The seed that reproduces this exact variant. */
  readonly seed: number;
  readonly python: PythonVersion;
  readonly platform: Platform;
  readonly program: string;
  /** The program's lines, highlighted on the server. */
  readonly lines: readonly (readonly CodeToken[])[];
  readonly prompt: string;
  readonly ask: PublicAsk;
  /** The lines the question is about (marked in the program): the line it reads, or those its prompt names. */
  readonly askedLines: readonly number[];
}

/** What the learner's answer earned, returned only after they answered. */
export interface Feedback {
  readonly correct: boolean;
  /** 0..1 */
  readonly score: number;
  /** Why the answer could not be read, if it could not. */
  readonly problem?: string;
  readonly answerText: string;
  readonly explanation: string;
  /** The step (0-based) the explanation cell opens at: the first step at the decisive line. */
  readonly focusStep: number;
  readonly focusLine: number;
}

/** A learner's response: free text (number, boolean), option ids (choice, multi, order), or a category per item. */
export type LearnerResponse = string | string[] | Record<string, string>;

/** Enough to name any variant: what a share link carries. */
export interface VariantRef {
  readonly templateId: string;
  readonly seed: number;
  readonly python: PythonVersion;
  readonly platform: Platform;
}

export type ActionResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** A template as the filters see it. */
export interface TemplateSummary {
  readonly id: string;
  readonly title: string;
  readonly lesson: string;
  readonly topic: Topic;
  readonly python: readonly PythonVersion[] | null;
}
