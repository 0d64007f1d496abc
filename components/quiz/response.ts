// The learner's response for each kind of question: its empty state, whether it is complete
// enough to submit, and how to read it back to them in the feedback.
import type { LearnerResponse } from '@/lib/quiz/public-types';
import type { PublicAsk } from '@/lib/quiz/variant';

export function emptyResponse(ask: PublicAsk): LearnerResponse {
  switch (ask.kind) {
    case 'number':
    case 'boolean':
    case 'choice':
      return '';
    case 'multi':
      return [];
    case 'order':
      return ask.items.map((item) => item.id);
    case 'classify':
      return {};
  }
}

/** Why the response cannot be submitted yet, or null when it can. */
export function missingPart(ask: PublicAsk, response: LearnerResponse): string | null {
  switch (ask.kind) {
    case 'number':
      return typeof response === 'string' && response.trim() !== '' ? null : 'Type a number first.';
    case 'boolean':
      return response === 'True' || response === 'False' ? null : 'Choose True or False first.';
    case 'choice':
      return typeof response === 'string' && response !== '' ? null : 'Choose an answer first.';
    case 'multi':
      return Array.isArray(response) && response.length > 0 ? null : 'Choose at least one option first.';
    case 'order':
      return null;
    case 'classify': {
      if (typeof response !== 'object' || Array.isArray(response)) return 'Choose a category for each item first.';
      const left = ask.items.filter((item) => !response[item.id]).length;
      return left === 0 ? null : `Choose a category for ${left === 1 ? 'the last item' : `the ${left} remaining items`} first.`;
    }
  }
}

/** The response as words, in the same style as the server's answer text. */
export function describeResponse(ask: PublicAsk, response: LearnerResponse): string {
  const label = (options: readonly { id: string; label: string }[], id: string) => options.find((o) => o.id === id)?.label ?? id;
  switch (ask.kind) {
    case 'number':
    case 'boolean':
      return typeof response === 'string' ? response.trim() : '';
    case 'choice':
      return typeof response === 'string' ? label(ask.options, response) : '';
    case 'multi':
      return Array.isArray(response) ? ask.options.filter((o) => response.includes(o.id)).map((o) => o.label).join(', ') : '';
    case 'order':
      return Array.isArray(response) ? response.map((id) => label(ask.items, id)).join(' → ') : '';
    case 'classify':
      return typeof response === 'object' && !Array.isArray(response)
        ? ask.items.map((item) => `${item.label}: ${label(ask.categories, response[item.id] ?? '')}`).join('; ')
        : '';
  }
}
