// Grades a whole submission on the server against keys it computed itself. The browser's responses
// are data to grade, never a source of truth; a missing response scores 0.
import type { GradedAnswer } from '@/lib/db/queries';
import { grade, parseBooleanAnswer, parseIntegerAnswer, type AnswerKey, type Response } from '@/lib/quiz/grade';
import type { PublicAsk } from '@/lib/quiz/variant';

export interface GradableQuestion {
  readonly ref: string;
  readonly ask: PublicAsk;
  readonly answerKey: AnswerKey;
}

/** The response as short text for tables and "most common wrong answers", in a canonical form. */
export function responseText(ask: PublicAsk, response: Response | null): string {
  if (response === null) return '';
  const label = (options: readonly { id: string; label: string }[], id: string) => options.find((o) => o.id === id)?.label ?? id;
  switch (ask.kind) {
    case 'number': {
      if (typeof response !== 'string') return '';
      const n = parseIntegerAnswer(response);
      return n === null ? response.trim().slice(0, 100) : n.toString();
    }
    case 'boolean': {
      if (typeof response !== 'string') return '';
      const b = parseBooleanAnswer(response);
      return b === null ? response.trim().slice(0, 100) : b ? 'True' : 'False';
    }
    case 'choice':
      return typeof response === 'string' ? label(ask.options, response) : '';
    case 'multi':
      return Array.isArray(response) ? ask.options.filter((o) => response.includes(o.id)).map((o) => o.label).join(', ') : '';
    case 'order':
      return Array.isArray(response) ? response.map((id) => label(ask.items, id)).join(' → ') : '';
    case 'classify':
      return typeof response === 'object' && !Array.isArray(response)
        ? ask.items.map((item) => `${item.label}: ${label(ask.categories, response[item.id] ?? '?')}`).join('; ')
        : '';
  }
}

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
