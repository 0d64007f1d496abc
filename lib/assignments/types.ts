// The shapes the assignment pages receive. Client components import only these types, so an
// answer key cannot reach a learner's browser through an import.
import type { AssignmentState } from '@/lib/db/queries';
import type { RevealPolicy } from '@/lib/db/schema';
import type { CodeToken } from '@/lib/quiz/public-types';
import type { PublicAsk } from '@/lib/quiz/variant';

export type { AssignmentState, RevealPolicy };

/** What anyone with the learners' link sees before starting. */
export interface AssignmentSummary {
  readonly id: string;
  readonly title: string;
  readonly instructions: string;
  readonly python: string;
  readonly platform: string;
  readonly questionCount: number;
  readonly opensAt: string | null;
  readonly closesAt: string | null;
  readonly attemptsAllowed: number | null;
  readonly reveal: RevealPolicy;
  readonly state: AssignmentState;
}

/** One question as a learner sees it: no answer key, no explanation. */
export interface LearnerQuestion {
  readonly position: number;
  readonly title: string;
  readonly prompt: string;
  readonly lines: readonly (readonly CodeToken[])[];
  readonly askedLines: readonly number[];
  readonly ask: PublicAsk;
}

export interface AttemptView {
  readonly attemptId: string;
  readonly number: number;
  readonly displayName: string;
  readonly questions: readonly LearnerQuestion[];
}

/** One question's outcome; the answer and explanation only when the reveal policy allows. */
export interface QuestionOutcome {
  readonly position: number;
  readonly title: string;
  readonly prompt: string;
  readonly yourAnswer: string;
  readonly score: number;
  readonly correct: boolean;
  readonly answerText?: string;
  readonly explanation?: string;
}

export interface AttemptResult {
  readonly attemptId: string;
  readonly number: number;
  readonly score: number;
  readonly maxScore: number;
  readonly submittedAt: string;
  /** Per-question outcomes; absent until the reveal policy allows. */
  readonly outcomes: readonly QuestionOutcome[] | null;
  /** Why outcomes are hidden, in words. */
  readonly revealNote: string | null;
}

export interface LearnerStatus {
  readonly unfinished: AttemptView | null;
  readonly results: readonly AttemptResult[];
  readonly attemptsLeft: number | null;
}

export interface ResultsQuestion {
  readonly ref: string;
  readonly title: string;
  readonly answered: number;
  readonly meanScore: number;
  readonly commonWrong: readonly { readonly text: string; readonly times: number }[];
}

export interface ResultsAttempt {
  readonly id: string;
  readonly number: number;
  readonly displayName: string;
  readonly studentId: string | null;
  readonly startedAt: string;
  readonly submittedAt: string | null;
  readonly score: number | null;
  readonly maxScore: number;
  /** Mark per question position (0..1), null while unanswered. */
  readonly marks: readonly (number | null)[];
}

export interface ResultsView {
  readonly assignment: AssignmentSummary;
  readonly attempts: readonly ResultsAttempt[];
  readonly questions: readonly ResultsQuestion[];
  /** Submitted attempts per score band, lowest band first. */
  readonly distribution: readonly { readonly label: string; readonly count: number }[];
  readonly generatedAt: string;
}

export interface AttemptDetailView {
  readonly attempt: ResultsAttempt;
  readonly questions: readonly (QuestionOutcome & { readonly program: string; readonly askedLines: readonly number[] })[];
}

export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };
