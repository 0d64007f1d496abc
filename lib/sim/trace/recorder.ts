// Records a run as steps + events + periodic heap snapshots (see schema.ts).
// The runtime calls ref/alloc/free/event while tracing; the VM calls step() at each line (or
// instruction) and marks frames dirty when bindings or the frame stack change.

import type { PyObj } from '../objects/object';
import type { FrameView, HeapSnapshot, ObjectView, ReferrerView, Trace, TraceEvent, TraceStep } from './schema';
import { TRACE_SCHEMA_VERSION } from './schema';

export interface ViewSource {
  view(o: PyObj): ObjectView;
  allLive(): PyObj[];
  frames(): FrameView[];
  depth(): number;
  topStack(): number[];
  /** Every object's referrers (one heap scan), or null when the run does not record them. */
  referrers(): Map<PyObj, ReferrerView[]> | null;
}

export class TraceRecorder {
  readonly events: TraceEvent[] = [];
  readonly steps: TraceStep[] = [];
  readonly snapshots: HeapSnapshot[] = [];
  private readonly reasons: string[] = [];
  private readonly reasonIndex = new Map<string, number>();
  private dirty = new Set<PyObj>();
  private freed: number[] = [];
  /** Bindings or the frame stack changed since the last step. */
  framesDirty = true;

  constructor(
    readonly granularity: 'line' | 'instruction' = 'line',
    readonly snapshotEvery = 2000,
    /** Record incref/decref events (the biggest share of a trace). */
    readonly recordRefs = true,
  ) {}

  /** Forget changes made before the program started (they are all in the first snapshot). */
  begin(): void {
    this.dirty = new Set();
    this.freed = [];
    this.framesDirty = true;
  }

  private reason(why: string): number {
    let i = this.reasonIndex.get(why);
    if (i === undefined) {
      i = this.reasons.length;
      this.reasons.push(why);
      this.reasonIndex.set(why, i);
    }
    return i;
  }

  ref(o: PyObj, d: 1 | -1, why: string): void {
    this.dirty.add(o);
    if (this.recordRefs) this.events.push(['r', o.id, d, o.rc, this.reason(why)]);
  }

  alloc(o: PyObj): void {
    this.dirty.add(o);
    this.events.push(['a', o.id, o.type.name]);
  }

  free(o: PyObj, by: 'refcount' | 'gc'): void {
    this.dirty.delete(o);
    this.freed.push(o.id);
    this.events.push(['f', o.id, by === 'gc' ? 'gc' : 'rc']);
  }

  /** Mark an object as changed (e.g. a container mutated) so the next step carries its view. */
  touch(o: PyObj): void {
    this.dirty.add(o);
  }

  event(e: TraceEvent): void {
    this.events.push(e);
  }

  step(line: number, offset: number, src: ViewSource): void {
    const i = this.steps.length;
    const snapshot = i % this.snapshotEvery === 0;
    const held = snapshot || this.dirty.size > 0 ? src.referrers() : null;
    const changed: ObjectView[] = [];
    for (const o of this.dirty) if (!o.freed) changed.push(this.viewOf(o, src, held));
    const st: TraceStep = { i, line, offset, ev: this.events.length, depth: src.depth(), stack: src.topStack(), changed, freed: this.freed };
    if (this.framesDirty || snapshot) st.frames = src.frames();
    this.framesDirty = false;
    this.steps.push(st);
    // reused, not reallocated: a line step of a hot loop should allocate only what it records
    this.dirty.clear();
    this.freed = [];
    if (snapshot) {
      const objects: ObjectView[] = [];
      for (const o of src.allLive()) objects.push(this.viewOf(o, src, held));
      this.snapshots.push({ step: i, objects });
    }
  }

  private viewOf(o: PyObj, src: ViewSource, held: Map<PyObj, ReferrerView[]> | null): ObjectView {
    const v = src.view(o);
    if (held) v.referrers = held.get(o) ?? [];
    return v;
  }

  finish(profile: string, stdout: string, error: string | null, stoppedBy: Trace['stoppedBy']): Trace {
    return {
      schema: TRACE_SCHEMA_VERSION,
      profile,
      granularity: this.granularity,
      steps: this.steps,
      events: this.events,
      reasons: this.reasons,
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

/** The frames at step n (the last step at or before n that recorded them). */
export function framesAt(trace: Trace, n: number): FrameView[] {
  for (let i = Math.min(n, trace.steps.length - 1); i >= 0; i--) {
    const f = trace.steps[i].frames;
    if (f) return f;
  }
  return [];
}
