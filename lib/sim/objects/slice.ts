// slice objects and index normalisation. Mirrors Objects/sliceobject.c (PySlice_Unpack,
// PySlice_AdjustIndices).

import type { PyObj, Visit } from './object';
import type { Runtime } from '../vm/runtime';
import { defineType } from './types';
import { decref, incref } from '../heap/refcount';
import { raise } from './exception';
import { isInt, type IntObj } from './int';
import { reprOf } from './protocol';

export interface SliceObj extends PyObj {
  start: PyObj;
  stop: PyObj;
  step: PyObj;
}

/** A new slice taking over the three references. */
export function newSlice(rt: Runtime, start: PyObj, stop: PyObj, step: PyObj): SliceObj {
  const p = rt.profile.platformModel.pointerBytes;
  const s = rt.alloc<SliceObj>(rt.types.slice, { start, stop, step }, p * 5);
  return s;
}

function toIndex(rt: Runtime, o: PyObj): number | null {
  if (o === rt.None) return null;
  if (!isInt(rt, o)) raise(rt, 'TypeError', 'slice indices must be integers or None or have an __index__ method');
  return Number((o as IntObj).value);
}

export function sliceIndices(rt: Runtime, o: PyObj, length: number): { start: number; stop: number; step: number } {
  const s = o as SliceObj;
  const step = toIndex(rt, s.step) ?? 1;
  if (step === 0) raise(rt, 'ValueError', 'slice step cannot be zero');
  let start = toIndex(rt, s.start);
  let stop = toIndex(rt, s.stop);
  if (start === null) start = step < 0 ? length - 1 : 0;
  else {
    if (start < 0) start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
    else if (start >= length) start = step < 0 ? length - 1 : length;
  }
  if (stop === null) stop = step < 0 ? -1 : length;
  else {
    if (stop < 0) stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
    else if (stop >= length) stop = step < 0 ? length - 1 : length;
  }
  return { start, stop, step };
}

defineType({
  key: 'slice', name: 'slice', isGC: true, baseType: false,
  slots: {
    /** The start, stop and step members. */
    getattr(rt, o, name) {
      if (name !== 'start' && name !== 'stop' && name !== 'step') return null;
      const v = (o as SliceObj)[name];
      incref(rt, v, 'attribute value');
      return v;
    },
    traverse(o: PyObj, visit: Visit) {
      const s = o as SliceObj;
      visit(s.start, 'start');
      visit(s.stop, 'stop');
      visit(s.step, 'step');
    },
    dealloc(rt, o) {
      const s = o as SliceObj;
      decref(rt, s.step, 'slice step');
      decref(rt, s.start, 'slice start');
      decref(rt, s.stop, 'slice stop');
    },
    repr: (rt, o) => {
      const s = o as SliceObj;
      return `slice(${reprOf(rt, s.start)}, ${reprOf(rt, s.stop)}, ${reprOf(rt, s.step)})`;
    },
    new(rt, _t, args) {
      const a = args.length === 1 ? [rt.None, args[0], rt.None] : [args[0], args[1], args[2] ?? rt.None];
      for (const x of a) incref(rt, x, 'slice field');
      return newSlice(rt, a[0], a[1], a[2]);
    },
  },
});
