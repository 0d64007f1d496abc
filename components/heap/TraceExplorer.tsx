'use client';
// Stepping through a trace: controls, the diagram, the selected object's referrers, the events of
// the step in words, and the text view. Reads the trace only.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Trace } from '@/lib/sim/trace/schema';
import { gcMarks, gcPasses, GC_PHASES } from './gcPass';
import { GcStepper, type GcPosition } from './GcStepper';
import { MemoryView } from './MemoryView';
import { describeEvent, idTail, startupObjects, startupObjectsAt, stepStartView, stepView } from './model';
import { recordedReferrers, referrerLabel } from './referrers';
import { StepControls } from './StepControls';
import { stepSummary, TextView } from './TextView';

export function TraceExplorer({ trace, step, onStep, stale }: { trace: Trace; step: number; onStep(n: number): void; stale: boolean }) {
  const [showStack, setShowStack] = useState(false);
  const [showUnreachable, setShowUnreachable] = useState(true);
  const [showDunders, setShowDunders] = useState(false);
  const [selected, setSelected] = useState<number | null>(null);
  // The GC pass being stepped through belongs to one step: moving to another step closes it.
  const [gc, setGc] = useState<(GcPosition & { step: number; trace: Trace }) | null>(null);
  const [gcShowStartup, setGcShowStartup] = useState(false);
  const gcPanelId = useId();
  const count = trace.steps.count;
  const startup = useMemo(() => startupObjects(trace), [trace]);
  const view = useMemo(() => (count > 0 ? stepView(trace, step) : null), [trace, step, count]);
  const passes = useMemo(() => (view ? gcPasses(view.events) : []), [view]);
  const gcAt = gc && gc.step === step && gc.trace === trace && gc.pass < passes.length ? gc : null;
  const startView = useMemo(() => (gcAt && count > 0 ? stepStartView(trace, step) : null), [gcAt, trace, step, count]);
  const gcStartup = useMemo(() => (gcAt ? startupObjectsAt(trace, step, startup) : startup), [gcAt, trace, step, startup]);
  // Kept across renders: the diagram's arrows re-measure whenever the marks change.
  const marks = useMemo(() => (gcAt ? gcMarks(passes[gcAt.pass], gcAt.phase) : undefined), [gcAt, passes]);

  if (!view) return <p className="p-4 text-sm text-slate-600 dark:text-slate-400">The program finished before its first step.</p>;

  const freedViews = new Map(view.freed.map((f) => [f.view.id, f.view]));
  // Before marking, the diagram shows the heap as the step began (what the collection started from).
  const gcBefore = gcAt !== null && startView !== null && gcAt.phase < GC_PHASES.length - 1;
  const diagram = gcBefore ? startView : view;
  const namedObjects = gcAt ? new Map([...(startView?.objects ?? []), ...freedViews, ...view.objects]) : view.objects;
  const selectedObject = selected !== null ? view.objects.get(selected) : undefined;

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const target = e.target as HTMLElement;
    if (target.closest('.cm-editor') || target.tagName === 'INPUT' || target.tagName === 'SELECT') return;
    const moves: Record<string, number> = { ArrowRight: step + 1, ArrowLeft: step - 1, Home: 0, End: count - 1 };
    if (e.key in moves) {
      e.preventDefault();
      onStep(Math.max(0, Math.min(count - 1, moves[e.key])));
    }
  }

  const toggle = 'flex items-center gap-1.5 text-xs text-slate-700 dark:text-slate-300';
  return (
    <div onKeyDown={onKeyDown} className={`flex h-full flex-col ${stale ? 'opacity-75' : ''}`} data-testid="trace-explorer">
      <div className="space-y-2 border-b border-slate-200 p-3 dark:border-slate-700">
        <StepControls step={step} count={count} line={view.step.line} onStep={onStep} />
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          <label className={toggle}>
            <input type="checkbox" checked={showStack} onChange={(e) => setShowStack(e.target.checked)} className="accent-sky-700" />
            Value stack
          </label>
          <label className={toggle}>
            <input type="checkbox" checked={showUnreachable} onChange={(e) => setShowUnreachable(e.target.checked)} className="accent-sky-700" />
            Objects no name reaches
          </label>
          <label className={toggle}>
            <input type="checkbox" checked={showDunders} onChange={(e) => setShowDunders(e.target.checked)} className="accent-sky-700" />
            Module <code>__dunder__</code> names
          </label>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            <kbd className="font-sans">←</kbd>/<kbd className="font-sans">→</kbd> step · select an object to see who holds it
          </p>
        </div>
        <p className="sr-only" aria-live="polite" data-testid="step-announcement">
          {stepSummary(view, count)}
        </p>
      </div>

      {passes.length > 0 && (
        <div className="mx-3 mt-3">
          <button
            type="button"
            onClick={() => setGc(gcAt ? null : { step, trace, pass: 0, phase: 0 })}
            aria-expanded={gcAt !== null}
            aria-controls={gcAt ? gcPanelId : undefined}
            className="rounded-md border border-orange-400 bg-orange-50 px-2.5 py-1 text-sm font-medium text-orange-950 hover:bg-orange-100 dark:border-orange-700 dark:bg-orange-950/40 dark:text-orange-100 dark:hover:bg-orange-900/50"
            data-testid="gc-step-through"
          >
            Step through this GC pass{passes.length > 1 ? `es (${passes.length})` : ''}
          </button>
        </div>
      )}
      {gcAt && (
        <div className="mt-3">
          <GcStepper
            id={gcPanelId}
            passes={passes}
            position={gcAt}
            onPosition={(p) => setGc({ ...gcAt, ...p })}
            objects={namedObjects}
            startup={gcStartup}
            showStartup={gcShowStartup}
            onShowStartup={setGcShowStartup}
          />
        </div>
      )}

      <MemoryView
        view={diagram}
        showStack={showStack}
        showUnreachable={showUnreachable}
        showDunders={showDunders}
        startup={startup}
        selected={selected}
        onSelect={(id) => setSelected(id === selected ? null : id)}
        gcMarks={marks}
        caption={gcAt ? (gcBefore ? 'The heap as this line began, before the collection ran' : 'The heap after this line ran: what the collection freed is on the right') : undefined}
      />

      {selectedObject && (
        <section aria-label="Referrers" className="mx-3 mb-3 rounded-xl border border-sky-300 bg-sky-50 p-3 text-sm dark:border-sky-800 dark:bg-sky-950/40" data-testid="referrers">
          <h4 className="font-semibold text-slate-900 dark:text-slate-100">
            Who holds {selectedObject.type} {idTail(selectedObject.id)} (refcount {selectedObject.rc})
          </h4>
          <Referrers rc={selectedObject.rc} list={recordedReferrers(selectedObject)} />
        </section>
      )}

      <section aria-label="Events of this step" className="mx-3 mb-3">
        <h4 className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">Since the previous step</h4>
        {view.events.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No memory changes.</p>
        ) : view.index === 0 ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            The interpreter started: {view.events.filter((e) => e.k === 'alloc').length} objects created before the first line (builtins,
            caches, modules).
          </p>
        ) : (
          <ol className="mt-1 max-h-44 list-decimal space-y-0.5 overflow-y-auto pl-8 font-mono text-xs text-slate-800 dark:text-slate-200" data-testid="step-events" tabIndex={0} aria-label="Events since the previous step">
            {view.events.map((e, k) => (
              <li key={k}>{describeEvent(e, view.objects, freedViews)}</li>
            ))}
          </ol>
        )}
      </section>

      <details className="mx-3 mb-3 rounded-xl border border-slate-200 dark:border-slate-700" data-testid="text-view-toggle">
        <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-800 dark:text-slate-200">Text view of this step</summary>
        <div className="border-t border-slate-200 p-3 dark:border-slate-700">
          <TextView view={view} showStack={showStack} showDunders={showDunders} gc={gcAt ? { pass: passes[gcAt.pass], phase: gcAt.phase, objects: namedObjects, startup: gcStartup, showStartup: gcShowStartup } : undefined} />
        </div>
      </details>
    </div>
  );
}

function Referrers({ rc, list }: { rc: number; list: ReturnType<typeof recordedReferrers> }) {
  if (!list) return <p className="mt-1 text-slate-700 dark:text-slate-300">This trace does not list the holders of this object.</p>;
  const total = list.length;
  return (
    <>
      <ul className="mt-1 ml-4 list-disc font-mono text-xs">
        {list.map((r, k) => (
          <li key={k}>{referrerLabel(r)}</li>
        ))}
      </ul>
      <p className="mt-1 text-xs text-slate-700 dark:text-slate-300" data-testid="referrer-total">
        {total} reference{total === 1 ? '' : 's'} listed{total === rc ? ', which is its refcount.' : ` (refcount ${rc}).`}
      </p>
    </>
  );
}
