// Weak references. Mirrors Objects/weakrefobject.c (the per-object list with callback-less basic
// refs first and newer callback refs right after them, reuse of the basic ref, PyObject_ClearWeakRefs
// calling callbacks in list order), and Lib/weakref.py's finalize, WeakValueDictionary and
// WeakKeyDictionary (implemented natively here with the same reference structure).

import type { PyObj, PyType, Visit } from './object';
import type { Runtime } from '../vm/runtime';
import { defineType } from './types';
import { decref, incref, xdecref } from '../heap/refcount';
import { raise, raiseKeyError, PyException } from './exception';
import { callObject, hashOf, reprOf, richCompareBool, iterate } from './protocol';
import { newInt, newBool } from './int';
import { newTuple } from './tuple';
import { newList } from './list';
import { lookupKey } from './dict';

export interface WeakrefObj extends PyObj {
  referent: PyObj | null;
  callback: PyObj | null;
  /** Native callback (WeakValueDictionary/WeakKeyDictionary bookkeeping). */
  onClear: ((rt: Runtime) => void) | null;
  hashCache: bigint | null;
}

function weakrefBytes(rt: Runtime): number {
  const p = rt.profile.platformModel.pointerBytes;
  return rt.profile.platformModel.gcHeadBytes + p * 8;
}

export function canWeakref(rt: Runtime, o: PyObj): boolean {
  return o.type.weakrefable;
}

/** weakref.ref(obj, callback): new reference (the basic ref is shared when there is no callback). */
export function newWeakref(rt: Runtime, obj: PyObj, callback: PyObj | null, onClear: ((rt: Runtime) => void) | null = null, type?: PyType): WeakrefObj {
  if (!canWeakref(rt, obj)) raise(rt, 'TypeError', `cannot create weak reference to '${obj.type.name}' object`);
  const list = obj.weakrefs ?? (obj.weakrefs = []);
  const t = type ?? rt.types.weakref;
  if (callback === null && onClear === null && t === rt.types.weakref) {
    const basic = list[0] as WeakrefObj | undefined;
    if (basic && basic.callback === null && basic.onClear === null && basic.type === rt.types.weakref) {
      incref(rt, basic, 'new reference');
      return basic;
    }
  }
  if (callback) incref(rt, callback, 'weakref callback');
  const w = rt.alloc<WeakrefObj>(t, { referent: obj, callback, onClear, hashCache: null }, weakrefBytes(rt));
  rt.gc.track(w);
  if (callback === null && onClear === null) list.unshift(w);
  else {
    let i = 0;
    while (i < list.length && (list[i] as WeakrefObj).callback === null && (list[i] as WeakrefObj).onClear === null) i++;
    list.splice(i, 0, w);
  }
  return w;
}

function unlink(w: WeakrefObj): void {
  const r = w.referent;
  if (!r || !r.weakrefs) return;
  const i = r.weakrefs.indexOf(w);
  if (i >= 0) r.weakrefs.splice(i, 1);
  w.referent = null;
}

/**
 * PyObject_ClearWeakRefs: clear every weak reference to `o` and run the callbacks in list order.
 * Exceptions raised by callbacks are reported and ignored, as CPython does.
 */
export function clearWeakrefs(rt: Runtime, o: PyObj): void {
  const list = o.weakrefs;
  if (!list || list.length === 0) return;
  const pending: { w: WeakrefObj; cb: PyObj | null; native: ((rt: Runtime) => void) | null }[] = [];
  for (const w of [...list] as WeakrefObj[]) {
    const cb = w.callback;
    const native = w.onClear;
    w.callback = null;
    w.onClear = null;
    unlink(w);
    if (cb || native) {
      if (w.ob.rc > 0) {
        incref(rt, w, 'weakref passed to callback');
        pending.push({ w, cb, native });
      } else xdecref(rt, cb, 'weakref callback');
    }
  }
  o.weakrefs = null;
  for (const p of pending) {
    runCallback(rt, p.w, p.cb, p.native);
    decref(rt, p.w, 'weakref passed to callback');
  }
}

/** Clear without calling callbacks (the GC uses this for weakrefs that are themselves garbage). */
export function clearWeakrefNoCallback(rt: Runtime, w: WeakrefObj): void {
  unlink(w);
  const cb = w.callback;
  w.callback = null;
  w.onClear = null;
  xdecref(rt, cb, 'weakref callback');
}

export function runCallback(rt: Runtime, w: WeakrefObj, cb: PyObj | null, native: ((rt: Runtime) => void) | null): void {
  if (rt.tracing) rt.trace.event({ k: 'weakref-callback', id: w.id });
  if (native) native(rt);
  if (cb) {
    try {
      const r = callObject(rt, cb, [w], null);
      decref(rt, r, 'temporary');
    } catch (e) {
      if (e instanceof PyException) rt.unraisable(e, 'weakref callback');
      else throw e;
    } finally {
      decref(rt, cb, 'weakref callback');
    }
  }
}

function weakrefTraverse(o: PyObj, visit: Visit): void {
  const w = o as WeakrefObj;
  if (w.callback) visit(w.callback, 'callback');
}

function weakrefDealloc(rt: Runtime, o: PyObj): void {
  const w = o as WeakrefObj;
  unlink(w);
  const cb = w.callback;
  w.callback = null;
  w.onClear = null;
  xdecref(rt, cb, 'weakref callback');
}

defineType({
  key: 'weakref', name: 'ReferenceType', module: 'weakref', isGC: true,
  slots: {
    traverse: weakrefTraverse,
    clear: weakrefDealloc,
    dealloc: weakrefDealloc,
    call(rt, o) {
      const r = (o as WeakrefObj).referent ?? rt.None;
      incref(rt, r, 'result');
      return r;
    },
    repr(rt, o) {
      const w = o as WeakrefObj;
      const hex = (n: number) => '0x' + n.toString(16);
      if (!w.referent) return `<weakref at ${hex(o.id)}; dead>`;
      return `<weakref at ${hex(o.id)}; to '${w.referent.type.module === 'builtins' ? '' : w.referent.type.module + '.'}${w.referent.type.qualname}' at ${hex(w.referent.id)}>`;
    },
    hash(rt, o) {
      const w = o as WeakrefObj;
      if (w.hashCache !== null) return w.hashCache;
      if (!w.referent) raise(rt, 'TypeError', 'weak object has gone away');
      w.hashCache = hashOf(rt, w.referent);
      return w.hashCache;
    },
    richcompare(rt, a, b, op) {
      if ((op !== 'eq' && op !== 'ne') || b.type !== a.type) return null;
      const x = a as WeakrefObj, y = b as WeakrefObj;
      let eq: boolean;
      if (x.referent && y.referent) eq = richCompareBool(rt, x.referent, y.referent, 'eq');
      else eq = a === b;
      return newBool(rt, op === 'eq' ? eq : !eq);
    },
    new(rt, type, args) {
      if (args.length < 1) raise(rt, 'TypeError', '__new__ expected at least 1 argument, got 0');
      const cb = args[1] && args[1] !== rt.None ? args[1] : null;
      return newWeakref(rt, args[0], cb, null, type);
    },
    getattr(rt, o, name) {
      if (name === '__callback__') {
        const c = (o as WeakrefObj).callback ?? rt.None;
        incref(rt, c, 'attribute value');
        return c;
      }
      return null;
    },
  },
});

export function getWeakrefCount(o: PyObj): number {
  return o.weakrefs ? o.weakrefs.length : 0;
}

// ---- finalize ------------------------------------------------------------------------------------

export interface FinalizeObj extends PyObj {
  wr: WeakrefObj | null;
  func: PyObj | null;
  args: PyObj | null;
  kwargs: Map<string, PyObj> | null;
  atexit: boolean;
  index: number;
}

function finalizeDetach(rt: Runtime, f: FinalizeObj): { func: PyObj; args: PyObj; kwargs: Map<string, PyObj> | null } | null {
  if (!f.wr || !f.func) return null;
  const wr = f.wr, func = f.func, args = f.args!, kwargs = f.kwargs;
  f.wr = null;
  f.func = null;
  f.args = null;
  f.kwargs = null;
  rt.finalizeRegistry.delete(f);
  clearWeakrefNoCallback(rt, wr);
  decref(rt, wr, 'finalize weakref');
  return { func, args, kwargs };
}

/** Call a finalizer once (explicitly, at the referent's death, or at exit). Returns a new reference. */
export function callFinalize(rt: Runtime, f: FinalizeObj): PyObj {
  const info = finalizeDetach(rt, f);
  if (!info) return (incref(rt, rt.None, 'result'), rt.None);
  try {
    // finalize.__call__ after finalize._exitfunc ran at interpreter shutdown: detach, call nothing
    if (rt.finalizeShutdown) return (incref(rt, rt.None, 'result'), rt.None);
    return callObject(rt, info.func, (info.args as unknown as { items: PyObj[] }).items, info.kwargs);
  } finally {
    decref(rt, info.func, 'finalize func');
    decref(rt, info.args, 'finalize args');
    if (info.kwargs) for (const v of info.kwargs.values()) decref(rt, v, 'finalize kwargs');
    // the registry's reference
    decref(rt, f, 'finalize registry');
  }
}

defineType({
  key: 'weakref_finalize', name: 'finalize', module: 'weakref', isGC: true, weakrefable: true,
  slots: {
    traverse(o, visit) {
      const f = o as FinalizeObj;
      if (f.wr) visit(f.wr, 'weakref');
      if (f.func) visit(f.func, 'func');
      if (f.args) visit(f.args, 'args');
      if (f.kwargs) for (const v of f.kwargs.values()) visit(v, 'kwargs');
    },
    dealloc(rt, o) {
      const f = o as FinalizeObj;
      const wr = f.wr, func = f.func, args = f.args, kw = f.kwargs;
      f.wr = f.func = f.args = null;
      f.kwargs = null;
      if (wr) { clearWeakrefNoCallback(rt, wr); decref(rt, wr, 'finalize weakref'); }
      xdecref(rt, func, 'finalize func');
      xdecref(rt, args, 'finalize args');
      if (kw) for (const v of kw.values()) decref(rt, v, 'finalize kwargs');
    },
    call: (rt, o) => callFinalize(rt, o as FinalizeObj),
    new(rt, type, args, kwargs) {
      if (args.length < 2) raise(rt, 'TypeError', 'finalize expected at least 2 positional arguments');
      const [obj, func, ...rest] = args;
      incref(rt, func, 'finalize func');
      const tuple = newTuple(rt, rest.map((a) => (incref(rt, a, 'tuple item'), a)));
      let kw: Map<string, PyObj> | null = null;
      if (kwargs && kwargs.size) {
        kw = new Map(kwargs);
        for (const v of kw.values()) incref(rt, v, 'finalize kwargs');
      }
      const f = rt.alloc<FinalizeObj>(type, { wr: null, func, args: tuple, kwargs: kw, atexit: true, index: rt.finalizeCounter++ }, rt.profile.platformModel.gcHeadBytes + rt.profile.platformModel.pointerBytes * 4);
      rt.gc.track(f);
      try {
        f.wr = newWeakref(rt, obj, f);
      } catch (e) {
        decref(rt, f, 'temporary');
        throw e;
      }
      // finalize._registry keeps the finalizer alive until it runs
      incref(rt, f, 'finalize registry');
      rt.finalizeRegistry.add(f);
      return f;
    },
    getattr(rt, o, name) {
      const f = o as FinalizeObj;
      if (name === 'alive') return newBool(rt, f.wr !== null);
      if (name === 'atexit') return newBool(rt, f.atexit);
      return null;
    },
    setattr(rt, o, name, value) {
      if (name === 'atexit' && value) {
        (o as FinalizeObj).atexit = value === rt.True;
        return true;
      }
      return false;
    },
    repr: (rt, o) => `<finalize object at 0x${o.id.toString(16)}; ${(o as FinalizeObj).wr ? 'for ' + "'" + ((o as FinalizeObj).wr!.referent?.type.name ?? '?') + "'" : 'dead'}>`,
  },
  methods: {
    detach(rt, _a, _k, self) {
      const info = finalizeDetach(rt, self as FinalizeObj);
      if (!info) return (incref(rt, rt.None, 'result'), rt.None);
      decref(rt, self!, 'finalize registry');
      return newTuple(rt, [info.func, info.args, rt.newDict()]);
    },
    peek(rt, _a, _k, self) {
      const f = self as FinalizeObj;
      if (!f.wr || !f.wr.referent) return (incref(rt, rt.None, 'result'), rt.None);
      const items = [f.wr.referent, f.func!, f.args!];
      for (const i of items) incref(rt, i, 'tuple item');
      return newTuple(rt, [...items, rt.newDict()]);
    },
  },
});

// ---- WeakValueDictionary / WeakKeyDictionary ----------------------------------------------------

interface WeakEntry {
  key: PyObj;
  /** strong value (WeakKeyDictionary) */
  value: PyObj | null;
  /** weak reference to the value (WVD) or to the key (WKD) */
  ref: WeakrefObj;
}

export interface WeakDictObj extends PyObj {
  entries: Map<string, WeakEntry>;
  weakKeys: boolean;
}

function wdLookup(rt: Runtime, d: WeakDictObj, key: PyObj): [string, WeakEntry | undefined] {
  const h = hashOf(rt, key);
  const lk = lookupKey(rt, key, h);
  if (lk[0] !== 'h') return [lk, d.entries.get(lk)];
  for (const [k, e] of d.entries) {
    if (k !== lk) continue;
    const other = d.weakKeys ? e.ref.referent : e.key;
    if (other && (other === key || richCompareBool(rt, other, key, 'eq'))) return [k, e];
  }
  return [lk, undefined];
}

function wdDelete(rt: Runtime, d: WeakDictObj, lk: string): void {
  const e = d.entries.get(lk);
  if (!e) return;
  d.entries.delete(lk);
  decref(rt, e.ref, 'weak dict entry');
  if (!d.weakKeys) decref(rt, e.key, 'weak dict key');
  else if (e.value) decref(rt, e.value, 'weak dict value');
  if (rt.tracing) rt.trace.touch(d);
}

function wdSet(rt: Runtime, d: WeakDictObj, key: PyObj, value: PyObj): void {
  const [lk, old] = wdLookup(rt, d, key);
  if (old) wdDelete(rt, d, lk);
  const target = d.weakKeys ? key : value;
  const ref = newWeakref(rt, target, null, () => {
    const cur = d.entries.get(lk);
    if (cur && cur.ref === ref && !d.ob.freed) wdDelete(rt, d, lk);
  });
  if (!d.weakKeys) incref(rt, key, 'weak dict key');
  else incref(rt, value, 'weak dict value');
  d.entries.set(lk, { key: d.weakKeys ? ref : key, value: d.weakKeys ? value : null, ref });
  if (rt.tracing) rt.trace.touch(d);
}

function wdGet(rt: Runtime, d: WeakDictObj, key: PyObj): PyObj | null {
  const [, e] = wdLookup(rt, d, key);
  if (!e) return null;
  if (d.weakKeys) return e.value;
  return e.ref.referent;
}

function liveEntries(d: WeakDictObj): WeakEntry[] {
  return [...d.entries.values()].filter((e) => e.ref.referent !== null);
}

function weakDictSlots(weakKeys: boolean) {
  return {
    traverse(o: PyObj, visit: Visit) {
      for (const e of (o as WeakDictObj).entries.values()) {
        visit(e.ref, 'weakref');
        if (!weakKeys) visit(e.key, 'key');
        else if (e.value) visit(e.value, 'value');
      }
    },
    dealloc(rt: Runtime, o: PyObj) {
      const d = o as WeakDictObj;
      for (const lk of [...d.entries.keys()]) wdDelete(rt, d, lk);
    },
    clear(rt: Runtime, o: PyObj) {
      const d = o as WeakDictObj;
      for (const lk of [...d.entries.keys()]) wdDelete(rt, d, lk);
    },
    len: (_rt: Runtime, o: PyObj) => liveEntries(o as WeakDictObj).length,
    contains: (rt: Runtime, o: PyObj, key: PyObj) => {
      try {
        return wdGet(rt, o as WeakDictObj, key) !== null;
      } catch (e) {
        if (weakKeys && e instanceof PyException && e.exc.type === rt.types.TypeError) {
          decref(rt, e.exc, 'exception handled');
          return false;
        }
        throw e;
      }
    },
    getitem(rt: Runtime, o: PyObj, key: PyObj) {
      const v = wdGet(rt, o as WeakDictObj, key);
      if (!v) raiseKeyError(rt, key);
      incref(rt, v, 'result');
      return v;
    },
    setitem: (rt: Runtime, o: PyObj, key: PyObj, value: PyObj) => wdSet(rt, o as WeakDictObj, key, value),
    delitem(rt: Runtime, o: PyObj, key: PyObj) {
      const [lk, e] = wdLookup(rt, o as WeakDictObj, key);
      if (!e) raiseKeyError(rt, key);
      wdDelete(rt, o as WeakDictObj, lk);
    },
    iter(rt: Runtime, o: PyObj) {
      const keys = liveEntries(o as WeakDictObj).map((e) => (weakKeys ? e.ref.referent! : e.key));
      for (const k of keys) incref(rt, k, 'list item');
      const l = newList(rt, keys);
      const it = rt.getIter(l);
      decref(rt, l, 'temporary');
      return it;
    },
    repr: (_rt: Runtime, o: PyObj) => `<${weakKeys ? 'WeakKeyDictionary' : 'WeakValueDictionary'} at 0x${o.id.toString(16)}>`,
    new(rt: Runtime, type: PyType, args: PyObj[]) {
      const d = rt.alloc<WeakDictObj>(type, { entries: new Map(), weakKeys }, rt.profile.platformModel.gcHeadBytes + rt.profile.platformModel.pointerBytes * 6);
      rt.gc.track(d);
      if (args.length > 0) {
        iterate(rt, rt.callMethod(args[0], 'items', []), (pair) => {
          const items = (pair as unknown as { items: PyObj[] }).items;
          wdSet(rt, d, items[0], items[1]);
        });
      }
      return d;
    },
  };
}

function pairsOf(rt: Runtime, d: WeakDictObj, kind: 'keys' | 'values' | 'items'): PyObj {
  const out: PyObj[] = [];
  for (const e of liveEntries(d)) {
    const k = d.weakKeys ? e.ref.referent! : e.key;
    const v = d.weakKeys ? e.value! : e.ref.referent!;
    if (kind === 'keys') out.push((incref(rt, k, 'list item'), k));
    else if (kind === 'values') out.push((incref(rt, v, 'list item'), v));
    else { incref(rt, k, 'tuple item'); incref(rt, v, 'tuple item'); out.push(newTuple(rt, [k, v])); }
  }
  return newList(rt, out);
}

function weakDictMethods() {
  return {
    get(rt: Runtime, args: PyObj[], _k: unknown, self: PyObj | null) {
      const v = wdGet(rt, self as WeakDictObj, args[0]) ?? args[1] ?? rt.None;
      incref(rt, v, 'result');
      return v;
    },
    keys: (rt: Runtime, _a: PyObj[], _k: unknown, self: PyObj | null) => pairsOf(rt, self as WeakDictObj, 'keys'),
    values: (rt: Runtime, _a: PyObj[], _k: unknown, self: PyObj | null) => pairsOf(rt, self as WeakDictObj, 'values'),
    items: (rt: Runtime, _a: PyObj[], _k: unknown, self: PyObj | null) => pairsOf(rt, self as WeakDictObj, 'items'),
    pop(rt: Runtime, args: PyObj[], _k: unknown, self: PyObj | null) {
      const d = self as WeakDictObj;
      const [lk, e] = wdLookup(rt, d, args[0]);
      const v = e ? (d.weakKeys ? e.value : e.ref.referent) : null;
      if (!v) {
        if (args.length > 1) return (incref(rt, args[1], 'result'), args[1]);
        raiseKeyError(rt, args[0]);
      }
      incref(rt, v, 'result');
      wdDelete(rt, d, lk);
      return v;
    },
    setdefault(rt: Runtime, args: PyObj[], _k: unknown, self: PyObj | null) {
      const d = self as WeakDictObj;
      const v = wdGet(rt, d, args[0]);
      if (v) return (incref(rt, v, 'result'), v);
      const dflt = args[1] ?? rt.None;
      wdSet(rt, d, args[0], dflt);
      return (incref(rt, dflt, 'result'), dflt);
    },
    update(rt: Runtime, args: PyObj[], _k: unknown, self: PyObj | null) {
      if (args[0]) iterate(rt, rt.callMethod(args[0], 'items', []), (pair) => {
        const items = (pair as unknown as { items: PyObj[] }).items;
        wdSet(rt, self as WeakDictObj, items[0], items[1]);
      });
      return (incref(rt, rt.None, 'result'), rt.None);
    },
    clear(rt: Runtime, _a: PyObj[], _k: unknown, self: PyObj | null) {
      const d = self as WeakDictObj;
      for (const lk of [...d.entries.keys()]) wdDelete(rt, d, lk);
      return (incref(rt, rt.None, 'result'), rt.None);
    },
    __len__: (rt: Runtime, _a: PyObj[], _k: unknown, self: PyObj | null) => newInt(rt, liveEntries(self as WeakDictObj).length),
  };
}

defineType({ key: 'WeakValueDictionary', name: 'WeakValueDictionary', module: 'weakref', isGC: true, weakrefable: true, slots: weakDictSlots(false), methods: weakDictMethods() });
defineType({ key: 'WeakKeyDictionary', name: 'WeakKeyDictionary', module: 'weakref', isGC: true, weakrefable: true, slots: weakDictSlots(true), methods: weakDictMethods() });

export { reprOf };
