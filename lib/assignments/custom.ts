// Custom questions: the instructor's own program and a line whose printed value is asked for.
// The simulator computes the answer key once, when the assignment is created; a program it cannot
// answer for certain is refused with a reason the instructor can act on.
import type { AnswerKey } from '@/lib/quiz/grade';
import { factsFromTrace } from '@/lib/quiz/facts';
import type { Target } from '@/lib/quiz/template';
import type { Simulate } from '@/lib/quiz/variant';
import type { CustomAsk } from './schemas';

export type CustomKeyResult =
  | { readonly ok: true; readonly answerKey: AnswerKey; readonly answerText: string }
  | { readonly ok: false; readonly reason: string };

export function defaultCustomPrompt(ask: CustomAsk): string {
  return ask.kind === 'number' ? `What does line ${ask.line} print?` : `Does line ${ask.line} print True or False?`;
}

export function customAnswerKey(program: string, ask: CustomAsk, target: Target, simulate: Simulate): CustomKeyResult {
  const lineCount = program.replace(/\n$/, '').split('\n').length;
  if (ask.line > lineCount) return { ok: false, reason: `the program has ${lineCount} lines, so there is no line ${ask.line}` };
  let run: ReturnType<Simulate>;
  try {
    run = simulate(program, target);
  } catch (error) {
    return { ok: false, reason: `the simulator could not run it (${error instanceof Error ? error.message : String(error)})` };
  }
  if ('refusal' in run) return { ok: false, reason: `the simulator does not support this program: ${run.refusal}` };
  if (run.stoppedBy !== null) return { ok: false, reason: `the program did not finish (it ran too many ${run.stoppedBy === 'steps' ? 'steps' : 'objects'}); keep it short` };
  if (run.error !== null) return { ok: false, reason: `the program raises an error: ${run.error}` };
  const printed = factsFromTrace(run).printedAt.get(ask.line) ?? [];
  if (printed.length === 0) return { ok: false, reason: `line ${ask.line} prints nothing; ask about a line with print(...)` };
  if (new Set(printed).size > 1) {
    return { ok: false, reason: `line ${ask.line} prints several different values (${[...new Set(printed)].slice(0, 3).join(', ')}), so there is no single answer` };
  }
  const value = printed[0];
  if (ask.kind === 'number') {
    if (!/^-?\d+$/.test(value)) return { ok: false, reason: `line ${ask.line} prints ${value}, not a whole number; choose True/False or another line` };
    return { ok: true, answerKey: { kind: 'number', value }, answerText: value };
  }
  if (value !== 'True' && value !== 'False') return { ok: false, reason: `line ${ask.line} prints ${value}, not True or False` };
  return { ok: true, answerKey: { kind: 'boolean', value: value === 'True' }, answerText: value };
}
