// Small helpers the templates share: building a program from lines, asking about the last line,
// and reading a run's printed lines. None of them knows any answer.
import type { RunFacts } from '../facts';
import type { Ask, Draft } from '../template';

/** Fresh objects: each evaluation makes a new, uncached, mortal object. */
export const FRESH = ['object()', 'int("1000")', '[]', '{}', 'set()'] as const;
export const NAMES = ['a', 'b', 'c', 'item', 'box', 'node', 'data', 'value'] as const;

export function source(lines: readonly string[]): string {
  return lines.join('\n') + '\n';
}

/** A draft that asks what the last line prints (a number or True/False). */
export function lastLineDraft(
  lines: readonly string[],
  kind: 'number' | 'boolean',
  explanation: string,
  prompt?: (line: number) => string,
): Draft {
  const line = lines.length;
  return {
    program: source(lines),
    prompt: prompt ? prompt(line) : `What does line ${line} print?`,
    ask: { kind, line },
    focusLine: line,
    explanation,
  };
}

/** A draft asking about a given line. */
export function lineDraft(lines: readonly string[], line: number, kind: 'number' | 'boolean', explanation: string, prompt?: string): Draft {
  return { program: source(lines), prompt: prompt ?? `What does line ${line} print?`, ask: { kind, line }, focusLine: line, explanation };
}

export function draft(lines: readonly string[], prompt: string, ask: Ask, focusLine: number, explanation: string): Draft {
  return { program: source(lines), prompt, ask, focusLine, explanation };
}

/** The program's output, one entry per printed line. */
export function outputLines(run: RunFacts): string[] {
  const lines = run.stdout.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The single value printed by a line, or null. */
export function printed(run: RunFacts, line: number): string | null {
  const values = run.printedAt.get(line);
  return values && values.length === 1 ? values[0] : null;
}

/** 1-based line number of the first line that starts with `prefix` (after indentation). */
export function lineOf(lines: readonly string[], prefix: string): number {
  const i = lines.findIndex((l) => l.trimStart().startsWith(prefix));
  if (i < 0) throw new Error(`no line starts with ${prefix}`);
  return i + 1;
}

/** How an object of class `type` died: freed by refcounting at `line`, by the collector, or alive. */
export function fateOf(run: RunFacts, type: string): { line: number; inCollection: boolean } | null {
  const f = run.freed.find((o) => o.type === type);
  return f ? { line: f.line, inCollection: f.inCollection } : null;
}

/**
 * How each object (named by its class) died: by counting at `delLine`, by the cyclic GC at `gcLine`,
 * or not at all. Null when a fate fits neither, so the template rejects that draft as ambiguous.
 */
export function classifyFates(run: RunFacts, types: readonly string[], delLine: number, gcLine: number): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const type of types) {
    const fate = fateOf(run, type);
    if (!fate) out[type] = 'alive';
    else if (fate.line === delLine && !fate.inCollection) out[type] = 'refcount';
    else if (fate.line === gcLine && fate.inCollection) out[type] = 'gc';
    else return null;
  }
  return out;
}
