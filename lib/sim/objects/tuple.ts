// tuple. Mirrors Objects/tupleobject.c: the empty-tuple singleton, tracking at creation
// (_PyTuple_MaybeUntrack in the GC; 3.14.1+ untracked at birth when all items are atomic),
// tupledealloc (items released last to first), tuplehash, comparisons.

import { objectHead, type PyObj, type Visit } from './object';
import type { Runtime } from '../vm/runtime';
import { defineType } from './types';
import { decref, incref } from '../heap/refcount';
import { raise } from './exception';
import { hashTuple } from './hash';
import { hashOf, reprOf, richCompareBool, iterate } from './protocol';
import { isInt, newInt, type IntObj } from './int';
import { compareResult } from './common';
import { sliceIndices } from './slice';
import { newSeqIter } from './iterators';
import { markStatic } from './str';
import { mayBeTracked } from '../heap/gc';

export interface TupleObj extends PyObj {
  items: PyObj[];
}

export function isTuple(rt: Runtime, o: PyObj): o is TupleObj {
  return o.type === rt.types.tuple || (o.type.heap && o.type.builtinBase === rt.types.tuple);
}

export function tupleBytes(rt: Runtime, n: number): number {
  const p = rt.profile.platformModel.pointerBytes;
  return rt.profile.platformModel.gcHeadBytes + p * 3 + (rt.profile.layout.tupleCachesHash ? p : 0) + p * n;
}

/** A new tuple taking over the references in `items` (the empty tuple is a singleton). */
export function newTuple(rt: Runtime, items: PyObj[]): TupleObj {
  if (items.length === 0) {
    incref(rt, rt.emptyTuple, 'new reference');
    return rt.emptyTuple as TupleObj;
  }
  const t = objectHead(rt.types.tuple, tupleBytes(rt, items.length)) as TupleObj;
  t.items = items;
  rt.adopt(t);
  if (!rt.profile.gc.tupleUntrackAtBirth || items.some((i) => mayBeTracked(rt, i))) rt.gc.track(t);
  return t;
}

export function createEmptyTuple(rt: Runtime): TupleObj {
  const t = rt.alloc<TupleObj>(rt.types.tuple, { items: [] }, tupleBytes(rt, 0));
  markStatic(rt, t, 'emptyStrBytesTuple', 'emptyTuple');
  return t;
}

export function tupleTraverse(o: PyObj, visit: Visit): void {
  const items = (o as TupleObj).items;
  for (let i = items.length - 1; i >= 0; i--) visit(items[i], visit.named ? `item ${i}` : 'item');
}

function seqCompare(rt: Runtime, a: PyObj[], b: PyObj[], op: import('./object').CompareOp): PyObj {
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    if (a[i] === b[i]) continue;
    if (!richCompareBool(rt, a[i], b[i], 'eq')) break;
  }
  if (i >= a.length || i >= b.length) return compareResult(rt, a.length - b.length, op);
  if (op === 'eq') return (incref(rt, rt.False, 'result'), rt.False);
  if (op === 'ne') return (incref(rt, rt.True, 'result'), rt.True);
  return compareResult(rt, richCompareBool(rt, a[i], b[i], 'lt') ? -1 : richCompareBool(rt, a[i], b[i], 'eq') ? 0 : 1, op);
}
export { seqCompare };

defineType({
  key: 'tuple', name: 'tuple', isGC: true,
  slots: {
    traverse: tupleTraverse,
    dealloc(rt, o) {
      const items = (o as TupleObj).items;
      for (let i = items.length - 1; i >= 0; i--) decref(rt, items[i], `tuple item ${i}`);
      items.length = 0;
    },
    clear(rt, o) {
      const items = (o as TupleObj).items;
      const old = items.splice(0);
      for (let i = old.length - 1; i >= 0; i--) decref(rt, old[i], `tuple item ${i}`);
    },
    repr(rt, o) {
      const items = (o as TupleObj).items;
      if (items.length === 1) return `(${reprOf(rt, items[0])},)`;
      return `(${items.map((i) => reprOf(rt, i)).join(', ')})`;
    },
    hash: (rt, o) => hashTuple(rt, (o as TupleObj).items.map((i) => hashOf(rt, i))),
    len: (_rt, o) => (o as TupleObj).items.length,
    richcompare(rt, a, b, op) {
      if (!isTuple(rt, b)) return null;
      return seqCompare(rt, (a as TupleObj).items, b.items, op);
    },
    contains: (rt, o, key) => (o as TupleObj).items.some((i) => i === key || richCompareBool(rt, i, key, 'eq')),
    getitem(rt, o, key) {
      const items = (o as TupleObj).items;
      if (isInt(rt, key)) {
        let i = Number((key as IntObj).value);
        if (i < 0) i += items.length;
        if (i < 0 || i >= items.length) raise(rt, 'IndexError', 'tuple index out of range');
        incref(rt, items[i], 'result');
        return items[i];
      }
      if (key.type === rt.types.slice) {
        const s = sliceIndices(rt, key, items.length);
        if (s.step === 1 && s.start === 0 && s.stop >= items.length && o.type === rt.types.tuple) return (incref(rt, o, 'result'), o);
        const out: PyObj[] = [];
        for (let i = s.start; s.step > 0 ? i < s.stop : i > s.stop; i += s.step) {
          incref(rt, items[i], 'tuple item');
          out.push(items[i]);
        }
        return newTuple(rt, out);
      }
      raise(rt, 'TypeError', `tuple indices must be integers or slices, not ${key.type.name}`);
    },
    binop(rt, op, a, b) {
      if (op === 'add' && isTuple(rt, a) && isTuple(rt, b)) {
        if (b.items.length === 0 && a.type === rt.types.tuple) return (incref(rt, a, 'result'), a);
        if (a.items.length === 0 && b.type === rt.types.tuple) return (incref(rt, b, 'result'), b);
        const items = [...a.items, ...b.items];
        for (const i of items) incref(rt, i, 'tuple item');
        return newTuple(rt, items);
      }
      if (op === 'mul') {
        const [t, n] = isTuple(rt, a) ? [a, b] : [b, a];
        if (isTuple(rt, t) && isInt(rt, n)) {
          const k = Number((n as IntObj).value);
          if (k === 1 && t.type === rt.types.tuple) return (incref(rt, t, 'result'), t);
          const items: PyObj[] = [];
          for (let r = 0; r < k; r++) for (const i of t.items) { incref(rt, i, 'tuple item'); items.push(i); }
          return newTuple(rt, items);
        }
      }
      return null;
    },
    iter: (rt, o) => newSeqIter(rt, rt.types.tuple_iterator, o),
    new(rt, type, args) {
      if (args.length === 0) return (incref(rt, rt.emptyTuple, 'result'), rt.emptyTuple);
      const a = args[0];
      if (a.type === rt.types.tuple && type === rt.types.tuple) return (incref(rt, a, 'result'), a);
      const items: PyObj[] = [];
      iterate(rt, a, (x) => { incref(rt, x, 'tuple item'); items.push(x); });
      if (type === rt.types.tuple) return newTuple(rt, items);
      const t = rt.alloc<TupleObj>(type, { items }, tupleBytes(rt, items.length));
      rt.gc.track(t);
      return t;
    },
  },
  methods: {
    count: (rt, args, _k, self) => newInt(rt, (self as TupleObj).items.filter((i) => i === args[0] || richCompareBool(rt, i, args[0], 'eq')).length),
    index(rt, args, _k, self) {
      const i = (self as TupleObj).items.findIndex((x) => x === args[0] || richCompareBool(rt, x, args[0], 'eq'));
      if (i < 0) raise(rt, 'ValueError', 'tuple.index(x): x not in tuple');
      return newInt(rt, i);
    },
  },
});
