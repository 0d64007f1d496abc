'use client';
// Stepping through one garbage collection pass: the phase named and explained, each collected
// object's gc_refs after every phase so far, the internal references subtracted, and which objects
// are unreachable. Everything shown comes from the pass's trace events (see gcPass.ts).
import type { KeyboardEvent } from 'react';
import type { ObjectView } from '@/lib/sim/trace/schema';
import { GC_PHASES, gcRefsAt, rowStatus, shownRows, subtractedFrom, type GcPassRow, type GcPassView } from './gcPass';
import { idTail, objectName } from './model';

export interface GcPosition {
  pass: number;
  phase: number;
}

/** "Phase 2 of 4: Internal references subtracted. …" — what the live region announces. */
export function phaseAnnouncement(pass: GcPassView, phase: number, rows: GcPassRow[]): string {
  const p = GC_PHASES[phase];
  const head = `GC phase ${phase + 1} of ${GC_PHASES.length}: ${p.title}.`;
  const each = rows.map((r) => `${r.type} ${idTail(r.id)} gc_refs ${gcRefsAt(r, phase)}${phase >= 2 ? `, ${rowStatus(r, phase)}` : ''}`).join('; ');
  const tail = phase === 2 ? ` ${pass.unreachableCount} unreachable.` : phase === 3 ? ` ${pass.collected} collected.` : '';
  return `${head}${tail} ${each}${rows.length ? '.' : ''}`;
}

export function GcStepper({
  id,
  passes,
  position,
  onPosition,
  objects,
  startup,
  showStartup,
  onShowStartup,
}: {
  id: string;
  passes: GcPassView[];
  position: GcPosition;
  onPosition(p: GcPosition): void;
  /** Views to name objects by (the heap before and after the step, and what it freed). */
  objects: Map<number, ObjectView>;
  startup: Set<number>;
  showStartup: boolean;
  onShowStartup(v: boolean): void;
}) {
  const pass = passes[position.pass];
  const phase = position.phase;
  const p = GC_PHASES[phase];
  const last = GC_PHASES.length - 1;
  const rows = shownRows(pass, startup, showStartup);
  const hidden = pass.rows.length - rows.length;
  const go = (n: number) => onPosition({ ...position, phase: Math.max(0, Math.min(last, n)) });
  const name = (id: number) => objectName(id, objects.get(id));

  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    const tag = (e.target as HTMLElement).tagName;
    if (tag === 'INPUT' || tag === 'SELECT') return;
    const moves: Record<string, number> = { ArrowRight: phase + 1, ArrowLeft: phase - 1, Home: 0, End: last };
    if (e.key in moves) {
      // the explorer steps through lines with the same keys: here they move through the phases
      e.preventDefault();
      e.stopPropagation();
      go(moves[e.key]);
    }
  }

  const btn =
    'inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800 hover:bg-slate-50 aria-disabled:cursor-default aria-disabled:opacity-40 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';
  const shownEdges = pass.edges.filter(([from, to]) => showStartup || !(startup.has(from) && startup.has(to)));
  return (
    <section
      id={id}
      aria-label="Garbage collection pass"
      onKeyDown={onKeyDown}
      className="mx-3 mb-3 rounded-xl border border-orange-300 bg-orange-50/60 p-3 text-sm dark:border-orange-800 dark:bg-orange-950/30"
      data-testid="gc-stepper"
    >
      <h4 className="font-semibold text-slate-900 dark:text-slate-100">
        Garbage collection{pass.gen !== undefined ? ` of generation${pass.gen > 0 ? 's 0–' : ' '}${pass.gen}` : ''}: {pass.total} object{pass.total === 1 ? '' : 's'} examined
      </h4>
      {passes.length > 1 && (
        <label className="mt-1 flex items-center gap-2 text-xs text-slate-700 dark:text-slate-300">
          Pass
          <select
            value={position.pass}
            onChange={(e) => onPosition({ pass: Number(e.target.value), phase: 0 })}
            className="rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-600 dark:bg-slate-800"
            data-testid="gc-pass"
          >
            {passes.map((ps, k) => (
              <option key={k} value={k}>
                {k + 1} of {passes.length} (generation {ps.gen ?? '?'})
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button type="button" className={btn} onClick={() => go(phase - 1)} aria-disabled={phase === 0} data-testid="gc-phase-prev">
          <span aria-hidden="true">◀</span> Previous phase
        </button>
        <button type="button" className={btn} onClick={() => go(phase + 1)} aria-disabled={phase === last} data-testid="gc-phase-next">
          Next phase <span aria-hidden="true">▶</span>
        </button>
        <p className="text-slate-800 dark:text-slate-200" data-testid="gc-phase" data-phase={p.key}>
          Phase {phase + 1} of {GC_PHASES.length}: <strong>{p.title}</strong>
        </p>
      </div>
      <p className="mt-1 text-slate-700 dark:text-slate-300" data-testid="gc-phase-explanation">
        {p.explanation}
      </p>
      <p className="sr-only" aria-live="polite" data-testid="gc-announcement">
        {phaseAnnouncement(pass, phase, rows)}
      </p>

      <div className="relative mt-2 max-h-96 overflow-auto rounded border border-orange-200 dark:border-orange-900" tabIndex={0} role="region" aria-label="gc_refs table (scrolls)">
        <table className="w-full border-collapse text-left font-mono text-xs" data-testid="gc-table">
          <caption className="sr-only">gc_refs of each collected object after each phase so far</caption>
          <thead className="sticky top-0 bg-orange-50 dark:bg-slate-900">
            <tr className="border-b border-slate-300 text-slate-700 dark:border-slate-600 dark:text-slate-300">
              <th scope="col" className="py-1 pr-3 pl-2 font-sans font-semibold">Object</th>
              <th scope="col" className={`py-1 pr-3 font-sans font-semibold ${phase === 0 ? 'text-orange-900 dark:text-orange-200' : ''}`}>gc_refs after copy</th>
              {phase >= 1 && <th scope="col" className={`py-1 pr-3 font-sans font-semibold ${phase === 1 ? 'text-orange-900 dark:text-orange-200' : ''}`}>after subtract</th>}
              <th scope="col" className="py-1 font-sans font-semibold">State</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const gone = phase >= 2 && r.unreachable;
              return (
                <tr
                  key={r.id}
                  className={`border-b border-slate-200 dark:border-slate-700 ${gone ? 'bg-rose-50 text-rose-950 dark:bg-rose-950/40 dark:text-rose-100' : 'text-slate-900 dark:text-slate-100'}`}
                  data-testid="gc-row"
                  data-obj-gc={r.id}
                  data-gc-refs={gcRefsAt(r, phase)}
                  data-unreachable={phase >= 2 ? String(r.unreachable) : undefined}
                >
                  <th scope="row" className="py-1 pr-3 pl-2 font-normal">
                    {r.type} {idTail(r.id)}
                    {objects.get(r.id) && <span className="ml-1 text-slate-600 dark:text-slate-400">{objects.get(r.id)!.repr}</span>}
                  </th>
                  <td className={`py-1 pr-3 tabular-nums ${phase === 0 ? 'font-bold' : ''}`}>{r.copied}</td>
                  {phase >= 1 && (
                    <td className="py-1 pr-3 font-bold tabular-nums">
                      {r.subtracted}
                      {subtractedFrom(r) > 0 && <span className="ml-1 font-normal text-slate-600 dark:text-slate-400">(−{subtractedFrom(r)})</span>}
                    </td>
                  )}
                  <td className="py-1 font-sans" data-testid="gc-row-state">
                    {gone && <span aria-hidden="true">✕ </span>}
                    {rowStatus(r, phase)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div>
        {(pass.more > 0 || hidden > 0) && (
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400" data-testid="gc-more">
            {hidden > 0 && `${hidden} of the interpreter’s own objects hidden`}
            {hidden > 0 && pass.more > 0 && '; '}
            {pass.more > 0 && `and ${pass.more} more collected object${pass.more === 1 ? '' : 's'} not listed by the trace`}.
          </p>
        )}
        <label className="mt-1 flex items-center gap-1.5 text-xs text-slate-700 dark:text-slate-300">
          <input type="checkbox" checked={showStartup} onChange={(e) => onShowStartup(e.target.checked)} className="accent-sky-700" />
          Include the interpreter’s own objects (builtins, modules)
        </label>
      </div>

      {phase === 1 && (
        <div className="mt-2" data-testid="gc-edges">
          <h5 className="text-xs font-semibold text-slate-700 dark:text-slate-300">References between collected objects (each subtracts 1 from its target)</h5>
          {shownEdges.length === 0 ? (
            <p className="text-xs text-slate-700 dark:text-slate-300">None among the objects listed.</p>
          ) : (
            <ul className="ml-4 list-disc font-mono text-xs text-slate-800 dark:text-slate-200">
              {shownEdges.map(([from, to], k) => (
                <li key={k} data-testid="gc-edge">
                  {name(from)} → {name(to)}: −1 from {name(to)}
                </li>
              ))}
            </ul>
          )}
          {pass.edgesMore > 0 && <p className="text-xs text-slate-600 dark:text-slate-400">and {pass.edgesMore} more from or to objects not listed.</p>}
        </div>
      )}
      {phase === 3 && (
        <p className="mt-2 text-slate-800 dark:text-slate-200" data-testid="gc-free-summary">
          {pass.weakrefsCleared} weak reference{pass.weakrefsCleared === 1 ? '' : 's'} cleared; {pass.finalized.length} finalizer{pass.finalized.length === 1 ? '' : 's'} run
          {pass.finalized.length > 0 && ` (${pass.finalized.map(name).join(', ')})`}
          {pass.resurrected > 0 && `; ${pass.resurrected} object${pass.resurrected === 1 ? '' : 's'} resurrected by a finalizer`}; {pass.collected} object
          {pass.collected === 1 ? '' : 's'} collected.
        </p>
      )}
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        <kbd className="font-sans">←</kbd>/<kbd className="font-sans">→</kbd> move through the phases while focus is in this panel
      </p>
    </section>
  );
}
