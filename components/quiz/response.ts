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

export { describeResponse } from '@/lib/quiz/describe';
