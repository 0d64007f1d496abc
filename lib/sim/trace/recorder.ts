// Records a run as steps + events + periodic heap snapshots (see schema.ts).
// The runtime calls ref/alloc/free/event while tracing; the VM calls step() at each line (or
// instruction). The recorder never reads VM internals itself: it is handed views.

import type { PyObj } from '../objects/object';
import type { FrameView, HeapSnapshot, ObjectView, Trace, TraceEvent, TraceStep } from './schema';
import { TRACE_SCHEMA_VERSION } from './schema';

export interface ViewSource {
  view(o: PyObj): ObjectView;
  allLive(): PyObj[];
}

export class TraceRecorder {
  readonly events: TraceEvent[] = [];
  readonly steps: TraceStep[] = [];
  readonly snapshots: HeapSnapshot[] = [];
  private dirty = new Set<PyObj>();
  private freed: number[] = [];

  constructor(
    readonly granularity: 'line' | 'instruction' = 'line',
    readonly snapshotEvery = 500,
    /** Record incref/decref events (the biggest share of a trace). */
    readonly recordRefs = true,
  ) {}

  ref(o: PyObj, d: 1 | -1, why: string): void {
    this.dirty.add(o);
    if (this.recordRefs) this.events.push({ k: 'ref', id: o.id, d, why, rc: o.rc });
  }

  alloc(o: PyObj): void {
    this.dirty.add(o);
    this.events.push({ k: 'alloc', id: o.id, type: o.type.name });
  }

  free(o: PyObj, by: 'refcount' | 'gc'): void {
    this.dirty.delete(o);
    this.freed.push(o.id);
    this.events.push({ k: 'free', id: o.id, by });
  }

  /** Mark an object as changed (e.g. a container mutated) so the next step carries its view. */
  touch(o: PyObj): void {
    this.dirty.add(o);
  }

  event(e: TraceEvent): void {
    this.events.push(e);
  }

  step(line: number, offset: number, frames: FrameView[], src: ViewSource): void {
    const i = this.steps.length;
    const changed: ObjectView[] = [];
    for (const o of this.dirty) if (!o.freed) changed.push(src.view(o));
    this.steps.push({ i, line, offset, ev: this.events.length, frames, changed, freed: this.freed });
    this.dirty = new Set();
    this.freed = [];
    if (i % this.snapshotEvery === 0) {
      this.snapshots.push({ step: i, objects: src.allLive().map((o) => src.view(o)) });
    }
  }

  finish(profile: string, stdout: string, error: string | null, stoppedBy: Trace['stoppedBy']): Trace {
    return {
      schema: TRACE_SCHEMA_VERSION,
      profile,
      granularity: this.granularity,
      steps: this.steps,
      events: this.events,
      snapshots: this.snapshots,
      snapshotEvery: this.snapshotEvery,
      stdout,
      error,
      stoppedBy,
    };
  }
}

/** The heap as it was at step n, rebuilt from the nearest snapshot and the deltas after it. */
export function heapAt(trace: Trace, n: number): Map<number, ObjectView> {
  let snap: HeapSnapshot | undefined;
  for (const s of trace.snapshots) if (s.step <= n) snap = s;
  const heap = new Map<number, ObjectView>();
  if (!snap) return heap;
  for (const v of snap.objects) heap.set(v.id, v);
  for (let i = snap.step + 1; i <= n && i < trace.steps.length; i++) {
    const st = trace.steps[i];
    for (const id of st.freed) heap.delete(id);
    for (const v of st.changed) heap.set(v.id, v);
  }
  return heap;
}
