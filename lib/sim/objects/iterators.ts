// Iterator objects. Mirrors Objects/iterobject.c, listobject.c (listiter, listreviter),
// tupleobject.c (tupleiter), dictobject.c (dictiter), setobject.c (setiter), enumobject.c
// (enumerate, reversed), Python/bltinmodule.c (zip, map, filter).
// Each holds a strong reference to what it iterates and releases it when exhausted (like CPython).

import type { PyObj, PyType, Visit } from './object';
import type { Runtime } from '../vm/runtime';
import { defineType } from './types';
import { decref, incref, xdecref } from '../heap/refcount';
import { raise } from './exception';
import { newInt, isInt, type IntObj } from './int';
import { newTuple } from './tuple';
import { newStr, codePoints } from './str';
import { callObject, getIter, iterNext, isTrue, lengthOf, lookupType } from './protocol';
import type { DictObj } from './dict';
import type { SetObj } from './set';

export interface SeqIterObj extends PyObj {
  seq: PyObj | null;
  index: number;
  /** dict/set iterators: size at creation, to detect mutation. */
  expectLen: number;
  /** str iterators: code points. */
  cps: string[] | null;
}

function iterBytes(rt: Runtime): number {
  return rt.profile.platformModel.gcHeadBytes + rt.profile.platformModel.pointerBytes * 4;
}

export function newSeqIter(rt: Runtime, type: PyType, seq: PyObj, index = 0): SeqIterObj {
  incref(rt, seq, 'iterated object');
  const it = rt.alloc<SeqIterObj>(type, { seq, index, expectLen: -1, cps: null }, iterBytes(rt));
  if (type === rt.types.set_iterator) it.expectLen = (seq as SetObj).used;
  if (type === rt.types.str_iterator) it.cps = codePoints((seq as unknown as { value: string }).value);
  rt.gc.track(it);
  return it;
}

export function newDictIter(rt: Runtime, type: PyType, d: DictObj): SeqIterObj {
  const it = newSeqIter(rt, type, d);
  it.expectLen = d.used;
  return it;
}

function exhaust(rt: Runtime, it: SeqIterObj): null {
  const s = it.seq;
  it.seq = null;
  xdecref(rt, s, 'iterated object');
  return null;
}

function seqIterTraverse(o: PyObj, visit: Visit): void {
  const s = (o as SeqIterObj).seq;
  if (s) visit(s, 'iterated object');
}

function seqIterDealloc(rt: Runtime, o: PyObj): void {
  const it = o as SeqIterObj;
  const s = it.seq;
  it.seq = null;
  xdecref(rt, s, 'iterated object');
}

function selfIter(rt: Runtime, o: PyObj): PyObj {
  incref(rt, o, 'iterator');
  return o;
}

function defineIter(key: import('./types').TypeSpec['key'], name: string, next: (rt: Runtime, it: SeqIterObj) => PyObj | null): void {
  defineType({
    key, name, isGC: true, baseType: false,
    slots: { traverse: seqIterTraverse, dealloc: seqIterDealloc, clear: seqIterDealloc, iter: selfIter, next: (rt, o) => next(rt, o as SeqIterObj) },
  });
}

defineIter('list_iterator', 'list_iterator', (rt, it) => {
  const l = it.seq as { items: PyObj[] } | null;
  if (!l) return null;
  if (it.index < l.items.length) {
    const v = l.items[it.index++];
    incref(rt, v, 'next item');
    return v;
  }
  return exhaust(rt, it);
});

defineIter('list_reverseiterator', 'list_reverseiterator', (rt, it) => {
  const l = it.seq as { items: PyObj[] } | null;
  if (!l) return null;
  if (it.index >= 0 && it.index < l.items.length) {
    const v = l.items[it.index--];
    incref(rt, v, 'next item');
    return v;
  }
  return exhaust(rt, it);
});

defineIter('tuple_iterator', 'tuple_iterator', (rt, it) => {
  const t = it.seq as { items: PyObj[] } | null;
  if (!t) return null;
  if (it.index < t.items.length) {
    const v = t.items[it.index++];
    incref(rt, v, 'next item');
    return v;
  }
  return exhaust(rt, it);
});

defineIter('str_iterator', 'str_ascii_iterator', (rt, it) => {
  if (!it.seq || !it.cps) return null;
  if (it.index < it.cps.length) return newStr(rt, it.cps[it.index++]);
  return exhaust(rt, it);
});

defineIter('bytes_iterator', 'bytes_iterator', (rt, it) => {
  const b = it.seq as { value: Uint8Array } | null;
  if (!b) return null;
  if (it.index < b.value.length) return newInt(rt, b.value[it.index++]);
  return exhaust(rt, it);
});

function dictNext(rt: Runtime, it: SeqIterObj, kind: 'k' | 'v' | 'i'): PyObj | null {
  const d = it.seq as DictObj | null;
  if (!d) return null;
  if (d.used !== it.expectLen) {
    it.expectLen = -1;
    raise(rt, 'RuntimeError', 'dictionary changed size during iteration');
  }
  while (it.index < d.entries.length) {
    const e = d.entries[it.index++];
    if (!e) continue;
    if (kind === 'k') return (incref(rt, e.key, 'next item'), e.key);
    if (kind === 'v') return (incref(rt, e.value, 'next item'), e.value);
    incref(rt, e.key, 'tuple item');
    incref(rt, e.value, 'tuple item');
    return newTuple(rt, [e.key, e.value]);
  }
  return exhaust(rt, it);
}

defineIter('dict_keyiterator', 'dict_keyiterator', (rt, it) => dictNext(rt, it, 'k'));
defineIter('dict_valueiterator', 'dict_valueiterator', (rt, it) => dictNext(rt, it, 'v'));
defineIter('dict_itemiterator', 'dict_itemiterator', (rt, it) => dictNext(rt, it, 'i'));

defineIter('set_iterator', 'set_iterator', (rt, it) => {
  const s = it.seq as SetObj | null;
  if (!s) return null;
  if (s.used !== it.expectLen) {
    it.expectLen = -1;
    raise(rt, 'RuntimeError', 'Set changed size during iteration');
  }
  while (it.index <= s.mask) {
    const e = s.table[it.index++] as { key?: PyObj } | null;
    if (e && e.key) return (incref(rt, e.key, 'next item'), e.key);
  }
  return exhaust(rt, it);
});

// ---- enumerate, zip, reversed, map, filter --------------------------------------------------

export interface ComboIterObj extends PyObj {
  iters: PyObj[];
  func: PyObj | null;
  count: bigint;
  done: boolean;
}

function comboTraverse(o: PyObj, visit: Visit): void {
  const c = o as ComboIterObj;
  if (c.func) visit(c.func, 'function');
  c.iters.forEach((i, k) => visit(i, visit.named ? `iterator ${k}` : 'iterator'));
}

function comboDealloc(rt: Runtime, o: PyObj): void {
  const c = o as ComboIterObj;
  const its = c.iters;
  const f = c.func;
  c.iters = [];
  c.func = null;
  for (const i of its) decref(rt, i, 'iterator');
  xdecref(rt, f, 'function');
}

export function newComboIter(rt: Runtime, type: PyType, iters: PyObj[], func: PyObj | null, start = 0n): ComboIterObj {
  // takes over the references in iters; increfs func
  if (func) incref(rt, func, 'function');
  const p = rt.profile.platformModel.pointerBytes;
  const c = rt.alloc<ComboIterObj>(type, { iters, func, count: start, done: false }, rt.profile.platformModel.gcHeadBytes + p * 5);
  rt.gc.track(c);
  return c;
}

function comboIter(key: import('./types').TypeSpec['key'], name: string, next: (rt: Runtime, c: ComboIterObj) => PyObj | null,
  make: (rt: Runtime, type: PyType, args: PyObj[], kw: Map<string, PyObj> | null) => PyObj): void {
  defineType({
    key, name, isGC: true,
    slots: { traverse: comboTraverse, dealloc: comboDealloc, clear: comboDealloc, iter: selfIter, next: (rt, o) => next(rt, o as ComboIterObj), new: make },
  });
}

comboIter('enumerate', 'enumerate', (rt, c) => {
  if (c.done) return null;
  const v = iterNext(rt, c.iters[0]);
  if (!v) { c.done = true; return null; }
  const i = newInt(rt, c.count++);
  return newTuple(rt, [i, v]);
}, (rt, type, args, kw) => {
  const start = args[1] ?? kw?.get('start');
  const it = getIter(rt, args[0]);
  return newComboIter(rt, type, [it], null, start && isInt(rt, start) ? (start as IntObj).value : 0n);
});

comboIter('zip', 'zip', (rt, c) => {
  if (c.done || c.iters.length === 0) return null;
  const items: PyObj[] = [];
  for (const it of c.iters) {
    const v = iterNext(rt, it);
    if (!v) {
      for (const x of items) decref(rt, x, 'temporary');
      c.done = true;
      return null;
    }
    items.push(v);
  }
  return newTuple(rt, items);
}, (rt, type, args) => {
  const iters: PyObj[] = [];
  try {
    for (const a of args) iters.push(getIter(rt, a));
  } catch (e) {
    for (const i of iters) decref(rt, i, 'temporary');
    throw e;
  }
  return newComboIter(rt, type, iters, null);
});

comboIter('map', 'map', (rt, c) => {
  if (c.done) return null;
  const items: PyObj[] = [];
  for (const it of c.iters) {
    const v = iterNext(rt, it);
    if (!v) {
      for (const x of items) decref(rt, x, 'temporary');
      c.done = true;
      return null;
    }
    items.push(v);
  }
  try {
    return callObject(rt, c.func!, items, null);
  } finally {
    for (const x of items) decref(rt, x, 'temporary');
  }
}, (rt, type, args) => {
  const iters = args.slice(1).map((a) => getIter(rt, a));
  return newComboIter(rt, type, iters, args[0]);
});

comboIter('filter', 'filter', (rt, c) => {
  if (c.done) return null;
  for (;;) {
    const v = iterNext(rt, c.iters[0]);
    if (!v) { c.done = true; return null; }
    let keep: boolean;
    try {
      if (c.func === null || c.func === rt.None) keep = isTrue(rt, v);
      else {
        const r = callObject(rt, c.func, [v], null);
        keep = isTrue(rt, r);
        decref(rt, r, 'temporary');
      }
    } catch (e) {
      decref(rt, v, 'temporary');
      throw e;
    }
    if (keep) return v;
    decref(rt, v, 'temporary');
  }
}, (rt, type, args) => newComboIter(rt, type, [getIter(rt, args[1])], args[0] === rt.None ? null : args[0]));

// reversed(seq): list -> list_reverseiterator; otherwise a generic reversed over __len__/__getitem__
comboIter('reversed', 'reversed', (rt, c) => {
  if (c.done) return null;
  const seq = c.iters[0];
  if (c.count < 0n) { c.done = true; return null; }
  const idx = newInt(rt, c.count--);
  try {
    return rt.getItem(seq, idx);
  } finally {
    decref(rt, idx, 'temporary');
  }
}, (rt, _type, args) => {
  const seq = args[0];
  if (seq.type === rt.types.list) {
    const n = (seq as unknown as { items: PyObj[] }).items.length;
    return newSeqIter(rt, rt.types.list_reverseiterator, seq, n - 1);
  }
  // a class's __reversed__; the built-in types' own __reversed__ methods call reversed() (below)
  const rev = lookupType(seq.type, '__reversed__')?.native === null ? rt.lookupSpecial(seq, '__reversed__') : null;
  if (rev) return callObject(rt, rev, [], null);
  const view = seq.type === rt.types.dict || seq.type === rt.types.dict_keys ? 'keys'
    : seq.type === rt.types.dict_values ? 'values' : seq.type === rt.types.dict_items ? 'items' : null;
  if (view) {
    // dict reverse iteration: materialise keys, values or (key, value) pairs
    const d = (seq.type === rt.types.dict ? seq : (seq as unknown as { dict: PyObj }).dict) as DictObj;
    const items = d.entries.filter((e) => e).reverse().map((e) => {
      if (view === 'items') return newTuple(rt, [(incref(rt, e!.key, 'tuple item'), e!.key), (incref(rt, e!.value, 'tuple item'), e!.value)]);
      const v = view === 'keys' ? e!.key : e!.value;
      return (incref(rt, v, 'list item'), v);
    });
    const l = rt.newList(items);
    const it = newSeqIter(rt, rt.types.list_iterator, l);
    decref(rt, l, 'temporary');
    return it;
  }
  const n = lengthOf(rt, seq);
  incref(rt, seq, 'iterated object');
  return newComboIter(rt, rt.types.reversed, [seq], null, BigInt(n - 1));
});

