// What the memory view shows at one step, read from the trace: the heap, what changed since the
// previous step, what was freed and why, and the events in between, in plain words. Nothing here
// decides Python semantics; it only selects, orders and words what the simulator recorded.
import { eventAt, eventCount, eventsBetween, framesAt, heapAt, stepAt } from '@/lib/sim/trace/read';
import type { FrameView, ObjectView, Trace, TraceEvent, TraceStep } from '@/lib/sim/trace/schema';

/** A trace event decoded for reading (the trace stores the frequent ones as compact tuples). */
export type StepEvent =
  | { k: 'alloc'; id: number; type: string }
  | { k: 'ref'; id: number; d: 1 | -1; rc: number; why: string }
  | { k: 'free'; id: number; by: 'refcount' | 'gc' }
  | Exclude<TraceEvent, unknown[]>;

export function decodeEvent(trace: Trace, e: TraceEvent): StepEvent {
  if (!Array.isArray(e)) return e;
  switch (e[0]) {
    case 'r':
      return { k: 'ref', id: e[1], d: e[2], rc: e[3], why: trace.reasons[e[4]] ?? 'reference' };
    case 'a':
      return { k: 'alloc', id: e[1], type: e[2] };
    case 'f':
      return { k: 'free', id: e[1], by: e[2] === 'gc' ? 'gc' : 'refcount' };
  }
}

export interface FreedObject {
  view: ObjectView;
  by: 'refcount' | 'gc';
}

export interface StepView {
  index: number;
  step: TraceStep;
  frames: FrameView[];
  objects: Map<number, ObjectView>;
  /** Objects allocated during the previous step (new on screen). */
  allocated: Set<number>;
  /** Objects whose view changed during the previous step (count, contents). */
  changed: Set<number>;
  /** Each changed object's count at the previous step, for "2 → 3". */
  previousRc: Map<number, number>;
  freed: FreedObject[];
  /** Events between the previous step and this one. */
  events: StepEvent[];
}

/** Events that happened between step n-1 and step n (for n = 0: before the first step). */
export function eventsInto(trace: Trace, n: number): StepEvent[] {
  const from = n === 0 ? 0 : trace.steps.ev[n - 1];
  const to = trace.steps.ev[n];
  return eventsBetween(trace, from, to).map((e) => decodeEvent(trace, e));
}

/** The frames at step n; the innermost one's value stack is recorded on every step. */
export function framesOfStep(trace: Trace, n: number): FrameView[] {
  const frames = framesAt(trace, n);
  if (frames.length === 0) return frames;
  const last = frames.length - 1;
  const stack = stepAt(trace, n).stack;
  return frames.map((f, i) => (i === last ? { ...f, stack } : f));
}

export function stepView(trace: Trace, n: number): StepView {
  const step = stepAt(trace, n);
  const objects = heapAt(trace, n);
  const before = n > 0 ? heapAt(trace, n - 1) : new Map<number, ObjectView>();
  const events = eventsInto(trace, n);
  const allocated = new Set<number>();
  const freedBy = new Map<number, 'refcount' | 'gc'>();
  for (const e of events) {
    if (e.k === 'alloc') allocated.add(e.id);
    if (e.k === 'free') freedBy.set(e.id, e.by);
  }
  const changed = new Set<number>();
  const previousRc = new Map<number, number>();
  if (n > 0)
    for (const v of step.changed) {
      changed.add(v.id);
      const old = before.get(v.id);
      if (old) previousRc.set(v.id, old.rc);
    }
  const freed: FreedObject[] = [];
  for (const id of step.freed) {
    const view = before.get(id);
    if (view) freed.push({ view, by: freedBy.get(id) ?? 'refcount' });
  }
  return { index: n, step, frames: framesOfStep(trace, n), objects, allocated, changed, previousRc, freed, events };
}

/**
 * The heap as step n began (the end of step n-1), with step n's frames position: what a collection
 * during step n started from, for objects that existed before the step. Nothing is marked as changed.
 */
export function stepStartView(trace: Trace, n: number): StepView {
  const at = Math.max(0, n - 1);
  return {
    index: n,
    step: stepAt(trace, n),
    frames: framesOfStep(trace, at),
    objects: heapAt(trace, at),
    allocated: new Set(),
    changed: new Set(),
    previousRc: new Map(),
    freed: [],
    events: [],
  };
}

/** "0x…3a0": enough of the address to tell objects apart, as id() would show it in hex. */
export function idTail(id: number): string {
  const hex = id.toString(16);
  return `0x…${hex.slice(-4)}`;
}

/** "list 0x…3a0", or "object 0x…3a0" when no view of the object is at hand. */
export function objectName(id: number, o: ObjectView | undefined): string {
  return o ? `${o.type} ${idTail(id)}` : `object ${idTail(id)}`;
}

export interface Badge {
  key: 'immortal' | 'cached' | 'interned' | 'tracked';
  label: string;
  title: string;
}

/** The flags the simulator set on an object, as badges. */
export function badges(o: ObjectView): Badge[] {
  const out: Badge[] = [];
  if (o.flags.includes('i')) out.push({ key: 'immortal', label: 'immortal', title: 'Immortal (PEP 683): its count never changes and it is never freed' });
  if (o.flags.includes('c')) out.push({ key: 'cached', label: 'cached', title: 'A cached small int: every use of this value shares this one object' });
  if (o.flags.includes('n')) out.push({ key: 'interned', label: 'interned', title: 'Interned string: equal strings share this one object' });
  if (o.flags.includes('t'))
    out.push({
      key: 'tracked',
      label: o.gen !== undefined ? `GC gen ${o.gen}` : 'GC-tracked',
      title: `Tracked by the cyclic garbage collector${o.gen !== undefined ? `, in generation ${o.gen}` : ''}`,
    });
  return out;
}

/** A frame's names as shown: module dunders (__name__, __builtins__…) only when asked for. */
export function visibleNames(frame: FrameView, showDunders: boolean): [string, number][] {
  return Object.entries(frame.names).filter(([name]) => showDunders || !(name.startsWith('__') && name.endsWith('__')));
}

/**
 * Objects whose references the diagram does not follow: a module, class or function holds whole
 * namespaces (globals, builtins) that would bury the program's own objects. They are still shown,
 * and still listed as referrers; the view just does not fan out through them.
 */
const OPAQUE_TYPES = new Set(['module', 'type', 'function', 'builtin_function_or_method', 'code', 'method', 'method-wrapper', 'wrapper_descriptor', 'getset_descriptor', 'member_descriptor', 'classmethod', 'staticmethod', 'frame']);
/** Containers larger than this show their size, not one arrow per slot. */
export const MAX_DRAWN_SLOTS = 24;

/** The references the diagram draws for an object (none for opaque or very large objects). */
export function drawnRefs(o: ObjectView): number[] {
  if (!o.refs || OPAQUE_TYPES.has(o.type) || o.refs.length > MAX_DRAWN_SLOTS) return [];
  return o.refs;
}

export interface Placement {
  /** Column: 0 for objects a name or the stack refers to directly, 1 for what those hold, … */
  depth: number;
  id: number;
}

/**
 * Objects reachable from the frames' names (and value stacks if asked), grouped by distance.
 * Within a column objects keep their address order, so stepping does not reshuffle them.
 */
export function placeObjects(view: StepView, opts: { includeStack: boolean; showDunders?: boolean; maxDepth?: number }): Placement[][] {
  const maxDepth = opts.maxDepth ?? 3;
  const depthOf = new Map<number, number>();
  let frontier: number[] = [];
  for (const f of view.frames) {
    for (const [, id] of visibleNames(f, opts.showDunders ?? false)) frontier.push(id);
    if (opts.includeStack) for (const id of f.stack) if (id !== 0) frontier.push(id);
  }
  for (let depth = 0; frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const id of frontier) {
      if (depthOf.has(id) || !view.objects.has(id)) continue;
      depthOf.set(id, Math.min(depth, maxDepth));
      for (const r of drawnRefs(view.objects.get(id)!)) next.push(r);
    }
    frontier = next;
  }
  const columns: Placement[][] = [];
  for (const [id, depth] of depthOf) (columns[depth] ??= []).push({ id, depth });
  for (const c of columns) c?.sort((a, b) => a.id - b.id);
  return columns.filter(Boolean);
}

/** Ids of the objects that existed when the program started (builtins, caches, sys…). */
export function startupObjects(trace: Trace): Set<number> {
  const first = trace.snapshots.find((s) => s.step === 0);
  return new Set(first ? first.objects.map((o) => o.id) : []);
}

/**
 * The start-up objects still alive as themselves at step n: an id allocated again since the start
 * (a start-up object freed, its address reused by the program) is the program's object now.
 */
export function startupObjectsAt(trace: Trace, n: number, startup: Set<number>): Set<number> {
  const end = n < trace.steps.count ? trace.steps.ev[n] : eventCount(trace);
  const reused = new Set<number>();
  for (let i = 0; i < end; i++) {
    const e = eventAt(trace, i);
    if (Array.isArray(e) && e[0] === 'a' && startup.has(e[1])) reused.add(e[1]);
  }
  return reused.size === 0 ? startup : new Set([...startup].filter((id) => !reused.has(id)));
}

/** Every object reachable from any frame's names or value stack, following every reference. */
export function reachableFromFrames(view: StepView): Set<number> {
  const seen = new Set<number>();
  const todo: number[] = [];
  for (const f of view.frames) todo.push(...Object.values(f.names), ...f.stack.filter((id) => id !== 0));
  while (todo.length > 0) {
    const id = todo.pop()!;
    if (seen.has(id) || !view.objects.has(id)) continue;
    seen.add(id);
    todo.push(...(view.objects.get(id)!.refs ?? []));
  }
  return seen;
}

/**
 * Objects the program created that nothing in any frame reaches, even indirectly: garbage in a
 * reference cycle waiting for the collector, or objects only the runtime's own tables hold.
 * Start-up objects (builtins, caches) and immortal ones are left out. Null when it cannot be told:
 * a reached container too big for the trace to list all its references may reach any of them.
 */
export function unreachableObjects(view: StepView, startup: Set<number>): ObjectView[] | null {
  const reached = reachableFromFrames(view);
  for (const id of reached) if (view.objects.get(id)?.refsMore) return null;
  return [...view.objects.values()].filter((o) => !reached.has(o.id) && !startup.has(o.id) && !o.flags.includes('i')).sort((a, b) => a.id - b.id);
}

/** The simulator's GC phase names (gc.ts), in words for the event list. */
const GC_PHASE_WORDS: Record<string, string> = {
  start: 'collection starts',
  copy: 'refcounts copied into gc_refs',
  subtract: 'internal references subtracted from gc_refs',
  unreachable: 'reachable objects marked; unreachable ones found',
  weakrefs: 'weak references to unreachable objects cleared',
  finalize: 'finalizers of unreachable objects run',
  resurrected: 'objects resurrected by a finalizer kept',
  clear: 'references between unreachable objects broken',
  done: 'collection done',
};

/** One trace event in plain words, e.g. "x bound: refcount of list 0x…a0 2 → 3". */
export function describeEvent(e: StepEvent, objects: Map<number, ObjectView>, freedViews: Map<number, ObjectView>): string {
  const name = (id: number) => objectName(id, objects.get(id) ?? freedViews.get(id));
  switch (e.k) {
    case 'alloc':
      return `new ${e.type} ${idTail(e.id)} allocated`;
    case 'ref':
      return `${e.why}: refcount of ${name(e.id)} ${e.rc - e.d} → ${e.rc}`;
    case 'free':
      return e.by === 'gc' ? `${name(e.id)} freed by the garbage collector` : `${name(e.id)} freed: its refcount reached 0`;
    case 'gc':
      return `garbage collector: ${GC_PHASE_WORDS[e.phase] ?? e.phase}${e.gen !== undefined ? ` (generation ${e.gen})` : ''}${e.n !== undefined ? `, ${e.n} objects` : ''}`;
    case 'finalize':
      return `__del__ of ${name(e.id)} runs`;
    case 'weakref-callback':
      return `weakref callback for ${name(e.id)} runs`;
    case 'out':
      return `printed ${JSON.stringify(e.text)}`;
    case 'intern':
      return `${name(e.id)} interned`;
    case 'budget':
      return e.message;
    case 'exit':
      return 'the program is over: the interpreter shuts down and finalizes what is still alive';
    case 'error':
      return `exception: ${e.text}`;
  }
}
