// A learner's response as short text, in one canonical form (numbers without separators, True/False,
// option labels): shown back to the learner and grouped in instructors' "most common wrong answers".
import { parseBooleanAnswer, parseIntegerAnswer, type Response } from './grade';
import type { PublicAsk } from './variant';

/** The response as short text for tables and "most common wrong answers", in a canonical form. */
export function describeResponse(ask: PublicAsk, response: Response | null): string {
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
