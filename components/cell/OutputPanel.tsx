'use client';
// What the simulated program printed, how it ended, and anything that stopped it from running.
import type { SimRunResult } from '@/lib/workers/sim-client';
import type { Trace } from '@/lib/sim/trace/schema';

export function OutputPanel({ result, label }: { result: SimRunResult; label: string }) {
  switch (result.kind) {
    case 'trace': {
      const trace = result.trace as Trace;
      return (
        <section aria-label={label} className="space-y-2">
          <Pre testId="sim-stdout" text={trace.stdout} empty="(nothing printed)" />
          {trace.error && !trace.stoppedBy && <Problem testId="sim-error" title="Uncaught exception" text={trace.error} tone="error" />}
          {trace.stoppedBy && (
            <Problem
              testId="sim-budget"
              title="Stopped by a budget"
              text={
                trace.stoppedBy === 'steps'
                  ? 'The program ran for too many steps, so the simulator stopped it. Is there a loop that never ends? The steps up to here can still be explored.'
                  : 'The program created too many objects, so the simulator stopped it. The steps up to here can still be explored.'
              }
              tone="warn"
            />
          )}
        </section>
      );
    }
    case 'compile-error':
      return (
        <Problem
          testId="sim-error"
          title="Python could not compile this"
          text={`${result.message}${result.location ? ` (line ${result.location.line})` : ''}`}
          tone="error"
        />
      );
    case 'refusal':
      return (
        <Problem
          testId="sim-refusal"
          title="The simulator cannot run this yet"
          text={`${result.message}${result.location ? ` (line ${result.location.line})` : ''}. The simulator covers a subset of Python; nothing was run.`}
          tone="warn"
        />
      );
    case 'timeout':
    case 'stopped':
      return <Problem testId="sim-stopped" title={result.kind === 'timeout' ? 'Time limit reached' : 'Stopped'} text={result.message} tone="warn" />;
    case 'crashed':
    case 'error':
      return <Problem testId="sim-internal" title="Simulator problem (not your code)" text={result.message} tone="error" />;
  }
}

function Pre({ text, empty, testId }: { text: string; empty: string; testId: string }) {
  return (
    <pre
      data-testid={testId}
      tabIndex={0}
      className="max-h-64 overflow-auto rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 font-mono text-sm whitespace-pre-wrap text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      {text === '' ? <span className="text-slate-600 italic dark:text-slate-400">{empty}</span> : text}
    </pre>
  );
}

export function Problem({ title, text, tone, testId }: { title: string; text: string; tone: 'error' | 'warn'; testId?: string }) {
  const colours =
    tone === 'error'
      ? 'border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-800 dark:bg-rose-950/50 dark:text-rose-100'
      : 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100';
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} data-testid={testId} className={`rounded-lg border px-3 py-2 text-sm ${colours}`}>
      <strong className="font-semibold">{title}: </strong>
      <span className="font-mono whitespace-pre-wrap">{text}</span>
    </div>
  );
}
