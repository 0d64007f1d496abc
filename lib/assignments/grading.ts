// Grades a whole submission on the server against keys it computed itself. The browser's responses
// are data to grade, never a source of truth; a missing response scores 0.
import type { GradedAnswer } from '@/lib/db/queries';
import { grade, type AnswerKey, type Response } from '@/lib/quiz/grade';
import type { PublicAsk } from '@/lib/quiz/variant';

export interface GradableQuestion {
  readonly ref: string;
  readonly ask: PublicAsk;
  readonly answerKey: AnswerKey;
}

export { describeResponse as responseText } from '@/lib/quiz/describe';
import { describeResponse as responseText } from '@/lib/quiz/describe';

export function gradeSubmission(questions: readonly GradableQuestion[], responses: readonly (Response | null)[]): GradedAnswer[] {
  return questions.map((q, position) => {
    const response = responses[position] ?? null;
    const mark = response === null ? { score: 0, correct: false } : grade(q.answerKey, response);
    return {
      position, questionRef: q.ref, response: response ?? '', responseText: responseText(q.ask, response),
      score: mark.score, correct: mark.correct,
    };
  });
}
