// From (template, seed, target) to a concrete question and its answer key, computed by running
// the draft in the simulator. Deterministic: the same triple always gives the same variant, so a
// variant link or a stored attempt needs only these three values.
import type { Trace } from '@/lib/sim/trace/schema';
import { answerKeySchema, type AnswerKey } from './grade';
import { factsFromTrace, type RunFacts } from './facts';
import { seededRng } from './random';
import type { Ask, Option, QuizTemplate, Target } from './template';

/** Runs a program for a target; a refusal means the simulator does not support it. */
export type Simulate = (source: string, target: Target) => Trace | { readonly refusal: string };

/** What the learner sees: no answer, no answer functions. */
export type PublicAsk =
  | { readonly kind: 'number' | 'boolean'; readonly line: number }
  | { readonly kind: 'choice' | 'multi'; readonly options: readonly Option[] }
  | { readonly kind: 'order'; readonly items: readonly Option[] }
  | { readonly kind: 'classify'; readonly items: readonly Option[]; readonly categories: readonly Option[] };

export interface Question {
  readonly templateId: string;
  readonly title: string;
  /** The seed that produced this variant (after any deterministic re-draws). */
  readonly seed: number;
  readonly target: Target;
  readonly program: string;
  readonly prompt: string;
  readonly ask: PublicAsk;
  readonly focusLine: number;
}

export interface Variant {
  readonly question: Question;
  readonly answerKey: AnswerKey;
  /** The answer as a learner would write it. */
  readonly answerText: string;
  readonly explanation: string;
}

export type VariantResult =
  | { readonly ok: true; readonly variant: Variant }
  | { readonly ok: false; readonly reason: string };

/** How many consecutive seeds a template may reject before we give up on it. */
export const MAX_REDRAWS = 20;

function publicAsk(ask: Ask): PublicAsk {
  switch (ask.kind) {
    case 'number':
    case 'boolean':
      return { kind: ask.kind, line: ask.line };
    case 'choice':
    case 'multi':
      return { kind: ask.kind, options: ask.options };
    case 'order':
      return { kind: 'order', items: ask.items };
    case 'classify':
      return { kind: 'classify', items: ask.items, categories: ask.categories };
  }
}

/** The single value a line printed, or why there is no single value. */
function printedOnce(facts: RunFacts, line: number): { value: string } | { reject: string } {
  const printed = facts.printedAt.get(line);
  if (!printed || printed.length === 0) return { reject: `line ${line} printed nothing` };
  if (new Set(printed).size > 1) return { reject: `line ${line} printed different values` };
  return { value: printed[0] };
}

function keyFor(ask: Ask, facts: RunFacts): { key: AnswerKey; text: string } | { reject: string } {
  switch (ask.kind) {
    case 'number': {
      const got = printedOnce(facts, ask.line);
      if ('reject' in got) return got;
      if (!/^-?\d+$/.test(got.value)) return { reject: `line ${ask.line} printed ${got.value}, not a whole number` };
      return { key: { kind: 'number', value: got.value }, text: got.value };
    }
    case 'boolean': {
      const got = printedOnce(facts, ask.line);
      if ('reject' in got) return got;
      if (got.value !== 'True' && got.value !== 'False') return { reject: `line ${ask.line} printed ${got.value}` };
      return { key: { kind: 'boolean', value: got.value === 'True' }, text: got.value };
    }
    case 'choice': {
      const id = ask.answer(facts);
      const option = ask.options.find((o) => o.id === id);
      if (!option) return { reject: 'no option matches the run' };
      return { key: { kind: 'choice', value: option.id }, text: option.label };
    }
    case 'multi': {
      const ids = ask.answer(facts);
      if (!ids || ids.length === 0) return { reject: 'no option is right for this run' };
      const labels = ids.map((id) => ask.options.find((o) => o.id === id)?.label);
      if (labels.some((l) => l === undefined)) return { reject: 'an answer is not among the options' };
      return { key: { kind: 'multi', value: ids }, text: labels.join(', ') };
    }
    case 'order': {
      const ids = ask.answer(facts);
      if (!ids || ids.length !== ask.items.length) return { reject: 'the run does not order every item' };
      const labels = ids.map((id) => ask.items.find((o) => o.id === id)?.label ?? id);
      return { key: { kind: 'order', value: ids }, text: labels.join(' → ') };
    }
    case 'classify': {
      const byItem = ask.answer(facts);
      if (!byItem || ask.items.some((item) => !(item.id in byItem))) return { reject: 'the run does not classify every item' };
      const text = ask.items
        .map((item) => `${item.label}: ${ask.categories.find((c) => c.id === byItem[item.id])?.label ?? byItem[item.id]}`)
        .join('; ');
      return { key: { kind: 'classify', value: byItem }, text };
    }
  }
}

/**
 * Draws the variant for `seed`. A seed whose draft the template rejects, or whose run is refused,
 * fails, or is ambiguous, is skipped in favour of the next seed, deterministically.
 */
export function makeVariant(template: QuizTemplate, seed: number, target: Target, simulate: Simulate): VariantResult {
  if (template.python && !template.python.includes(target.python)) {
    return { ok: false, reason: `${template.id} is not about Python ${target.python}` };
  }
  const reasons: string[] = [];
  for (let k = 0; k < MAX_REDRAWS; k++) {
    const drawSeed = (seed + k * 0x9e3779b1) >>> 0;
    const draft = template.draft(seededRng(drawSeed), target);
    if ('reject' in draft) {
      reasons.push(draft.reject);
      continue;
    }
    const run = simulate(draft.program, target);
    if ('refusal' in run) {
      reasons.push(`simulator refused: ${run.refusal}`);
      continue;
    }
    if (run.error !== null || run.stoppedBy !== null) {
      reasons.push(`the program did not finish cleanly: ${run.error ?? run.stoppedBy}`);
      continue;
    }
    const facts = factsFromTrace(run);
    const answer = keyFor(draft.ask, facts);
    if ('reject' in answer) {
      reasons.push(answer.reject);
      continue;
    }
    return {
      ok: true,
      variant: {
        question: {
          templateId: template.id, title: template.title, seed: drawSeed, target,
          program: draft.program, prompt: draft.prompt, ask: publicAsk(draft.ask), focusLine: draft.focusLine,
        },
        answerKey: answerKeySchema.parse(answer.key),
        answerText: answer.text,
        explanation: draft.explanation,
      },
    };
  }
  return { ok: false, reason: `${template.id}: no usable variant near seed ${seed} (${reasons.slice(0, 3).join('; ')})` };
}
