// The trace: the one thing the UI reads. Versioned and serialisable (plain JSON).
// Mirrors nothing in CPython; it records what sys.settrace-like stepping would show plus the
// memory events (allocations, reference changes with reasons, frees, GC phases) between steps.
//
// Reaching any step without replaying from the start: every `snapshotEvery` steps the trace holds a
// full heap snapshot; each step carries a delta (views of the objects that changed during it, and
// ids freed). Heap at step n = nearest snapshot at or before n, then apply the deltas after it.

export const TRACE_SCHEMA_VERSION = 1;

/** One object as the heap diagram shows it. */
export interface ObjectView {
  id: number;
  type: string;
  /** Short repr (truncated). */
  repr: string;
  rc: number;
  size: number;
  /** Flags: i immortal, c cached small int, n interned, t tracked; g = generation when tracked. */
  flags: string;
  gen?: number;
  /** Ids this object references (container slots, attributes), in order. */
  refs?: number[];
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

export type TraceEvent =
  | { k: 'alloc'; id: number; type: string }
  | { k: 'ref'; id: number; d: 1 | -1; why: string; rc: number }
  | { k: 'free'; id: number; by: 'refcount' | 'gc' }
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
  frames: FrameView[];
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
  snapshots: HeapSnapshot[];
  snapshotEvery: number;
  stdout: string;
  error: string | null;
  /** Set when a budget stopped the run. */
  stoppedBy: 'steps' | 'objects' | null;
}
