// The cyclic garbage collector. Mirrors Modules/gcmodule.c (3.10-3.12) and Python/gc.c (3.13+):
// generations with thresholds and counts, collect_generations' trigger rule, the gc_refs algorithm
// (update_refs, subtract_refs, move_unreachable), untracking of atomic tuples and dicts,
// handle_weakrefs, finalize_garbage (PEP 442), the resurrection check, delete_garbage (tp_clear),
// gc.garbage with DEBUG_SAVEALL, and gc.callbacks. 3.14.0-3.14.4's incremental design is modelled
// as young collections plus increments that move survivors to the old space.
// The collector needs no roots: it reads refcounts and each type's traverse.

import type { PyObj } from '../objects/object';
import type { GcRow } from '../trace/schema';
import type { Runtime } from '../vm/runtime';
import { decref, incref } from './refcount';

export const DEBUG_SAVEALL = 32;

/** How many collected objects a traced pass lists by id (the rest are counted): enough for a lesson's objects. */
export const GC_TRACE_LISTED = 40;

/** What findUnreachable notes while tracing, for the pass's phase events (see schema.ts GcEvent). */
interface PassNotes {
  /** gc_refs after update_refs (the refcount copy). */
  copied: Map<PyObj, number>;
  /** gc_refs after subtract_refs. */
  subtracted: Map<PyObj, number>;
  /** Every internal reference subtract_refs visited: [from, to]. */
  edges: [PyObj, PyObj][];
  /** Objects whose gc_refs was 0 after subtract_refs but that move_unreachable reached from a reachable one. */
  rescued: Set<PyObj>;
}

/** _PyObject_GC_MAY_BE_TRACKED */
export function mayBeTracked(rt: Runtime, o: PyObj): boolean {
  if (!o.type.isGC) return false;
  if (o.type === rt.types.tuple) return o.tracked;
  return true;
}

export interface GcStats {
  collections: number;
  collected: number;
  uncollectable: number;
}

export class GcState {
  /** Generation lists in CPython order (insertion order = list order). Index 3 = permanent. */
  readonly gens: Set<PyObj>[] = [new Set(), new Set(), new Set(), new Set()];
  readonly count: [number, number, number] = [0, 0, 0];
  thresholds: [number, number, number];
  enabled = true;
  collecting = false;
  /** An automatic collection is due (run at the next instruction boundary). */
  pending = false;
  debug = 0;
  /**
   * Objects start-up froze that the simulator does not create (3.12.1: static types' tuples):
   * counted by gc.get_freeze_count() until unfreeze() moves them out.
   */
  startupFrozen: number;
  longLivedPending = 0;
  longLivedTotal = 0;
  /**
   * Traced runs only: the objects already tracked when the traced program tracked its first one
   * (the interpreter's start-up objects), so a traced pass can list the program's own objects first.
   */
  private startupTracked: WeakSet<PyObj> | null = null;
  readonly stats: GcStats[] = [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 }));
  /** gc.garbage and gc.callbacks (lists created with the gc module). */
  garbage: PyObj | null = null;
  callbacks: PyObj | null = null;

  constructor(private readonly rt: Runtime) {
    this.thresholds = [...rt.profile.gc.thresholds];
    this.startupFrozen = rt.profile.gc.initialFreezeCount;
  }

  /** A GC object was allocated (gc_alloc / _PyObject_GC_Link): count it and maybe schedule a collection. */
  onAlloc(fromFreeList: boolean): void {
    // <= 3.13: an object taken from a type's free list was never given back by PyObject_GC_Del,
    // so it is not counted again; 3.14 counts every GC allocation and every deallocation
    if (fromFreeList && this.rt.profile.gc.freeListsKeepGcCount) return;
    this.count[0]++;
    if (this.rt.options.stressGc) this.pending = true;
    else if (this.count[0] > this.thresholds[0] && this.thresholds[0] !== 0 && this.enabled && !this.collecting) this.pending = true;
  }

  /** A GC object's memory was released (PyObject_GC_Del); objects parked on a free list never get here. */
  onFree(toFreeList: boolean): void {
    if (toFreeList && this.rt.profile.gc.freeListsKeepGcCount) return;
    if (this.count[0] > 0) this.count[0]--;
  }

  track(o: PyObj): void {
    if (o.tracked) return;
    if (this.rt.tracing && !this.startupTracked) this.startupTracked = new WeakSet(this.gens.flatMap((g) => [...g]));
    o.tracked = true;
    o.gen = 0;
    this.gens[0].add(o);
  }

  untrack(o: PyObj): void {
    if (!o.tracked) return;
    this.gens[o.gen].delete(o);
    o.tracked = false;
  }

  /** Run a scheduled automatic collection (collect_generations). */
  runPending(): void {
    if (!this.pending) return;
    this.pending = false;
    if (this.collecting) return;
    if (!this.enabled && !this.rt.options.stressGc) return;
    if (this.rt.options.stressGc) {
      this.collectWithCallbacks(0, 'automatic');
      return;
    }
    if (this.rt.profile.gc.design === 'incremental') {
      this.collectWithCallbacks(1, 'automatic');
      return;
    }
    for (let i = 2; i >= 0; i--) {
      if (this.count[i] > this.thresholds[i]) {
        if (i === 2 && this.longLivedPending < this.longLivedTotal / 4) continue;
        this.collectWithCallbacks(i, 'automatic');
        break;
      }
    }
  }

  /** gc.collect(generation) and automatic collections: callbacks around one collection. Returns the unreachable count. */
  collectWithCallbacks(generation: number, reason: 'manual' | 'automatic'): number {
    if (this.collecting) return 0;
    // gcstate->collecting stays set while the callbacks run, so they cannot start a collection
    this.collecting = true;
    try {
      this.invokeCallbacks('start', generation, 0, 0);
      const [collected, uncollectable] = this.collect(generation, reason);
      this.invokeCallbacks('stop', generation, collected, uncollectable);
      return collected + uncollectable;
    } finally {
      this.collecting = false;
    }
  }

  private invokeCallbacks(phase: 'start' | 'stop', generation: number, collected: number, uncollectable: number): void {
    const rt = this.rt;
    const cbs = this.callbacks as unknown as { items: PyObj[] } | null;
    if (!cbs || cbs.items.length === 0) return;
    const info = rt.newDict();
    const put = (k: string, v: number) => {
      const key = rt.str(k);
      const val = rt.newInt(BigInt(v));
      rt.dictSet(info, key, val);
      decref(rt, key, 'temporary');
      decref(rt, val, 'temporary');
    };
    const keys = rt.profile.gc.callbackInfoKeys;
    const values: Record<string, number> = { generation, collected, uncollectable };
    for (const k of keys) put(k, values[k] ?? 0);
    const phaseObj = rt.str(phase);
    const list = [...cbs.items];
    for (const cb of list) incref(rt, cb, 'callback being called');
    try {
      for (const cb of list) {
        try {
          const r = rt.call(cb, [phaseObj, info], null);
          decref(rt, r, 'temporary');
        } catch (e) {
          rt.reportUnraisable(e, 'garbage collection callback');
        }
      }
    } finally {
      for (const cb of list) decref(rt, cb, 'callback being called');
      decref(rt, phaseObj, 'temporary');
      decref(rt, info, 'temporary');
    }
  }

  /** gc_collect_main: returns [collected, uncollectable]. */
  collect(generation: number, reason: 'manual' | 'automatic'): [number, number] {
    const rt = this.rt;
    {
      if (rt.tracing) rt.trace.event({ k: 'gc', phase: 'start', gen: generation });
      const incremental = rt.profile.gc.design === 'incremental';
      if (incremental && generation === 1) return this.increment(reason);
      if (generation + 1 < 3) this.count[generation + 1]++;
      for (let i = 0; i <= generation; i++) this.count[i] = 0;
      // merge younger generations into this one
      const young = this.gens[generation];
      for (let i = 0; i < generation; i++) {
        for (const o of this.gens[i]) {
          young.add(o);
          o.gen = generation;
        }
        this.gens[i].clear();
      }
      const oldIndex = generation < 2 ? generation + 1 : 2;
      const unreachable = this.findUnreachable(young, generation);
      // untrack atomic tuples (and dicts in full collections, <= 3.13)
      this.untrackAtomic(young, generation === 2);
      // survivors move to the next generation
      if (oldIndex !== generation) {
        if (generation === 1) this.longLivedPending += young.size;
        for (const o of young) {
          this.gens[oldIndex].add(o);
          o.gen = oldIndex;
        }
        young.clear();
      } else {
        this.longLivedPending = 0;
        this.longLivedTotal = young.size;
      }
      const [collected, uncollectable] = this.handleUnreachable(unreachable, oldIndex);
      const st = this.stats[generation];
      st.collections++;
      st.collected += collected;
      st.uncollectable += uncollectable;
      if (rt.tracing) rt.trace.event({ k: 'gc', phase: 'done', gen: generation, n: collected, ids: listedFreed(unreachable) });
      if (generation === 2 && rt.profile.gc.fullCollectionClearsFreeLists) rt.clearFreeLists();
      return [collected, uncollectable];
    }
  }

  /** 3.14.0-3.14.4 increment: young survivors join the old space; nothing new is examined. */
  private increment(_reason: string): [number, number] {
    this.count[0] = 0;
    const young = this.gens[0];
    const unreachable = this.findUnreachable(young, 1);
    // objects found unreachable in the young space stay pending in the old space until a full collection
    for (const o of unreachable) young.add(o);
    for (const o of young) {
      this.gens[2].add(o);
      o.gen = 2;
    }
    young.clear();
    this.stats[1].collections++;
    // every traced pass ends with 'done' (readers pair it with 'start')
    if (this.rt.tracing) this.rt.trace.event({ k: 'gc', phase: 'done', gen: 1, n: 0, ids: [] });
    return [0, 0];
  }

  /**
   * update_refs + subtract_refs + move_unreachable. Removes unreachable objects from `young`.
   * While tracing, notes gc_refs after each phase and emits the pass's copy/subtract/unreachable events.
   */
  private findUnreachable(young: Set<PyObj>, generation: number): PyObj[] {
    const refs = new Map<PyObj, number>();
    for (const o of young) refs.set(o, o.immortal ? 1 << 30 : o.ob.rc);
    const notes: PassNotes | null = this.rt.tracing ? { copied: new Map(refs), subtracted: refs /* copied after subtract_refs */, edges: [], rescued: new Set() } : null;
    for (const o of young) {
      o.type.slots.traverse?.(o, (c) => {
        const r = refs.get(c);
        if (r !== undefined && c.tracked) {
          refs.set(c, r - 1);
          if (notes) notes.edges.push([o, c]);
        }
      });
    }
    if (notes) notes.subtracted = new Map(refs);
    // move_unreachable, in CPython's list order: an object with gc_refs 0 moves to the tentatively
    // unreachable list; a reachable object's traverse moves such objects back to the end of the
    // young list (scanned again there). The survivors' new order matters to later collections.
    const scanList = [...young];
    const youngCount = scanList.length;
    const tentative = new Set<PyObj>();
    const survivors: PyObj[] = [];
    for (let i = 0; i < scanList.length; i++) {
      const o = scanList[i];
      if ((refs.get(o) ?? 0) === 0) {
        tentative.add(o);
        continue;
      }
      o.type.slots.traverse?.(o, (c) => {
        const r = refs.get(c);
        // an object already scanned has gc_refs > 0 and is not tentative: the second test skips it
        if (r === undefined || !c.tracked) return;
        if (tentative.has(c)) {
          tentative.delete(c);
          scanList.push(c);
        } else if (r !== 0) return;
        if (notes) notes.rescued.add(c);
        refs.set(c, 1);
      });
      survivors.push(o);
    }
    const unreachable = [...tentative];
    young.clear();
    for (const o of survivors) young.add(o);
    if (notes) this.tracePhases(generation, scanList.slice(0, youngCount), unreachable, notes);
    return unreachable;
  }

  /** The copy, subtract and unreachable events of a traced pass, from what findUnreachable noted. */
  private tracePhases(generation: number, order: PyObj[], unreachable: PyObj[], notes: PassNotes): void {
    const listed = listedObjects(order, unreachable, notes.subtracted, this.startupTracked);
    const row = (o: PyObj, m: Map<PyObj, number>): GcRow => [o.id, o.type.name, m.get(o) ?? 0];
    const edges: [number, number][] = [];
    let edgesMore = 0;
    for (const [from, to] of notes.edges) {
      if (listed.has(from) && listed.has(to)) edges.push([from.id, to.id]);
      else edgesMore++;
    }
    const inOrder = order.filter((o) => listed.has(o));
    const trace = this.rt.trace;
    trace.event({ k: 'gc', phase: 'copy', gen: generation, n: order.length, rows: inOrder.map((o) => row(o, notes.copied)), more: order.length - listed.size });
    trace.event({ k: 'gc', phase: 'subtract', gen: generation, rows: inOrder.map((o) => row(o, notes.subtracted)), edges, edgesMore });
    trace.event({
      k: 'gc',
      phase: 'unreachable',
      gen: generation,
      n: unreachable.length,
      ids: unreachable.filter((o) => listed.has(o)).map((o) => o.id),
      rescued: inOrder.filter((o) => notes.rescued.has(o)).map((o) => o.id),
    });
  }

  private untrackAtomic(set: Set<PyObj>, full: boolean): void {
    const rt = this.rt;
    if (!rt.profile.gc.collectionUntracksAtomicTuples && !rt.profile.gc.dictLazyUntrack) return;
    for (const o of [...set]) {
      if (o.type === rt.types.tuple && rt.profile.gc.collectionUntracksAtomicTuples) {
        if ((o as unknown as { items: PyObj[] }).items.every((i) => !mayBeTracked(rt, i))) {
          set.delete(o);
          o.tracked = false;
        }
      } else if (full && o.type === rt.types.dict && rt.profile.gc.dictLazyUntrack) {
        const entries = (o as unknown as { entries: ({ key: PyObj; value: PyObj } | null)[] }).entries;
        if (entries.every((e) => !e || (!mayBeTracked(rt, e.value) && !mayBeTracked(rt, e.key)))) {
          set.delete(o);
          o.tracked = false;
        }
      }
    }
  }

  /** handle_weakrefs, finalize_garbage, check for resurrection, delete_garbage. */
  private handleUnreachable(unreachable: PyObj[], oldIndex: number): [number, number] {
    const rt = this.rt;
    if (unreachable.length === 0) return [0, 0];
    const inSet = new Set(unreachable);
    for (const o of unreachable) {
      o.tracked = true;
      o.gen = -1;
    }
    // 1. weakrefs: clear every weakref to garbage; callbacks only for weakrefs that are not garbage
    if (rt.tracing) rt.trace.event({ k: 'gc', phase: 'weakrefs', n: unreachable.reduce((sum, o) => sum + (o.weakrefs?.length ?? 0), 0) });
    const callbacks: { w: PyObj; cb: PyObj | null; native: ((rt: Runtime) => void) | null }[] = [];
    for (const o of unreachable) {
      if (!o.weakrefs) continue;
      for (const w of [...o.weakrefs]) {
        const wr = w as unknown as { referent: PyObj | null; callback: PyObj | null; onClear: ((rt: Runtime) => void) | null };
        const cb = wr.callback;
        const native = wr.onClear;
        wr.referent = null;
        if (inSet.has(w)) continue; // its callback is skipped; the weakref dies with the garbage
        wr.callback = null;
        wr.onClear = null;
        if (cb || native) {
          incref(rt, w, 'weakref passed to callback');
          callbacks.push({ w, cb, native });
        }
      }
      o.weakrefs = null;
    }
    let freedWeakrefs = 0;
    for (const c of callbacks) {
      rt.runWeakrefCallback(c.w, c.cb, c.native);
      decref(rt, c.w, 'weakref passed to callback');
      if (c.w.ob.freed) freedWeakrefs++;
    }
    // 2. finalizers (PEP 442), once per object
    if (rt.tracing) rt.trace.event({ k: 'gc', phase: 'finalize' });
    for (const o of unreachable) {
      if (o.finalized || o.ob.freed) continue;
      if (!rt.hasFinalizer(o)) continue;
      o.finalized = true;
      incref(rt, o, 'finalizer running');
      rt.runFinalizer(o);
      decref(rt, o, 'finalizer running');
    }
    // 3. handle_resurrected_objects: whatever is referenced from outside the set again survives,
    //    with everything it reaches; the rest is final garbage
    const left = unreachable.filter((o) => !o.ob.freed);
    const refs = new Map<PyObj, number>();
    for (const o of left) refs.set(o, o.ob.rc);
    for (const o of left) {
      o.type.slots.traverse?.(o, (c) => {
        const r = refs.get(c);
        if (r !== undefined) refs.set(c, r - 1);
      });
    }
    const alive = new Set<PyObj>();
    const stack = left.filter((o) => (refs.get(o) ?? 0) > 0);
    while (stack.length) {
      const o = stack.pop()!;
      if (alive.has(o)) continue;
      alive.add(o);
      o.type.slots.traverse?.(o, (c) => { if (refs.has(c) && !alive.has(c)) stack.push(c); });
    }
    if (alive.size && rt.tracing) rt.trace.event({ k: 'gc', phase: 'resurrected', n: alive.size });
    for (const o of left) if (alive.has(o)) this.reTrack(o, oldIndex);
    const remaining = left.filter((o) => !alive.has(o));
    const n = remaining.length + freedWeakrefs;
    // 4. delete_garbage: DEBUG_SAVEALL keeps everything in gc.garbage, else tp_clear breaks the cycles
    if (rt.tracing) rt.trace.event({ k: 'gc', phase: 'clear' });
    for (const o of remaining) {
      if (o.ob.freed) continue;
      if (this.debug & DEBUG_SAVEALL) {
        this.reTrack(o, oldIndex);
        rt.appendGarbage(o);
        continue;
      }
      const clear = o.type.slots.clear;
      if (clear) {
        incref(rt, o, 'being cleared');
        rt.gcClearing.add(o);
        clear(rt, o);
        rt.gcClearing.delete(o);
        decref(rt, o, 'being cleared');
      }
      if (!o.ob.freed && o.gen === -1) this.reTrack(o, oldIndex);
    }
    return [n, 0];
  }

  private reTrack(o: PyObj, gen: number): void {
    if (o.ob.freed) return;
    o.gen = gen;
    o.tracked = true;
    this.gens[gen].add(o);
  }

  /** Remove an object from whatever list it is in (deallocation). */
  forget(o: PyObj): void {
    if (o.tracked && o.gen >= 0) this.gens[o.gen].delete(o);
    o.tracked = false;
  }

  freeze(): void {
    for (let i = 0; i < 3; i++) {
      for (const o of this.gens[i]) {
        this.gens[3].add(o);
        o.gen = 3;
      }
      this.gens[i].clear();
    }
    this.count[0] = 0;
    if (this.rt.tracing) this.rt.trace.generationsMoved();
  }

  unfreeze(): void {
    this.startupFrozen = 0;
    for (const o of this.gens[3]) {
      this.gens[2].add(o);
      o.gen = 2;
    }
    this.gens[3].clear();
    if (this.rt.tracing) this.rt.trace.generationsMoved();
  }
}

/**
 * The collected objects a traced pass lists, up to GC_TRACE_LISTED: every unreachable one first
 * (they are the lesson), then the program's own objects, then those still referenced from outside
 * after subtracting (the roots marking starts from), then the rest; each group from the end of the
 * generation list.
 */
function listedObjects(order: PyObj[], unreachable: PyObj[], subtracted: Map<PyObj, number>, startup: WeakSet<PyObj> | null): Set<PyObj> {
  const listed = new Set<PyObj>(unreachable.slice(0, GC_TRACE_LISTED));
  const add = (wanted: (o: PyObj) => boolean) => {
    for (let i = order.length - 1; i >= 0 && listed.size < GC_TRACE_LISTED; i--) if (wanted(order[i])) listed.add(order[i]);
  };
  if (startup) add((o) => !startup.has(o));
  add((o) => (subtracted.get(o) ?? 0) > 0);
  add(() => true);
  return listed;
}

/** The ids of the listed unreachable objects (the first GC_TRACE_LISTED) that the pass freed. */
function listedFreed(unreachable: PyObj[]): number[] {
  return unreachable.slice(0, GC_TRACE_LISTED).filter((o) => o.ob.freed).map((o) => o.id);
}
