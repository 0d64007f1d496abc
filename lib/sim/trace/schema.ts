// The trace: the one thing the UI reads. Versioned and serialisable (plain JSON).
// Mirrors nothing in CPython; it records what line stepping would show plus the memory events
// (allocations, reference changes with reasons, frees, GC phases) between steps.
//
// Reaching any step without replaying from the start: every `snapshotEvery` steps the trace holds a
// full heap snapshot (and the full frames); each step carries a delta: views of the objects that
// changed during the step, ids freed, and the frames when a binding or the frame stack changed.
// Heap at step n = nearest snapshot at or before n, then apply the deltas after it (heapAt);
// frames at step n = the last step at or before n that carries frames (framesAt).
//
// Size: the frequent events (ref, alloc, free) are short tuples and reasons are indices into
// `reasons`; a line step of a simple loop costs about 150-300 bytes.

export const TRACE_SCHEMA_VERSION = 2;

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
  /** Ids this object references (container slots, attributes), in order. */
  refs?: number[];
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

export type TraceEvent =
  | RefEvent
  | AllocEvent
  | FreeEvent
  | { k: 'gc'; phase: string; gen?: number; n?: number }
  | { k: 'finalize'; id: number }
  | { k: 'weakref-callback'; id: number }
  | { k: 'out'; text: string }
  | { k: 'intern'; id: number }
  | { k: 'budget'; message: string }
  | { k: 'error'; text: string };

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
  /** All frames, present when they changed since the previous step (and at snapshot steps). */
  frames?: FrameView[];
  /** Objects created or changed during the previous step (their view at this step). */
  changed: ObjectView[];
  /** Ids freed during the previous step. */
  freed: number[];
}

export interface HeapSnapshot {
  step: number;
  objects: ObjectView[];
}

export interface Trace {
  schema: typeof TRACE_SCHEMA_VERSION;
  profile: string;
  granularity: 'line' | 'instruction';
  steps: TraceStep[];
  events: TraceEvent[];
  /** Reason strings of ref events. */
  reasons: string[];
  snapshots: HeapSnapshot[];
  snapshotEvery: number;
  stdout: string;
  error: string | null;
  /** Set when a budget stopped the run. */
  stoppedBy: 'steps' | 'objects' | null;
}
