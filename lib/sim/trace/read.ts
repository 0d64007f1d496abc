// Reading a trace (schema.ts): one step or event as an object, the heap and the frames at any step
// (from the nearest snapshot and the deltas after it), and the trace as JSON.

import type { FrameView, HeapSnapshot, ObjectView, Trace, TraceEvent, TraceStep, ViewColumns } from './schema';
import { EVENT_ALLOC, EVENT_FREE, EVENT_REF, FLAG_STRINGS, NO_GEN } from './schema';

export function stepCount(trace: Trace): number {
  return trace.steps.count;
}

export function eventCount(trace: Trace): number {
  return trace.events.count;
}

function stackOf(trace: Trace, n: number): number[] {
  const s = trace.steps;
  return Array.from(s.stackIds.subarray(s.stackAt[n], s.stackAt[n + 1]));
}

/** The last index of `sorted` whose value is at most `v` (-1 when none is). */
function lastAtMost(sorted: Int32Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** View k of the columns as an object. */
export function viewAt(views: ViewColumns, k: number): ObjectView {
  const v: ObjectView = {
    id: views.id[k],
    type: views.typeNames[views.type[k]],
    repr: views.repr[k],
    rc: views.rc[k],
    size: views.size[k],
    flags: FLAG_STRINGS[views.flags[k]],
  };
  if (views.gen[k] !== NO_GEN) v.gen = views.gen[k];
  const from = views.refsAt[k];
  if (views.refsCount[k] > 0) v.refs = Array.from(views.refIds.subarray(from, from + views.refsCount[k]));
  if (views.refsMore[k] > 0) v.refsMore = views.refsMore[k];
  const r = lastAtMost(views.referrersOf, k);
  if (r >= 0 && views.referrersOf[r] === k) v.referrers = views.referrers[r];
  return v;
}

function viewsBetween(views: ViewColumns, from: number, to: number): ObjectView[] {
  const out: ObjectView[] = [];
  for (let k = from; k < to; k++) out.push(viewAt(views, k));
  return out;
}

/** Step n as an object (its frames and rebinds only when it records them). */
export function stepAt(trace: Trace, n: number): TraceStep {
  const s = trace.steps;
  const step: TraceStep = {
    i: n,
    line: s.line[n],
    offset: s.offset[n],
    ev: s.ev[n],
    depth: s.depth[n],
    stack: stackOf(trace, n),
    changed: viewsBetween(s.changed, s.changedAt[n], s.changedAt[n + 1]),
    freed: Array.from(s.freedIds.subarray(s.freedAt[n], s.freedAt[n + 1])),
  };
  const f = lastAtMost(s.framesStep, n);
  if (f >= 0 && s.framesStep[f] === n) step.frames = s.frames[f];
  for (let k = lastAtMost(s.bindStep, n - 1) + 1; k < s.bindStep.length && s.bindStep[k] === n; k++) {
    (step.bind ??= {})[s.names[s.bindName[k]]] = s.bindId[k];
  }
  return step;
}

/** Event i in its recorded form (the frequent ones as compact tuples). */
export function eventAt(trace: Trace, i: number): TraceEvent {
  const e = trace.events;
  const aux = e.aux[i];
  switch (e.kind[i]) {
    case EVENT_REF:
      return ['r', e.id[i], aux & 1 ? 1 : -1, e.rc[i], aux >> 1];
    case EVENT_ALLOC:
      return ['a', e.id[i], e.typeNames[aux]];
    case EVENT_FREE:
      return ['f', e.id[i], aux === 1 ? 'gc' : 'rc'];
    default:
      return e.others[aux];
  }
}

/** Events from index `from` up to (not including) `to`. */
export function eventsBetween(trace: Trace, from: number, to: number): TraceEvent[] {
  const out: TraceEvent[] = [];
  for (let i = from; i < to; i++) out.push(eventAt(trace, i));
  return out;
}

/** The heap as it was at step n, rebuilt from the nearest snapshot and the deltas after it. */
export function heapAt(trace: Trace, n: number): Map<number, ObjectView> {
  let snap: HeapSnapshot | undefined;
  for (const s of trace.snapshots) if (s.step <= n) snap = s;
  const heap = new Map<number, ObjectView>();
  if (!snap) return heap;
  for (const v of snap.objects) heap.set(v.id, v);
  const s = trace.steps;
  const views = s.changed;
  // each object's last view since the snapshot, made into an object once; a Map keeps the order
  // the objects first appeared in, as setting the heap step by step would
  const latest = new Map<number, number>();
  for (let i = snap.step + 1; i <= n && i < s.count; i++) {
    for (let k = s.freedAt[i]; k < s.freedAt[i + 1]; k++) {
      heap.delete(s.freedIds[k]);
      latest.delete(s.freedIds[k]);
    }
    for (let k = s.changedAt[i]; k < s.changedAt[i + 1]; k++) latest.set(views.id[k], k);
  }
  for (const [id, k] of latest) heap.set(id, viewAt(views, k));
  return heap;
}

/**
 * The frames at step n: the last ones recorded at or before n, with the rebinds since and the
 * innermost frame's line and value stack as step n has them (steps record those every time).
 */
export function framesAt(trace: Trace, n: number): FrameView[] {
  const s = trace.steps;
  const at = Math.min(n, s.count - 1);
  const f = lastAtMost(s.framesStep, at);
  if (f < 0) return [];
  const from = s.framesStep[f];
  const frames = s.frames[f];
  let names: Record<string, number> | null = null;
  for (let k = lastAtMost(s.bindStep, from) + 1; k < s.bindStep.length && s.bindStep[k] <= at; k++) {
    names ??= { ...frames[frames.length - 1].names };
    const name = s.names[s.bindName[k]];
    const id = s.bindId[k];
    if (id === 0) delete names[name];
    else names[name] = id;
  }
  const k = frames.length - 1;
  const stack = stackOf(trace, at);
  if (k < 0 || (names === null && frames[k].line === s.line[at] && sameIds(frames[k].stack, stack))) return frames;
  const out = frames.slice();
  out[k] = { ...frames[k], line: s.line[at], names: names ?? frames[k].names, stack };
  return out;
}

export function sameIds(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The trace, or a part of it, as JSON: typed arrays are written as plain arrays. */
export function traceJson(trace: Trace | object): string {
  return JSON.stringify(trace, (_key, value: unknown) => (ArrayBuffer.isView(value) ? Array.from(value as unknown as ArrayLike<number>) : value));
}

/** Every step as an object (for tests and small traces: a long trace is better read a step at a time). */
export function allSteps(trace: Trace): TraceStep[] {
  return Array.from({ length: trace.steps.count }, (_, n) => stepAt(trace, n));
}

/** Every event in its recorded form. */
export function allEvents(trace: Trace): TraceEvent[] {
  return eventsBetween(trace, 0, trace.events.count);
}
