// range and its iterator. Mirrors Objects/rangeobject.c (compute_range_length, range_repr,
// range_richcompare by value, rangeiter).

import type { PyObj } from './object';
import type { Runtime } from '../vm/runtime';
import { defineType } from './types';
import { raise } from './exception';
import { isInt, newInt, newBool, type IntObj } from './int';
import { incref } from '../heap/refcount';
import { sliceIndices } from './slice';

export interface RangeObj extends PyObj {
  start: bigint;
  stop: bigint;
  step: bigint;
  length: bigint;
}

export interface RangeIterObj extends PyObj {
  next: bigint;
  step: bigint;
  remaining: bigint;
}

function rangeLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

function intArg(rt: Runtime, o: PyObj): bigint {
  if (!isInt(rt, o)) raise(rt, 'TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
  return (o as IntObj).value;
}

export function newRange(rt: Runtime, start: bigint, stop: bigint, step: bigint): RangeObj {
  const p = rt.profile.platformModel.pointerBytes;
  return rt.alloc<RangeObj>(rt.types.range, { start, stop, step, length: rangeLength(start, stop, step) }, p * 6);
}

defineType({
  key: 'range', name: 'range', isGC: false, baseType: false,
  slots: {
    repr(_rt, o) {
      const r = o as RangeObj;
      return r.step === 1n ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
    },
    len: (_rt, o) => Number((o as RangeObj).length),
    /** The start, stop and step members (CPython keeps them as int objects; ours are rebuilt). */
    getattr(rt, o, name) {
      const r = o as RangeObj;
      if (name === 'start' || name === 'stop' || name === 'step') return newInt(rt, r[name]);
      return null;
    },
    bool: (_rt, o) => (o as RangeObj).length > 0n,
    contains(rt, o, key) {
      const r = o as RangeObj;
      if (!isInt(rt, key)) return false;
      const v = (key as IntObj).value;
      if (r.step > 0n ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) return false;
      return (v - r.start) % r.step === 0n;
    },
    getitem(rt, o, key) {
      const r = o as RangeObj;
      if (isInt(rt, key)) {
        let i = (key as IntObj).value;
        if (i < 0n) i += r.length;
        if (i < 0n || i >= r.length) raise(rt, 'IndexError', 'range object index out of range');
        return newInt(rt, r.start + i * r.step);
      }
      if (key.type === rt.types.slice) {
        const s = sliceIndices(rt, key, Number(r.length));
        return newRange(rt, r.start + BigInt(s.start) * r.step, r.start + BigInt(s.stop) * r.step, r.step * BigInt(s.step));
      }
      raise(rt, 'TypeError', `range indices must be integers or slices, not ${key.type.name}`);
    },
    richcompare(rt, a, b, op) {
      if ((op !== 'eq' && op !== 'ne') || b.type !== rt.types.range) return null;
      const x = a as RangeObj, y = b as RangeObj;
      const eq = x.length === y.length && (x.length === 0n || (x.start === y.start && (x.length === 1n || x.step === y.step)));
      return newBool(rt, op === 'eq' ? eq : !eq);
    },
    iter(rt, o) {
      const r = o as RangeObj;
      const p = rt.profile.platformModel.pointerBytes;
      return rt.alloc<RangeIterObj>(rt.types.range_iterator, { next: r.start, step: r.step, remaining: r.length }, p * 5);
    },
    new(rt, _t, args) {
      if (args.length === 0) raise(rt, 'TypeError', 'range expected at least 1 argument, got 0');
      if (args.length > 3) raise(rt, 'TypeError', `range expected at most 3 arguments, got ${args.length}`);
      const [start, stop, step] = args.length === 1 ? [0n, intArg(rt, args[0]), 1n] : [intArg(rt, args[0]), intArg(rt, args[1]), args[2] ? intArg(rt, args[2]) : 1n];
      if (step === 0n) raise(rt, 'ValueError', 'range() arg 3 must not be zero');
      return newRange(rt, start, stop, step);
    },
  },
  methods: {
    index(rt, args, _k, self) {
      const r = self as RangeObj;
      const v = intArg(rt, args[0]);
      const ok = r.step > 0n ? v >= r.start && v < r.stop : v <= r.start && v > r.stop;
      if (!ok || (v - r.start) % r.step !== 0n) raise(rt, 'ValueError', `${v} is not in range`);
      return newInt(rt, (v - r.start) / r.step);
    },
    count(rt, args, _k, self) {
      const r = self as RangeObj;
      if (!isInt(rt, args[0])) return newInt(rt, 0);
      const v = (args[0] as IntObj).value;
      const ok = r.step > 0n ? v >= r.start && v < r.stop : v <= r.start && v > r.stop;
      return newInt(rt, ok && (v - r.start) % r.step === 0n ? 1 : 0);
    },
  },
});

defineType({
  key: 'range_iterator', name: 'range_iterator', isGC: false, baseType: false,
  slots: {
    iter: (rt, o) => (incref(rt, o, 'iterator'), o),
    next(rt, o) {
      const it = o as RangeIterObj;
      if (it.remaining <= 0n) return null;
      const v = it.next;
      it.next += it.step;
      it.remaining--;
      return newInt(rt, v);
    },
  },
});
