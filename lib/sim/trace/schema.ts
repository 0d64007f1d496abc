// The trace: the one thing the UI reads. Versioned and serialisable (structured clone; JSON with
// typed arrays written as arrays, see traceJson in read.ts).
// Mirrors nothing in CPython; it records what line stepping would show plus the memory events
// (allocations, reference changes with reasons, frees, GC phases) between steps.
//
// Reaching any step without replaying from the start: every `snapshotEvery` steps (further apart
// when the heap holds over 10,000 objects, so snapshots stay a bounded share of the trace) the
// trace holds a full heap snapshot (and the full frames); each step carries a delta: views of the objects whose
// view changed during the step, ids freed, and the frames when the frame stack or an outer frame
// changed (or only rebinds, the innermost frame's rebound names).
// Heap at step n = nearest snapshot at or before n, then apply the deltas after it (heapAt);
// frames at step n = the last frames at or before n, the rebinds after them, and step n's line and
// value stack for the innermost frame (framesAt).
//
// Size: steps, the objects' views they carry and the frequent events (ref, alloc, free) are stored by
// column in typed arrays, so a line step of a hot loop adds numbers, not objects (a million-step
// trace would otherwise spend a large share of its time in the JavaScript garbage collector, which
// copies every object a trace keeps); reasons and type names are indices.
// Readers take one step or event at a time as an object with stepAt/eventAt (read.ts).

export const TRACE_SCHEMA_VERSION = 4;

/** The most references an object's view lists (see ObjectView.refsMore). */
export const MAX_VIEW_REFS = 256;

/** ViewColumns.gen of an object the collector does not track. */
export const NO_GEN = -128;

/** ObjectView.flags for each combination of the flag bits (1 i, 2 c, 4 n, 8 t), made once. */
export const FLAG_STRINGS: readonly string[] = Array.from({ length: 16 }, (_, bits) => ['i', 'c', 'n', 't'].filter((_f, k) => bits & (1 << k)).join(''));

/** One object as the heap diagram shows it. */
export interface ObjectView {
  id: number;
  type: string;
  /** Short repr (truncated). */
  repr: string;
  rc: number;
  size: number;
  /** Flags: i immortal, c cached small int, n interned, t tracked (gen = generation). */
  flags: string;
  gen?: number;
  /** Ids this object references (container slots, attributes), in order; at most MAX_VIEW_REFS. */
  refs?: number[];
  /**
   * How many references were left out of `refs`. A big container's view is recorded again on every
   * change, so listing all its items would make the trace grow with the square of its length.
   */
  refsMore?: number;
  /**
   * Who holds a reference to this object (one entry per reference, so they add up to the count of
   * a mortal object at a step outside native code). Only with RunOptions.referrers.
   */
  referrers?: ReferrerView[];
}

export interface ReferrerView {
  /** "frame f", "<list 0x7f…a0>", "sys.modules", "AST arena"… */
  holder: string;
  /** "local x", "item 3", "value stack 2", "co_consts[1]"… */
  slot: string;
  /** The holder's object id when the holder is an object. */
  from?: number;
}

export interface FrameView {
  /** Code object name: '<module>', function name, class name. */
  name: string;
  line: number;
  /** Local (or module/class namespace) names -> object id. */
  names: Record<string, number>;
  /** Value stack, bottom first, as object ids (0 = NULL). */
  stack: number[];
}

/** ['r', id, +1|-1, refcount after, reason index] */
export type RefEvent = ['r', number, 1 | -1, number, number];
/** ['a', id, type name] */
export type AllocEvent = ['a', number, string];
/** ['f', id, 'rc' | 'gc'] */
export type FreeEvent = ['f', number, 'rc' | 'gc'];

/** A collected object as a traced GC pass lists it: [id, type name, gc_refs at that phase]. */
export type GcRow = [number, string, number];

/**
 * One phase of a collection (gc.ts records these only while tracing). A pass runs
 * start, copy, subtract, unreachable, weakrefs, finalize, [resurrected], clear, done.
 * At most GC_TRACE_LISTED collected objects are listed (unreachable ones first, then the youngest);
 * the others are counted in `more`. Every field below is optional: older traces have only phase/gen/n.
 */
export interface GcEvent {
  k: 'gc';
  phase: string;
  gen?: number;
  /**
   * start: -; copy: objects in the collected generations; unreachable: how many were found
   * unreachable; weakrefs: weakrefs to unreachable objects cleared; resurrected: objects a finalizer
   * made reachable again; done: objects collected.
   */
  n?: number;
  /** copy: each listed object's gc_refs = its refcount; subtract: its gc_refs after subtract_refs. In the generation list's order. */
  rows?: GcRow[];
  /** copy: collected objects not listed. */
  more?: number;
  /** subtract: the internal references subtracted between listed objects, [from id, to id], one per reference. */
  edges?: [number, number][];
  /** subtract: internal references subtracted that have an unlisted end. */
  edgesMore?: number;
  /** unreachable: the listed objects found unreachable; done: the listed unreachable objects this pass freed. */
  ids?: number[];
  /** unreachable: listed objects whose gc_refs was 0 after subtract but that a reachable object reaches (moved back). */
  rescued?: number[];
}

export type TraceEvent =
  | RefEvent
  | AllocEvent
  | FreeEvent
  | GcEvent
  | { k: 'finalize'; id: number }
  | { k: 'weakref-callback'; id: number }
  | { k: 'out'; text: string }
  | { k: 'intern'; id: number }
  | { k: 'budget'; message: string }
  /** The program is over and the interpreter shuts down (`python file.py` only): what follows is finalization. */
  | { k: 'exit' }
  | { k: 'error'; text: string };

/** One step as a reader sees it (stepAt in read.ts builds it from the columns). */
export interface TraceStep {
  /** Step index. */
  i: number;
  line: number;
  /** Instruction offset (instruction granularity) or -1. */
  offset: number;
  /** Index of the first event that happened after this step began. */
  ev: number;
  /** Number of frames on the stack. */
  depth: number;
  /** The innermost frame's value stack (ids). */
  stack: number[];
  /**
   * All frames, present when they changed since the previous step (and at snapshot steps), except
   * for what `bind` or the step's own line and stack say. framesAt gives the innermost frame the
   * step's line and stack.
   */
  frames?: FrameView[];
  /**
   * Instead of `frames` when only the innermost frame's existing names were rebound or unbound
   * since the last recorded frames: name -> object id (0 = unbound). framesAt applies them in order.
   */
  bind?: Record<string, number>;
  /** Objects created or changed during the previous step (their view at this step). */
  changed: ObjectView[];
  /** Ids freed during the previous step. */
  freed: number[];
}

export interface HeapSnapshot {
  step: number;
  objects: ObjectView[];
}

/**
 * Object views by column: view k is id[k], typeNames[type[k]], repr[k], rc[k], size[k], the flag
 * bits flags[k] (FLAG_STRINGS[flags[k]] is ObjectView.flags), the generation gen[k] (NO_GEN: not
 * tracked; -1 while a collection holds it as unreachable), the references it lists
 * refIds[refsAt[k] .. refsAt[k] + refsCount[k]) (a view listing the same ones as an earlier view of
 * its object shares them: appending to a long list changes none) and refsMore[k] left out. With
 * RunOptions.referrers, every view is listed in referrersOf (ascending) with its referrers.
 */
export interface ViewColumns {
  count: number;
  id: Float64Array;
  type: Int32Array;
  typeNames: string[];
  repr: string[];
  rc: Float64Array;
  size: Float64Array;
  flags: Uint8Array;
  gen: Int8Array;
  refsAt: Int32Array;
  refsCount: Int32Array;
  refIds: Float64Array;
  refsMore: Int32Array;
  referrersOf: Int32Array;
  referrers: ReferrerView[][];
}

/**
 * The steps by column. Step i's value stack is stackIds[stackAt[i] .. stackAt[i + 1]); likewise its
 * changed views (changedAt, indices into `changed`) and freed ids (freedAt/freedIds).
 */
export interface StepColumns {
  count: number;
  line: Int32Array;
  offset: Int32Array;
  ev: Int32Array;
  depth: Int32Array;
  stackAt: Int32Array;
  stackIds: Float64Array;
  changedAt: Int32Array;
  changed: ViewColumns;
  freedAt: Int32Array;
  freedIds: Float64Array;
  /** The steps that carry all frames, ascending, and their frames. */
  framesStep: Int32Array;
  frames: FrameView[][];
  /**
   * Rebinds of the innermost frame's names, one entry per name in the order they apply: the step,
   * the name (an index into `names`) and the object id (0 = unbound). bindStep is ascending.
   */
  bindStep: Int32Array;
  bindName: Int32Array;
  bindId: Float64Array;
  names: string[];
}

/** What EventColumns.kind says an event is. */
export const EVENT_REF = 0;
export const EVENT_ALLOC = 1;
export const EVENT_FREE = 2;
export const EVENT_OTHER = 3;

/**
 * The events by column. `aux` is, for a ref event, reason * 2 + (1 for an incref); for an alloc,
 * the type name's index in `typeNames`; for a free, 1 when the collector freed it; for any other
 * event, its index in `others`. `rc` is a ref event's refcount after it.
 */
export interface EventColumns {
  count: number;
  kind: Uint8Array;
  id: Float64Array;
  aux: Int32Array;
  rc: Float64Array;
  typeNames: string[];
  others: Exclude<TraceEvent, unknown[]>[];
}

export interface Trace {
  schema: typeof TRACE_SCHEMA_VERSION;
  profile: string;
  granularity: 'line' | 'instruction';
  steps: StepColumns;
  events: EventColumns;
  /** Reason strings of ref events. */
  reasons: string[];
  /** Ascending by step; the first is step 0's. */
  snapshots: HeapSnapshot[];
  /** The fewest steps between two snapshots. */
  snapshotEvery: number;
  stdout: string;
  error: string | null;
  /** Set when a budget stopped the run. */
  stoppedBy: 'steps' | 'objects' | null;
}
