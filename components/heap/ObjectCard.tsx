'use client';
// One heap object: type, id tail, short repr, refcount (with its change), size, badges, slots.
import type { ObjectView } from '@/lib/sim/trace/schema';
import type { GcMark } from './gcPass';
import { badges, drawnRefs, idTail } from './model';

const BADGE_COLOURS: Record<string, string> = {
  immortal: 'bg-violet-100 text-violet-900 dark:bg-violet-900/60 dark:text-violet-100',
  cached: 'bg-teal-100 text-teal-900 dark:bg-teal-900/60 dark:text-teal-100',
  interned: 'bg-indigo-100 text-indigo-900 dark:bg-indigo-900/60 dark:text-indigo-100',
  tracked: 'bg-orange-100 text-orange-900 dark:bg-orange-900/60 dark:text-orange-100',
};

const SEQUENCES = new Set(['list', 'tuple']);

export function ObjectCard({
  o,
  previousRc,
  isNew,
  changed,
  selected,
  onSelect,
  gc,
}: {
  o: ObjectView;
  previousRc: number | undefined;
  isNew: boolean;
  changed: boolean;
  selected: boolean;
  onSelect(id: number): void;
  /** While a GC pass is stepped through: this object's gc_refs and state at the current phase. */
  gc?: GcMark;
}) {
  const rcMoved = previousRc !== undefined && previousRc !== o.rc;
  const ring = selected
    ? 'ring-2 ring-sky-600 dark:ring-sky-400'
    : isNew
      ? 'ring-2 ring-emerald-500/70'
      : changed
        ? 'ring-2 ring-amber-500/70'
        : '';
  return (
    <button
      type="button"
      data-obj={o.id}
      data-testid="heap-object"
      aria-pressed={selected}
      onClick={() => onSelect(o.id)}
      data-unreachable={gc?.unreachable !== undefined ? String(gc.unreachable) : undefined}
      className={`relative block w-full min-w-0 rounded-xl border ${gc?.unreachable ? 'border-2 border-dashed border-rose-600 dark:border-rose-400' : 'border-slate-300 dark:border-slate-600'} bg-white text-left shadow-sm transition-shadow hover:border-sky-500 dark:bg-slate-900 ${ring}`}
    >
      <span className="flex items-baseline justify-between gap-2 border-b border-slate-200 px-2.5 py-1 dark:border-slate-700">
        <span className="truncate font-mono text-xs font-bold text-sky-800 dark:text-sky-300">{o.type}</span>
        <span className="shrink-0 font-mono text-[0.7rem] text-slate-600 dark:text-slate-400" title={`id ${o.id} (0x${o.id.toString(16)})`}>
          {idTail(o.id)}
        </span>
      </span>
      <span className="block truncate px-2.5 pt-1 font-mono text-sm text-slate-900 dark:text-slate-100" title={o.repr}>
        {o.repr}
      </span>
      {o.refs && o.refs.length > 0 && drawnRefs(o).length === 0 && (
        <span className="mx-2.5 mt-0.5 block text-[0.7rem] text-slate-600 dark:text-slate-400">
          holds {o.refs.length + (o.refsMore ?? 0)} reference{o.refs.length + (o.refsMore ?? 0) === 1 ? '' : 's'} (not drawn)
        </span>
      )}
      {drawnRefs(o).length > 0 && (
        <span className="mx-2.5 mt-1 flex flex-wrap gap-1">
          {drawnRefs(o).map((target, k) => (
            <span
              key={k}
              data-arrow-from={`${o.id}:${k}`}
              data-arrow-to={target}
              className="inline-flex items-center gap-1 rounded border border-slate-300 px-1 font-mono text-[0.7rem] text-slate-700 dark:border-slate-600 dark:text-slate-300"
            >
              {SEQUENCES.has(o.type) ? k : '·'}
              <span data-arrow-dot className="inline-block size-2 rounded-full bg-sky-600 dark:bg-sky-400" />
            </span>
          ))}
        </span>
      )}
      <span className="flex flex-wrap items-center gap-x-2 gap-y-1 px-2.5 py-1.5 text-xs text-slate-700 dark:text-slate-300">
        <span data-testid="object-rc" data-rc={o.rc} className={`rounded px-1 tabular-nums ${rcMoved ? 'bg-amber-100 font-semibold text-amber-950 dark:bg-amber-900/60 dark:text-amber-100' : ''}`}>
          refcount{' '}
          {rcMoved ? (
            <>
              <span className="line-through opacity-70">{previousRc}</span> → <strong>{o.rc}</strong>
            </>
          ) : (
            <strong>{o.rc}</strong>
          )}
        </span>
        <span className="tabular-nums">{o.size} B</span>
        {badges(o).map((b) => (
          <span key={b.key} title={b.title} className={`rounded-full px-1.5 py-px text-[0.65rem] font-semibold ${BADGE_COLOURS[b.key]}`}>
            {b.label}
          </span>
        ))}
      </span>
      {gc && <GcRefsLine gc={gc} />}
    </button>
  );
}

/** gc_refs at the current phase of a stepped GC pass, on a card (live or freed). */
export function GcRefsLine({ gc }: { gc: GcMark }) {
  return (
    <span
      className={`flex flex-wrap items-center gap-x-2 border-t border-orange-200 px-2.5 py-1 text-xs dark:border-orange-900 ${gc.unreachable ? 'bg-rose-50 text-rose-950 dark:bg-rose-950/50 dark:text-rose-100' : 'bg-orange-50 text-orange-950 dark:bg-orange-950/40 dark:text-orange-100'}`}
      data-testid="object-gc-refs"
      data-gc-refs={gc.refs}
    >
      <span className="tabular-nums">
        gc_refs{' '}
        {gc.before !== undefined ? (
          <>
            <span className="line-through opacity-70">{gc.before}</span> → <strong>{gc.refs}</strong>
          </>
        ) : (
          <strong>{gc.refs}</strong>
        )}
      </span>
      <span className={gc.unreachable ? 'font-semibold' : ''}>{gc.unreachable ? '✕ unreachable' : gc.status}</span>
    </span>
  );
}
