'use client';
// The simulator's 3.14/wasm32 output beside real CPython 3.14's (Pyodide), line by line, with the
// lines that differ highlighted. A learner can see for themselves whether the model is right.
import { useId } from 'react';
import { diffLines, outputsAgree, type DiffRow } from './diff';

export interface ComparedOutput {
  stdout: string;
  error: string | null;
}

/** The text a side shows: stdout, then the uncaught exception's last line, as a terminal would. */
export function combined(o: ComparedOutput): string {
  return o.error ? `${o.stdout}${o.stdout === '' || o.stdout.endsWith('\n') ? '' : '\n'}${o.error}\n` : o.stdout;
}

export function OracleCompare({
  simulator,
  cpython,
  cpythonVersion,
}: {
  simulator: ComparedOutput | { unavailable: string };
  cpython: ComparedOutput;
  cpythonVersion: string;
}) {
  const headingId = useId();
  const rows: DiffRow[] | null = 'unavailable' in simulator ? null : diffLines(combined(simulator), combined(cpython));
  const agree = rows !== null && outputsAgree(rows);
  const differing = rows?.filter((r) => r.kind === 'changed').length ?? 0;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-slate-200 dark:border-slate-700" data-testid="oracle-compare">
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 px-3 py-2 dark:border-slate-700">
        <h3 id={headingId} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
          Simulator (3.14, wasm32) vs real CPython {cpythonVersion.split(' ')[0]} (Pyodide)
        </h3>
        {rows && (
          <p
            data-testid="oracle-verdict"
            className={`rounded-full px-2 py-0.5 text-xs font-semibold ${
              agree ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100' : 'bg-rose-100 text-rose-900 dark:bg-rose-900/60 dark:text-rose-100'
            }`}
          >
            {agree ? 'Identical output' : `${differing} line${differing === 1 ? '' : 's'} differ`}
          </p>
        )}
      </div>
      {rows ? (
        <table className="w-full table-fixed border-collapse font-mono text-sm">
          <caption className="sr-only">Output line by line; differing lines are marked “differs”.</caption>
          <thead>
            <tr className="text-left text-xs text-slate-600 dark:text-slate-300">
              <th scope="col" className="w-1/2 px-3 py-1 font-sans font-medium">Simulator</th>
              <th scope="col" className="w-1/2 border-l border-slate-200 px-3 py-1 font-sans font-medium dark:border-slate-700">CPython</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={2} className="px-3 py-1 text-slate-600 italic dark:text-slate-400">Neither printed anything.</td>
              </tr>
            )}
            {rows.map((row, k) => (
              <tr key={k} data-differs={row.kind === 'changed' ? 'true' : undefined} className={row.kind === 'changed' ? 'bg-rose-50 dark:bg-rose-950/40' : undefined}>
                <Cell text={row.left} differs={row.kind === 'changed'} />
                <Cell text={row.right} differs={row.kind === 'changed'} right />
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div className="grid gap-2 p-3 sm:grid-cols-2">
          <p className="text-sm text-slate-700 dark:text-slate-300">{'unavailable' in simulator ? simulator.unavailable : ''}</p>
          <pre className="font-mono text-sm whitespace-pre-wrap" data-testid="oracle-stdout">{combined(cpython)}</pre>
        </div>
      )}
      {rows && <pre className="sr-only" data-testid="oracle-stdout">{combined(cpython)}</pre>}
    </section>
  );
}

function Cell({ text, differs, right = false }: { text: string | null; differs: boolean; right?: boolean }) {
  return (
    <td
      className={`px-3 py-0.5 align-top break-words whitespace-pre-wrap ${right ? 'border-l border-slate-200 dark:border-slate-700' : ''} ${
        differs ? 'text-rose-900 dark:text-rose-100' : 'text-slate-800 dark:text-slate-200'
      }`}
    >
      {differs && <span className="sr-only">differs: </span>}
      {text ?? <span className="text-slate-500 italic dark:text-slate-400">(no line)</span>}
    </td>
  );
}
