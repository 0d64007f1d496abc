// Records a run as steps + events + periodic heap snapshots (see schema.ts).
// The runtime calls ref/alloc/free/event while tracing; the VM calls step() at each line (or
// instruction) and marks frames dirty when bindings or the frame stack change.
// A step records only what heapAt/framesAt cannot already tell: views that differ from the last
// recorded ones, and frames (or just the rebound names) when they differ; lib/sim/trace/deltas.test.ts
// checks the rebuilt heap and frames against full snapshots at every step of the corpus.

import type { PyObj } from '../objects/object';
import type { FrameView, HeapSnapshot, ObjectView, ReferrerView, Trace, TraceEvent, TraceStep } from './schema';
import { TRACE_SCHEMA_VERSION } from './schema';

export interface ViewSource {
  /** The view of o; `prev` itself when o is a value whose view `prev` still shows (views.ts). */
  view(o: PyObj, prev?: ObjectView): ObjectView;
  allLive(): PyObj[];
  frames(): FrameView[];
  depth(): number;
  topStack(): number[];
  /** Whether o's view can change without a reference event or a touch (views.ts isVolatile). */
  volatile(o: PyObj): boolean;
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
  /** Ids freed since the last step (a reused buffer: each step keeps an exact-size copy). */
  private readonly freed: number[] = [];
  private readonly changedBuffer: ObjectView[] = [];
  /** The view each live object was last recorded with (in a step's changes or a snapshot). */
  private readonly lastViews = new Map<PyObj, ObjectView>();
  /** Live objects whose view can change unseen (frames, cells, weakrefs, generators). */
  private readonly volatile = new Set<PyObj>();
  /** A collection ran since the last step: generations and tracking may have changed anywhere. */
  private collected = false;
  /** The frames last recorded (framesAt's answer until the next recording). */
  private lastFrames: FrameView[] | null = null;
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
    this.freed.length = 0;
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
    this.lastViews.delete(o);
    this.volatile.delete(o);
    this.freed.push(o.id);
    this.events.push(['f', o.id, by === 'gc' ? 'gc' : 'rc']);
  }

  /** Mark an object as changed (e.g. a container mutated) so the next step carries its view. */
  touch(o: PyObj): void {
    this.dirty.add(o);
  }

  /** Objects changed generation wholesale (gc.freeze/unfreeze): the next step re-views GC objects. */
  generationsMoved(): void {
    this.collected = true;
  }

  event(e: TraceEvent): void {
    if (!Array.isArray(e) && e.k === 'gc') this.collected = true;
    this.events.push(e);
  }

  step(line: number, offset: number, src: ViewSource): void {
    const i = this.steps.length;
    const snapshot = i % this.snapshotEvery === 0;
    const held = src.referrers();
    if (held) {
      // a reference can move between holders with no count change (BUILD_LIST takes the value
      // stack's): whoever's referrers differ from their recorded view is changed
      for (const [o, last] of this.lastViews) if (!sameReferrers(last.referrers, held.get(o) ?? NO_REFERRERS)) this.dirty.add(o);
    }
    // An object whose view is what heapAt already shows (a reference taken and dropped within the
    // step) is not recorded again: most dirty objects of a loop are such.
    const buffer = this.changedBuffer;
    if (this.volatile.size > 0) for (const o of this.volatile) this.dirty.add(o);
    if (this.collected) {
      this.collected = false;
      for (const o of src.allLive()) if (o.type.isGC) this.dirty.add(o);
    }
    if (this.dirty.size > 0) {
      for (const o of this.dirty) {
        if (o.freed) continue;
        const last = this.lastViews.get(o);
        if (last === undefined && src.volatile(o)) this.volatile.add(o);
        const v = held ? this.viewOf(o, src, held) : src.view(o, last);
        if (last !== undefined && (v === last || sameView(last, v))) continue;
        this.lastViews.set(o, v);
        buffer.push(v);
      }
      // reused, not reallocated: a line step of a hot loop should allocate only what it records
      this.dirty.clear();
    }
    // what a step keeps is copied at its exact size (an array grown by push keeps spare capacity)
    const changed = buffer.length ? buffer.slice() : EMPTY_VIEWS;
    buffer.length = 0;
    const freed = this.freed.length ? this.freed.slice() : EMPTY_IDS;
    this.freed.length = 0;
    const stack = src.topStack();
    const ev = this.events.length;
    const depth = src.depth();
    let frames: FrameView[] | null = null;
    let bind: Record<string, number> | null = null;
    if (this.framesDirty || snapshot) {
      // framesAt takes the innermost frame's line and stack from the step: record the frames only
      // when something else differs, and only the rebound names when that is all that differs
      const now = src.frames();
      const prev = this.lastFrames;
      const diff = snapshot || prev === null ? FULL : framesDiff(prev, now);
      if (diff === FULL) {
        // a frame that did not change is shared with the previous recording (one object in memory)
        if (prev !== null) for (let k = Math.min(prev.length, now.length) - 1; k >= 0; k--) if (sameFrame(prev[k], now[k])) now[k] = prev[k];
        frames = now;
      } else if (diff !== NO_BIND) bind = diff;
      this.lastFrames = now;
    }
    this.framesDirty = false;
    // one object literal per shape: adding `frames` afterwards would allocate a property store
    const st = stack.length ? stack : EMPTY_IDS;
    this.steps.push(frames ? { i, line, offset, ev, depth, stack: st, changed, freed, frames }
      : bind ? { i, line, offset, ev, depth, stack: st, changed, freed, bind }
        : { i, line, offset, ev, depth, stack: st, changed, freed });
    if (snapshot) {
      const objects: ObjectView[] = [];
      for (const o of src.allLive()) {
        const v = this.viewOf(o, src, held);
        if (src.volatile(o)) this.volatile.add(o);
        this.lastViews.set(o, v);
        objects.push(v);
      }
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

/**
 * The frames at step n: the last ones recorded at or before n, with the innermost frame's line and
 * value stack as step n has them (steps record those every time; frames only when more changed).
 */
export function framesAt(trace: Trace, n: number): FrameView[] {
  const at = Math.min(n, trace.steps.length - 1);
  let i = at;
  while (i >= 0 && !trace.steps[i].frames) i--;
  if (i < 0) return [];
  const frames = trace.steps[i].frames!;
  let names: Record<string, number> | null = null;
  for (let j = i + 1; j <= at; j++) {
    const bind = trace.steps[j].bind;
    if (!bind) continue;
    names ??= { ...frames[frames.length - 1].names };
    for (const name in bind) {
      if (bind[name] === 0) delete names[name];
      else names[name] = bind[name];
    }
  }
  return withInnermost(frames, trace.steps[at], names);
}

function withInnermost(frames: FrameView[], st: TraceStep, names: Record<string, number> | null): FrameView[] {
  const k = frames.length - 1;
  if (k < 0 || (names === null && frames[k].line === st.line && sameIds(frames[k].stack, st.stack))) return frames;
  const out = frames.slice();
  out[k] = { ...frames[k], line: st.line, names: names ?? frames[k].names, stack: st.stack };
  return out;
}

/** framesDiff's answer when the frames must be recorded in full. */
const FULL = null;

/**
 * The innermost frame's rebound or unbound names when that is all that differs between two frame
 * stacks (besides its line and value stack), an empty record when nothing does, FULL otherwise.
 */
function framesDiff(a: FrameView[], b: FrameView[]): Record<string, number> | typeof FULL {
  if (a.length !== b.length || a.length === 0) return FULL;
  const k = a.length - 1;
  for (let i = 0; i < k; i++) if (!sameFrame(a[i], b[i])) return FULL;
  if (a[k].name !== b[k].name) return FULL;
  const before = a[k].names;
  const after = b[k].names;
  let bind: Record<string, number> | null = null;
  let kept = 0;
  for (const name in before) {
    const id = after[name];
    if (id === undefined) (bind ??= {})[name] = 0;
    else {
      kept++;
      if (id !== before[name]) (bind ??= {})[name] = id;
    }
  }
  // a name bound anew would go last in framesAt's copy: record the frames when the order could differ
  let count = 0;
  for (const _name in after) {
    if (++count > kept) return FULL; // counted without Object.keys: this runs on every step
  }
  return bind ?? NO_BIND;
}

const NO_REFERRERS: ReferrerView[] = Object.freeze([]) as unknown as ReferrerView[];

const NO_BIND: Record<string, number> = Object.freeze({}) as Record<string, number>;

const EMPTY_VIEWS: ObjectView[] = Object.freeze([]) as unknown as ObjectView[];
const EMPTY_IDS: number[] = Object.freeze([]) as unknown as number[];

function sameIds(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameReferrers(a: ReferrerView[] | undefined, b: ReferrerView[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].holder !== b[i].holder || a[i].slot !== b[i].slot || a[i].from !== b[i].from) return false;
  }
  return true;
}

function sameView(a: ObjectView, b: ObjectView): boolean {
  return a.rc === b.rc && a.repr === b.repr && a.size === b.size && a.flags === b.flags && a.gen === b.gen
    && a.type === b.type && a.id === b.id && a.refsMore === b.refsMore && sameIds(a.refs, b.refs) && sameReferrers(a.referrers, b.referrers);
}

function sameNames(a: Record<string, number>, b: Record<string, number>): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i] || a[ka[i]] !== b[kb[i]]) return false;
  return true;
}

function sameFrame(a: FrameView, b: FrameView): boolean {
  return a.name === b.name && a.line === b.line && sameIds(a.stack, b.stack) && sameNames(a.names, b.names);
}
