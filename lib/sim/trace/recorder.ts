// Records a run as steps + events + periodic heap snapshots (see schema.ts).
// The runtime calls ref/alloc/free/event while tracing; the VM calls step() at each line (or
// instruction) and marks frames dirty when bindings or the frame stack change.
// A step records only what heapAt/framesAt cannot already tell: views that differ from the last
// recorded ones, and frames (or just the rebound names) when they differ; lib/sim/trace/deltas.test.ts
// checks the rebuilt heap and frames against full snapshots at every step of the corpus.

import type { PyObj } from '../objects/object';
import type { FrameView, HeapSnapshot, ObjectView, ReferrerView, Trace, TraceEvent } from './schema';
import { TRACE_SCHEMA_VERSION } from './schema';
import { EventColumnsBuilder, Scratch, StepColumnsBuilder, StringTable } from './columns';
import { sameIds } from './read';

/** How an instruction rebinds a name (eval.ts): the running frame's fast local or namespace name `arg`, or anything. */
export const REBIND_FAST = 1;
export const REBIND_NAME = 2;
export const REBIND_ANY = 3;

export interface ViewSource {
  /** The view of o; `prev` itself when o is a value whose view `prev` still shows (views.ts). */
  view(o: PyObj, prev?: ObjectView): ObjectView;
  allLive(): PyObj[];
  liveCount(): number;
  frames(): FrameView[];
  depth(): number;
  topStack(): number[];
  /** Whether o's view can change without a reference event or a touch (views.ts isVolatile). */
  volatile(o: PyObj): boolean;
  /** Every object's referrers (one heap scan), or null when the run does not record them. */
  referrers(): Map<PyObj, ReferrerView[]> | null;
  /** The innermost frame's name a REBIND_FAST/REBIND_NAME instruction with `arg` binds. */
  boundName(kind: number, arg: number): string;
  /** The id that name is bound to now (0: unbound), or -1 when the frame view does not show it. */
  boundId(kind: number, arg: number): number;
  /** The innermost frame's namespace dict's version (bumped by every write), -1 without one. */
  namespaceVersion(): number;
}

/** The live objects a snapshot lists before snapshots are taken further apart than snapshotEvery. */
const SNAPSHOT_OBJECTS = 10_000;

export class TraceRecorder {
  readonly events = new EventColumnsBuilder();
  readonly steps = new StepColumnsBuilder();
  readonly snapshots: HeapSnapshot[] = [];
  /** Reasons of ref events, each stored once (events hold its index). */
  private readonly reasons = new StringTable();
  /**
   * Objects changed since the last step, each once: marked with the current epoch on the object
   * itself, so marking is a compare and forgetting them all is a new epoch (clearing a set of them on
   * every step of a hot loop cost more than the rest of the step).
   */
  private readonly dirty = new Scratch<PyObj>();
  private epoch = 1;
  /** Ids freed since the last step (a reused buffer: the step columns copy it). */
  private readonly freed = new Scratch<number>();
  private readonly changed = new Scratch<ObjectView>();
  /** Live objects whose view can change unseen (frames, cells, weakrefs, generators). */
  private readonly volatile = new Set<PyObj>();
  /** A collection ran since the last step: generations and tracking may have changed anywhere. */
  private collected = false;
  /** The frames last recorded (framesAt's answer until the next recording). */
  private lastFrames: FrameView[] | null = null;
  /** The frame stack or a binding other than a plain rebind changed since the last step. */
  framesDirty = true;
  /** Rebinds of the innermost frame's names since the last step: REBIND_FAST/REBIND_NAME kinds and args. */
  private readonly rebindKinds = new Scratch<number>();
  private readonly rebindArgs = new Scratch<number>();
  /** The innermost frame's names as last recorded, rebinds included (a private copy). */
  private innerNames: Record<string, number> | null = null;
  /** Its namespace's version then: a write by other means than a noted rebind changes it unforeseen. */
  private namespaceVersion = -1;
  /** Each pending rebind's name and id, looked up once while checking them (reused buffers). */
  private readonly reboundNames = new Scratch<string>();
  private readonly reboundIds = new Scratch<number>();
  /** The step's rebinds, as the step columns take them (reused buffers). */
  private readonly bindNames = new Scratch<string>();
  private readonly bindIds = new Scratch<number>();

  /** The step of the last snapshot. */
  private lastSnapshot = 0;

  constructor(
    readonly granularity: 'line' | 'instruction' = 'line',
    readonly snapshotEvery = 2000,
    /** Record incref/decref events (the biggest share of a trace). */
    readonly recordRefs = true,
  ) {}

  /** Forget changes made before the program started (they are all in the first snapshot). */
  begin(): void {
    this.clearDirty();
    this.freed.clear();
    this.framesDirty = true;
  }

  private markDirty(o: PyObj): void {
    if (o.changedMark === this.epoch) return;
    o.changedMark = this.epoch;
    this.dirty.add(o);
  }

  private clearDirty(): void {
    this.dirty.clear();
    this.epoch++;
  }

  ref(o: PyObj, d: 1 | -1, why: string): void {
    this.markDirty(o);
    if (this.recordRefs) this.events.ref(o.id, d, o.ob.rc, this.reasons.of(why));
  }

  alloc(o: PyObj): void {
    this.markDirty(o);
    this.events.alloc(o.id, o.type.name);
  }

  free(o: PyObj, by: 'refcount' | 'gc'): void {
    // a freed object stays in dirty, passed over (o.ob.freed)
    o.traceView = null;
    this.volatile.delete(o);
    this.freed.add(o.id);
    this.events.free(o.id, by === 'gc');
  }

  /** An instruction of the running frame rebinds a name (a REBIND_* kind; see eval.ts). */
  rebound(kind: number, arg: number): void {
    if (kind === REBIND_ANY) this.framesDirty = true;
    else if (!this.framesDirty) {
      this.rebindKinds.add(kind);
      this.rebindArgs.add(arg);
    }
  }

  /** Mark an object as changed (e.g. a container mutated) so the next step carries its view. */
  touch(o: PyObj): void {
    this.markDirty(o);
  }

  /** Objects changed generation wholesale (gc.freeze/unfreeze): the next step re-views GC objects. */
  generationsMoved(): void {
    this.collected = true;
  }

  event(e: TraceEvent): void {
    if (!Array.isArray(e) && e.k === 'gc') this.collected = true;
    this.events.push(e);
    this.lastOut = null;
  }

  /**
   * Program output. Text written after other text in the same step, with no event but references,
   * allocations and frees between, joins its event: print writes each argument, separator and end
   * on its own (making and dropping objects as it goes), and one event per print is enough.
   */
  output(text: string): void {
    if (this.lastOut !== null) {
      this.lastOut.text += text;
      return;
    }
    const e = { k: 'out' as const, text };
    this.events.push(e);
    this.lastOut = e;
  }
  /** The output event text may still join: null once another event is recorded or a step begins. */
  private lastOut: { k: 'out'; text: string } | null = null;

  step(line: number, offset: number, src: ViewSource): void {
    const i = this.steps.count;
    // a snapshot lists every live object: with a big heap, take them further apart, so they cost at
    // most about SNAPSHOT_OBJECTS / snapshotEvery views per step (reaching a step then replays more
    // steps, each far smaller than the heap)
    const snapshot = i === 0 || i - this.lastSnapshot >= this.snapshotEvery * Math.max(1, Math.ceil(src.liveCount() / SNAPSHOT_OBJECTS));
    if (snapshot) this.lastSnapshot = i;
    const held = src.referrers();
    if (held) {
      // a reference can move between holders with no count change (BUILD_LIST takes the value
      // stack's): whoever's referrers differ from their recorded view is changed
      for (const o of src.allLive()) {
        const last = o.traceView;
        if (last && !sameReferrers(last.referrers, held.get(o) ?? NO_REFERRERS)) this.markDirty(o);
      }
    }
    // An object whose view is what heapAt already shows (a reference taken and dropped within the
    // step) is not recorded again: most dirty objects of a loop are such.
    if (this.volatile.size > 0) for (const o of this.volatile) this.markDirty(o);
    if (this.collected) {
      this.collected = false;
      for (const o of src.allLive()) if (o.type.isGC) this.markDirty(o);
    }
    if (this.dirty.n > 0) {
      for (let k = 0; k < this.dirty.n; k++) {
        const o = this.dirty.items[k];
        if (o.ob.freed) continue;
        // the view each live object was last recorded with (in a step's changes or a snapshot)
        const last = o.traceView ?? undefined;
        if (last === undefined && src.volatile(o)) this.volatile.add(o);
        const v = held ? this.viewOf(o, src, held) : src.view(o, last);
        if (last !== undefined && (v === last || sameView(last, v))) continue;
        o.traceView = v;
        this.changed.add(v);
      }
      // reused, not reallocated: a line step of a hot loop should allocate only what it records
      this.clearDirty();
    }
    const stack = src.topStack();
    const ev = this.events.count;
    this.lastOut = null;
    const depth = src.depth();
    let frames: FrameView[] | null = null;
    // a plain rebind of a name the last recording shows is recorded as the name alone, without
    // looking at the frames; anything else (a new name, a call, a return) looks at them all
    if (!this.framesDirty && !snapshot && !this.rebindsOnly(src)) this.framesDirty = true;
    this.rebindKinds.clear();
    this.rebindArgs.clear();
    if (this.framesDirty || snapshot) {
      // framesAt takes the innermost frame's line and stack from the step: record the frames only
      // when something else differs, and only the rebound names when that is all that differs
      const now = src.frames();
      const prev = this.lastFrames;
      const full = snapshot || prev === null || !this.innerNames || !framesDiff(prev, now, this.innerNames, this.bindNames, this.bindIds);
      if (full) {
        this.bindNames.clear();
        this.bindIds.clear();
        // a frame that did not change is shared with the previous recording (one object in memory)
        if (prev !== null) for (let k = Math.min(prev.length, now.length) - 1; k >= 0; k--) if (sameFrame(prev[k], now[k])) now[k] = prev[k];
        frames = now;
      }
      this.lastFrames = now;
      this.innerNames = now.length ? { ...now[now.length - 1].names } : null;
      this.namespaceVersion = src.namespaceVersion();
    }
    this.framesDirty = false;
    this.steps.push(line, offset, ev, depth, stack, this.changed, this.freed, frames, this.bindNames, this.bindIds);
    // the columns copied them: the buffers are reused, so a line step allocates only what it records
    this.changed.clear();
    this.freed.clear();
    this.bindNames.clear();
    this.bindIds.clear();
    if (snapshot) {
      // every live object's last recorded view is current (a change marks it dirty, and the dirty
      // were re-viewed above): a snapshot shares those views and builds only the missing ones
      const objects: ObjectView[] = [];
      for (const o of src.allLive()) {
        let v = held ? undefined : o.traceView ?? undefined;
        if (v === undefined) {
          v = this.viewOf(o, src, held);
          if (src.volatile(o)) this.volatile.add(o);
          o.traceView = v;
        }
        objects.push(v);
      }
      this.snapshots.push({ step: i, objects });
    }
  }

  /**
   * Records the pending rebinds into bindNames/bindIds when each is of a name the innermost frame
   * shows already (a new name would go last in framesAt's copy, where the frame may order it
   * elsewhere) and its namespace saw no other write; false, with nothing recorded, otherwise.
   */
  private rebindsOnly(src: ViewSource): boolean {
    const names = this.innerNames;
    const n = this.rebindKinds.n;
    const kinds = this.rebindKinds.items;
    const args = this.rebindArgs.items;
    if (names === null) return n === 0;
    // each STORE_NAME wrote the namespace once; any other write (globals()['x'] = ...) means look again
    let namespaceWrites = 0;
    for (let k = 0; k < n; k++) if (kinds[k] === REBIND_NAME) namespaceWrites++;
    const version = src.namespaceVersion();
    if (version !== this.namespaceVersion + namespaceWrites) return false;
    const found = this.reboundNames;
    const ids = this.reboundIds;
    found.clear();
    ids.clear();
    for (let k = 0; k < n; k++) {
      const name = src.boundName(kinds[k], args[k]);
      const id = src.boundId(kinds[k], args[k]);
      if (names[name] === undefined || id <= 0) return false;
      found.add(name);
      ids.add(id);
    }
    this.namespaceVersion = version;
    for (let k = 0; k < n; k++) {
      const name = found.items[k];
      const id = ids.items[k];
      if (names[name] === id) continue;
      names[name] = id;
      this.bindNames.add(name);
      this.bindIds.add(id);
    }
    return true;
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
      steps: this.steps.done(),
      events: this.events.done(),
      reasons: this.reasons.list,
      snapshots: this.snapshots,
      snapshotEvery: this.snapshotEvery,
      stdout,
      error,
      stoppedBy,
    };
  }
}

/**
 * Whether all that differs between two frame stacks (besides the innermost frame's line and value
 * stack) is the innermost frame's rebound or unbound names; those go into `names`/`ids` (0 =
 * unbound). `before` is the innermost frame's names as last recorded, rebinds included.
 */
function framesDiff(a: FrameView[], b: FrameView[], before: Record<string, number>, names: Scratch<string>, ids: Scratch<number>): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  const k = a.length - 1;
  for (let i = 0; i < k; i++) if (!sameFrame(a[i], b[i])) return false;
  if (a[k].name !== b[k].name) return false;
  const after = b[k].names;
  let kept = 0;
  for (const name in before) {
    const id = after[name];
    if (id === undefined) {
      names.add(name);
      ids.add(0);
    } else {
      kept++;
      if (id !== before[name]) {
        names.add(name);
        ids.add(id);
      }
    }
  }
  // a name bound anew would go last in framesAt's copy: record the frames when the order could differ
  let count = 0;
  for (const _name in after) {
    if (++count > kept) return false; // counted without Object.keys: this runs on every step
  }
  return true;
}

const NO_REFERRERS: ReferrerView[] = Object.freeze([]) as unknown as ReferrerView[];


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
