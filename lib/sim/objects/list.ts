// list. Mirrors Objects/listobject.c: list_resize over-allocation, list_preallocate_exact,
// list_dealloc (items released last to first), the methods of the subset, slicing and sort.

import { objectHead, type PyObj, type Visit } from './object';
import type { Runtime } from '../vm/runtime';
import { defineType } from './types';
import { decref, incref } from '../heap/refcount';
import { raise } from './exception';
import { reprOf, richCompareBool, iterate, callObject } from './protocol';
import { isInt, newInt, type IntObj } from './int';
import { sliceIndices } from './slice';
import { newSeqIter } from './iterators';
import { seqCompare } from './tuple';
import { newBool } from './int';
import { vmMessages } from '../vm/messages';
import { listCapacityAfterExtend, type ExtendSource } from './layout';

export interface ListObj extends PyObj {
  items: PyObj[];
  /** Capacity of the item array (ob_alloc). */
  allocated: number;
}

export function isList(rt: Runtime, o: PyObj): o is ListObj {
  return o.type === rt.types.list || (o.type.heap && o.type.builtinBase === rt.types.list);
}

export function listBytes(rt: Runtime): number {
  const p = rt.profile.platformModel.pointerBytes;
  return rt.profile.platformModel.gcHeadBytes + p * 5;
}

/** A new list taking over the references in `items`, allocated exactly (PyList_New(n)). */
export function newList(rt: Runtime, items: PyObj[], allocated = items.length): ListObj {
  const l = objectHead(rt.types.list, listBytes(rt)) as ListObj;
  l.items = items;
  l.allocated = allocated;
  rt.adopt(l);
  rt.gc.track(l);
  return l;
}

/** list_resize: the over-allocation rule (unchanged 3.9 - 3.14). */
export function listResize(l: ListObj, newsize: number): void {
  const allocated = l.allocated;
  if (allocated >= newsize && newsize >= allocated >> 1) return;
  let newAllocated = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - l.items.length > newAllocated - newsize) newAllocated = (newsize + 3) & ~3;
  if (newsize === 0) newAllocated = 0;
  l.allocated = newAllocated;
}

/** list_preallocate_exact: capacity for n items rounded up to even. */
export function listPreallocateExact(l: ListObj, n: number): void {
  l.allocated = (n + 1) & ~1;
}

export function listAppend(rt: Runtime, l: ListObj, item: PyObj): void {
  // takes over the caller's reference
  listResize(l, l.items.length + 1);
  l.items.push(item);
  if (rt.tracing) rt.trace.touch(l);
}

/** How list_extend sizes the array for this kind of iterable (objects/layout/list-capacity.ts). */
function extendSource(rt: Runtime, o: PyObj): ExtendSource {
  const t = o.type;
  const ty = rt.types;
  if (isList(rt, o) || t === ty.tuple) return 'sequence';
  if (t === ty.dict || t === ty.set || t === ty.frozenset || t === ty.dict_keys || t === ty.dict_values || t === ty.dict_items) return 'dictOrSet';
  if (t === ty.range || t === ty.str || t === ty.bytes || t === ty.range_iterator || t === ty.list_iterator || t === ty.tuple_iterator
    || t === ty.list_reverseiterator || t === ty.str_iterator) return 'sized';
  return 'unsized';
}

/** list.extend / LIST_EXTEND / list(iterable) semantics (borrowed iterable). */
export function listExtend(rt: Runtime, l: ListObj, iterable: PyObj): void {
  const source = extendSource(rt, iterable);
  const items: PyObj[] = [];
  if (source === 'sequence') {
    for (const i of (iterable as ListObj).items) items.push((incref(rt, i, 'list item'), i));
  } else {
    try {
      iterate(rt, iterable, (x) => { incref(rt, x, 'list item'); items.push(x); });
    } catch (e) {
      for (const i of items) decref(rt, i, 'temporary');
      throw e;
    }
  }
  l.allocated = listCapacityAfterExtend(rt.profile, l.items.length, l.allocated, items.length, source);
  for (const i of items) l.items.push(i);
  if (rt.tracing) rt.trace.touch(l);
}

function index(rt: Runtime, l: ListObj, key: PyObj, what: string): number {
  let i = Number((key as IntObj).value);
  if (i < 0) i += l.items.length;
  if (i < 0 || i >= l.items.length) raise(rt, 'IndexError', `${what} index out of range`);
  return i;
}

/** Replace items[start:stop] (step 1) with `repl` (owned references); release the removed ones last to first. */
export function listSetSlice(rt: Runtime, l: ListObj, start: number, stop: number, repl: PyObj[]): void {
  const removed = l.items.slice(start, Math.max(start, stop));
  const newLen = l.items.length - removed.length + repl.length;
  if (repl.length > removed.length) listResize(l, newLen);
  l.items.splice(start, removed.length, ...repl);
  if (repl.length < removed.length) listResize(l, newLen);
  for (let k = removed.length - 1; k >= 0; k--) decref(rt, removed[k], 'list item');
  if (rt.tracing) rt.trace.touch(l);
}

export function listTraverse(o: PyObj, visit: Visit): void {
  const items = (o as ListObj).items;
  for (let i = items.length - 1; i >= 0; i--) visit(items[i], visit.named ? `item ${i}` : 'item');
}

function listClear(rt: Runtime, l: ListObj): void {
  const old = l.items;
  l.items = [];
  l.allocated = 0;
  for (let i = old.length - 1; i >= 0; i--) decref(rt, old[i], `list item ${i}`);
  if (rt.tracing) rt.trace.touch(l);
}

function sortItems(rt: Runtime, items: PyObj[], keyfn: PyObj | null, reverse: boolean): PyObj[] {
  const keys = keyfn ? items.map((i) => callObject(rt, keyfn, [i], null)) : items;
  const idx = items.map((_, i) => i);
  try {
    // stable merge sort using only __lt__ (as CPython's timsort)
    const lt = (a: number, b: number) => richCompareBool(rt, keys[a], keys[b], 'lt');
    const sorted = mergeSort(idx, reverse ? (a, b) => lt(b, a) : lt);
    return sorted.map((i) => items[i]);
  } finally {
    if (keyfn) for (const k of keys) decref(rt, k, 'sort key');
  }
}

function mergeSort(a: number[], lt: (x: number, y: number) => boolean): number[] {
  if (a.length <= 1) return a;
  const mid = a.length >> 1;
  const l = mergeSort(a.slice(0, mid), lt);
  const r = mergeSort(a.slice(mid), lt);
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < l.length && j < r.length) {
    if (lt(r[j], l[i])) out.push(r[j++]);
    else out.push(l[i++]);
  }
  while (i < l.length) out.push(l[i++]);
  while (j < r.length) out.push(r[j++]);
  return out;
}

export function listSort(rt: Runtime, l: ListObj, keyfn: PyObj | null, reverse: boolean): void {
  const items = l.items;
  l.items = [];
  let sorted: PyObj[];
  try {
    sorted = sortItems(rt, items, keyfn, reverse);
  } catch (e) {
    if (l.items.length === 0) l.items = items;
    throw e;
  }
  if (l.items.length !== 0) raise(rt, 'ValueError', 'list modified during sort');
  l.items = sorted;
  if (rt.tracing) rt.trace.touch(l);
}

defineType({
  key: 'list', name: 'list', isGC: true, weakrefable: false,
  slots: {
    traverse: listTraverse,
    dealloc(rt, o) {
      const l = o as ListObj;
      const items = l.items;
      l.items = [];
      for (let i = items.length - 1; i >= 0; i--) decref(rt, items[i], `list item ${i}`);
    },
    clear: (rt, o) => listClear(rt, o as ListObj),
    repr(rt, o) {
      const l = o as ListObj;
      if (rt.reprEnter(o)) return '[...]';
      try {
        return `[${l.items.map((i) => reprOf(rt, i)).join(', ')}]`;
      } finally {
        rt.reprLeave(o);
      }
    },
    len: (_rt, o) => (o as ListObj).items.length,
    richcompare(rt, a, b, op) {
      if (!isList(rt, b)) return null;
      return seqCompare(rt, [...(a as ListObj).items], [...b.items], op);
    },
    contains: (rt, o, key) => [...(o as ListObj).items].some((i) => i === key || richCompareBool(rt, i, key, 'eq')),
    getitem(rt, o, key) {
      const l = o as ListObj;
      if (isInt(rt, key)) {
        const i = index(rt, l, key, 'list');
        incref(rt, l.items[i], 'result');
        return l.items[i];
      }
      if (key.type === rt.types.slice) {
        const s = sliceIndices(rt, key, l.items.length);
        const out: PyObj[] = [];
        for (let i = s.start; s.step > 0 ? i < s.stop : i > s.stop; i += s.step) {
          incref(rt, l.items[i], 'list item');
          out.push(l.items[i]);
        }
        return newList(rt, out);
      }
      raise(rt, 'TypeError', `list indices must be integers or slices, not ${key.type.name}`);
    },
    setitem(rt, o, key, value) {
      const l = o as ListObj;
      if (isInt(rt, key)) {
        const i = index(rt, l, key, 'list assignment');
        const old = l.items[i];
        incref(rt, value, 'list item');
        l.items[i] = value;
        decref(rt, old, 'list item replaced');
        if (rt.tracing) rt.trace.touch(l);
        return;
      }
      if (key.type === rt.types.slice) {
        const s = sliceIndices(rt, key, l.items.length);
        const repl: PyObj[] = [];
        iterate(rt, value, (x) => { incref(rt, x, 'list item'); repl.push(x); });
        if (s.step !== 1) {
          const idxs: number[] = [];
          for (let i = s.start; s.step > 0 ? i < s.stop : i > s.stop; i += s.step) idxs.push(i);
          if (idxs.length !== repl.length) {
            for (const r of repl) decref(rt, r, 'temporary');
            raise(rt, 'ValueError', `attempt to assign sequence of size ${repl.length} to extended slice of size ${idxs.length}`);
          }
          const old = idxs.map((i, k) => { const prev = l.items[i]; l.items[i] = repl[k]; return prev; });
          for (const p of old) decref(rt, p, 'list item replaced');
          return;
        }
        listSetSlice(rt, l, s.start, Math.max(s.start, s.stop), repl);
        return;
      }
      raise(rt, 'TypeError', `list indices must be integers or slices, not ${key.type.name}`);
    },
    delitem(rt, o, key) {
      const l = o as ListObj;
      if (isInt(rt, key)) {
        const i = index(rt, l, key, 'list assignment');
        listSetSlice(rt, l, i, i + 1, []);
        return;
      }
      if (key.type === rt.types.slice) {
        const s = sliceIndices(rt, key, l.items.length);
        if (s.step === 1) { listSetSlice(rt, l, s.start, Math.max(s.start, s.stop), []); return; }
        const keep: PyObj[] = [];
        const gone: PyObj[] = [];
        const del = new Set<number>();
        for (let i = s.start; s.step > 0 ? i < s.stop : i > s.stop; i += s.step) del.add(i);
        l.items.forEach((x, i) => (del.has(i) ? gone : keep).push(x));
        l.items = keep;
        listResize(l, keep.length);
        for (const g of gone) decref(rt, g, 'list item');
        return;
      }
      raise(rt, 'TypeError', `list indices must be integers or slices, not ${key.type.name}`);
    },
    binop(rt, op, a, b) {
      if (op === 'add' && isList(rt, a) && isList(rt, b)) {
        const items = [...a.items, ...b.items];
        for (const i of items) incref(rt, i, 'list item');
        return newList(rt, items);
      }
      if (op === 'mul') {
        const [l, n] = isList(rt, a) ? [a, b] : [b, a];
        if (isList(rt, l) && isInt(rt, n)) {
          const k = Math.max(0, Number((n as IntObj).value));
          const items: PyObj[] = [];
          for (let r = 0; r < k; r++) for (const i of l.items) { incref(rt, i, 'list item'); items.push(i); }
          return newList(rt, items);
        }
      }
      return null;
    },
    iter: (rt, o) => newSeqIter(rt, rt.types.list_iterator, o),
    new(rt, type, args) {
      const l = type === rt.types.list ? newList(rt, []) : (() => {
        const x = rt.alloc<ListObj>(type, { items: [], allocated: 0, ...instanceFieldsFor(rt, type) }, listBytes(rt));
        rt.gc.track(x);
        return x;
      })();
      if (args.length > 0) {
        try {
          listExtend(rt, l, args[0]);
        } catch (e) {
          decref(rt, l, 'temporary');
          throw e;
        }
      }
      return l;
    },
  },
  methods: {
    append(rt, args, _k, self) {
      incref(rt, args[0], 'list item');
      listAppend(rt, self as ListObj, args[0]);
      return (incref(rt, rt.None, 'result'), rt.None);
    },
    extend(rt, args, _k, self) {
      listExtend(rt, self as ListObj, args[0]);
      return (incref(rt, rt.None, 'result'), rt.None);
    },
    insert(rt, args, _k, self) {
      const l = self as ListObj;
      let i = Number((args[0] as IntObj).value);
      const n = l.items.length;
      if (i < 0) i = Math.max(0, i + n);
      if (i > n) i = n;
      incref(rt, args[1], 'list item');
      listResize(l, n + 1);
      l.items.splice(i, 0, args[1]);
      if (rt.tracing) rt.trace.touch(l);
      return (incref(rt, rt.None, 'result'), rt.None);
    },
    pop(rt, args, _k, self) {
      const l = self as ListObj;
      if (l.items.length === 0) raise(rt, 'IndexError', 'pop from empty list');
      let i = args.length ? Number((args[0] as IntObj).value) : l.items.length - 1;
      if (i < 0) i += l.items.length;
      if (i < 0 || i >= l.items.length) raise(rt, 'IndexError', 'pop index out of range');
      const v = l.items[i];
      const n = l.items.length - 1;
      l.items.splice(i, 1);
      listResize(l, n);
      if (rt.tracing) rt.trace.touch(l);
      return v; // the list's reference moves to the caller
    },
    remove(rt, args, _k, self) {
      const l = self as ListObj;
      for (let i = 0; i < l.items.length; i++) {
        const x = l.items[i];
        if (x === args[0] || richCompareBool(rt, x, args[0], 'eq')) {
          listSetSlice(rt, l, i, i + 1, []);
          return (incref(rt, rt.None, 'result'), rt.None);
        }
      }
      raise(rt, 'ValueError', 'list.remove(x): x not in list');
    },
    clear(rt, _a, _k, self) {
      listClear(rt, self as ListObj);
      return (incref(rt, rt.None, 'result'), rt.None);
    },
    copy(rt, _a, _k, self) {
      const items = [...(self as ListObj).items];
      for (const i of items) incref(rt, i, 'list item');
      return newList(rt, items);
    },
    index(rt, args, _k, self) {
      const l = self as ListObj;
      for (let i = 0; i < l.items.length; i++) {
        if (l.items[i] === args[0] || richCompareBool(rt, l.items[i], args[0], 'eq')) return newInt(rt, i);
      }
      raise(rt, 'ValueError', vmMessages(rt).listIndexMissing(reprOf(rt, args[0])));
    },
    count: (rt, args, _k, self) => newInt(rt, [...(self as ListObj).items].filter((i) => i === args[0] || richCompareBool(rt, i, args[0], 'eq')).length),
    reverse(rt, _a, _k, self) {
      (self as ListObj).items.reverse();
      if (rt.tracing) rt.trace.touch(self!);
      return (incref(rt, rt.None, 'result'), rt.None);
    },
    sort(rt, args, kw, self) {
      const key = kw?.get('key') ?? null;
      const rev = kw?.get('reverse');
      listSort(rt, self as ListObj, key && key !== rt.None ? key : null, rev ? rev === rt.True || (isInt(rt, rev) && (rev as IntObj).value !== 0n) : false);
      return (incref(rt, rt.None, 'result'), rt.None);
    },
    __len__: (rt, _a, _k, self) => newInt(rt, (self as ListObj).items.length),
    __contains__: (rt, args, _k, self) => newBool(rt, (self as ListObj).items.some((i) => i === args[0] || richCompareBool(rt, i, args[0], 'eq'))),
  },
});

import { instanceFieldsFor } from './instance';
