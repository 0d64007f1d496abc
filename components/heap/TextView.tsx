'use client';
// The same state as the diagram, in words: for screen readers and for copying. A short summary
// of each step is announced politely; the full listing sits below it.
import type { ObjectView } from '@/lib/sim/trace/schema';
import { GC_PHASES, gcRefsAt, rowStatus, shownRows, subtractedFrom, type GcPassView } from './gcPass';
import { describeEvent, idTail, objectName, placeObjects, visibleNames, type StepView } from './model';
import { recordedReferrers, referrerLabel } from './referrers';

export function objectLine(o: ObjectView): string {
  const flags = [o.flags.includes('i') && 'immortal', o.flags.includes('c') && 'cached', o.flags.includes('n') && 'interned', o.flags.includes('t') && `GC-tracked${o.gen !== undefined ? ` gen ${o.gen}` : ''}`]
    .filter(Boolean)
    .join(', ');
  return `${o.type} ${idTail(o.id)} ${o.repr}: refcount ${o.rc}, ${o.size} bytes${flags ? `, ${flags}` : ''}`;
}

export function stepSummary(view: StepView, count: number): string {
  const freedViews = new Map(view.freed.map((f) => [f.view.id, f.view]));
  if (view.index === 0) return `Step 1 of ${count}, line ${view.step.line}. The program starts.`;
  const words = view.events.filter((e) => e.k !== 'out').map((e) => describeEvent(e, view.objects, freedViews));
  const shown = words.slice(0, 3).join('; ');
  const more = words.length > 3 ? `; and ${words.length - 3} more` : '';
  return `Step ${view.index + 1} of ${count}, line ${view.step.line}. ${words.length === 0 ? 'No memory changes.' : `${shown}${more}.`}`;
}

/** The GC pass being stepped through, for its text form. */
export interface GcTextState {
  pass: GcPassView;
  phase: number;
  objects: Map<number, ObjectView>;
  startup: Set<number>;
  showStartup: boolean;
}

export function TextView({ view, showStack, showDunders, gc }: { view: StepView; showStack: boolean; showDunders: boolean; gc?: GcTextState }) {
  const placed = placeObjects(view, { includeStack: showStack, showDunders }).flat();
  const freedViews = new Map(view.freed.map((f) => [f.view.id, f.view]));
  return (
    <div className="space-y-3 text-sm text-slate-800 dark:text-slate-200" data-testid="text-view">
      {gc && <GcText gc={gc} />}
      {view.frames.map((f, i) => (
        <div key={i}>
          <h4 className="font-semibold">{f.name === '<module>' ? 'Module globals' : `Frame ${f.name}()`} (line {f.line})</h4>
          <ul className="ml-4 list-disc font-mono text-xs">
            {visibleNames(f, showDunders).map(([name, id]) => {
              const o = view.objects.get(id);
              return (
                <li key={name} data-testid="text-name">
                  {name} → {o ? objectLine(o) : `object ${idTail(id)}`}
                </li>
              );
            })}
            {showStack && f.stack.length > 0 && <li>value stack: {f.stack.map((id) => (id === 0 ? 'NULL' : idTail(id))).join(', ')}</li>}
          </ul>
        </div>
      ))}
      <div>
        <h4 className="font-semibold">Objects</h4>
        <ul className="ml-4 list-disc font-mono text-xs">
          {placed.map(({ id }) => {
            const o = view.objects.get(id)!;
            const referrers = recordedReferrers(o);
            return (
              <li key={id} data-testid="text-object" data-rc={o.rc} data-obj-text={id}>
                {objectLine(o)}
                {o.refs && o.refs.length > 0 && `; holds ${o.refs.map(idTail).join(', ')}${o.refsMore ? ` and ${o.refsMore} more` : ''}`}
                {referrers && `; held by ${referrers.map(referrerLabel).join(', ')} (${referrers.length} in all)`}
              </li>
            );
          })}
        </ul>
      </div>
      {view.freed.length > 0 && (
        <div>
          <h4 className="font-semibold">Freed at this step</h4>
          <ul className="ml-4 list-disc font-mono text-xs">
            {view.freed.map((f) => (
              <li key={f.view.id}>
                {f.view.type} {idTail(f.view.id)} {f.view.repr}: {f.by === 'gc' ? 'collected by the garbage collector' : 'its refcount reached 0'}
              </li>
            ))}
          </ul>
        </div>
      )}
      {view.events.length > 0 && view.index > 0 && (
        <div>
          <h4 className="font-semibold">What happened since the previous step</h4>
          <ol className="ml-8 list-decimal font-mono text-xs">
            {view.events.map((e, k) => (
              <li key={k}>{describeEvent(e, view.objects, freedViews)}</li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}

/** The stepped GC pass in words: the phase, then each listed object's gc_refs and state. */
function GcText({ gc }: { gc: GcTextState }) {
  const { pass, phase } = gc;
  const p = GC_PHASES[phase];
  const name = (id: number) => objectName(id, gc.objects.get(id));
  const rows = shownRows(pass, gc.startup, gc.showStartup);
  return (
    <div data-testid="gc-text">
      <h4 className="font-semibold">
        Garbage collection, phase {phase + 1} of {GC_PHASES.length}: {p.title}
      </h4>
      <p>{p.explanation}</p>
      <ul className="ml-4 list-disc font-mono text-xs">
        {rows.map((r) => (
          <li key={r.id} data-testid="gc-text-row" data-obj-gc-text={r.id} data-gc-refs={gcRefsAt(r, phase)}>
            {r.type} {idTail(r.id)}: gc_refs {phase === 0 ? r.copied : `${r.copied} after copy, ${r.subtracted} after subtract`}
            {phase === 1 && subtractedFrom(r) > 0 && ` (${subtractedFrom(r)} internal reference${subtractedFrom(r) === 1 ? '' : 's'})`}; {rowStatus(r, phase)}
          </li>
        ))}
      </ul>
      {phase === 1 && pass.edges.length > 0 && (
        <p className="font-mono text-xs">Internal references subtracted: {pass.edges.map(([from, to]) => `${name(from)} → ${name(to)}`).join(', ')}.</p>
      )}
      {pass.more > 0 && <p className="text-xs">And {pass.more} more collected objects the trace does not list.</p>}
    </div>
  );
}
