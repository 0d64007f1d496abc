// Building containers and strings, unpacking. Mirrors Python/bytecodes.c (BUILD_TUPLE, BUILD_LIST,
// BUILD_SET, BUILD_MAP, BUILD_CONST_KEY_MAP, BUILD_STRING, LIST_APPEND, SET_ADD, MAP_ADD,
// LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, CALL_INTRINSIC_1 list-to-tuple, CONVERT_VALUE,
// FORMAT_SIMPLE, FORMAT_WITH_SPEC, UNPACK_SEQUENCE, UNPACK_EX).

import type { OpHandler } from '../signals';
import type { Frame } from '../frame';
import type { Runtime } from '../runtime';
import type { PyObj } from '../../objects/object';
import { decref, incref } from '../../heap/refcount';
import { raise } from '../../objects/exception';
import { newTuple } from '../../objects/tuple';
import { newList, listAppend, listExtend, type ListObj } from '../../objects/list';
import { newSet, setAdd, setUpdate, type SetObj } from '../../objects/set';
import { newDictPresized, dictSet, dictMerge, isDict, type DictObj } from '../../objects/dict';
import { newStrFresh, newStrOf, isStr, type StrObj } from '../../objects/str';
import { reprOf, strOf, getIter, iterNext } from '../../objects/protocol';
import { formatValue } from '../../objects/format';
import { releaseEntry } from '../stackref';

/** Pop n entries as owned references, bottom first. */
function popOwnedN(rt: Runtime, f: Frame, n: number): PyObj[] {
  const { items, borrowed } = f.popN(n);
  return items.map((o, i) => {
    if (borrowed[i]) incref(rt, o!, 'stack entry made strong');
    return o!;
  });
}

function popN(f: Frame, n: number): { items: PyObj[]; borrowed: boolean[] } {
  return f.popN(n) as { items: PyObj[]; borrowed: boolean[] };
}

function releaseN(rt: Runtime, r: { items: PyObj[]; borrowed: boolean[] }): void {
  for (let i = 0; i < r.items.length; i++) releaseEntry(rt, r.items[i], r.borrowed[i]);
}

export const BUILD_TUPLE: OpHandler = (rt, f, arg) => {
  f.push(newTuple(rt, popOwnedN(rt, f, arg)));
};

export const BUILD_LIST: OpHandler = (rt, f, arg) => {
  f.push(newList(rt, popOwnedN(rt, f, arg)));
};

export const BUILD_SET: OpHandler = (rt, f, arg) => {
  const r = popN(f, arg);
  const s = newSet(rt);
  try {
    for (const o of r.items) setAdd(rt, s, o);
  } catch (e) {
    decref(rt, s, 'temporary');
    throw e;
  } finally {
    releaseN(rt, r);
  }
  f.push(s);
};

export const BUILD_MAP: OpHandler = (rt, f, arg) => {
  const r = popN(f, arg * 2);
  const d = newDictPresized(rt, arg, r.items.every((o, i) => i % 2 === 1 || o.type === rt.types.str));
  try {
    for (let i = 0; i < arg; i++) dictSet(rt, d, r.items[2 * i], r.items[2 * i + 1]);
  } catch (e) {
    decref(rt, d, 'temporary');
    throw e;
  } finally {
    releaseN(rt, r);
  }
  f.push(d);
};

export const BUILD_CONST_KEY_MAP: OpHandler = (rt, f, arg) => {
  const keysEntry = popN(f, 1);
  const keys = (keysEntry.items[0] as unknown as { items: PyObj[] }).items;
  const r = popN(f, arg);
  const d = newDictPresized(rt, arg, keys.every((k) => k.type === rt.types.str));
  try {
    for (let i = 0; i < arg; i++) dictSet(rt, d, keys[i], r.items[i]);
  } finally {
    releaseN(rt, r);
    releaseN(rt, keysEntry);
  }
  f.push(d);
};

export const BUILD_STRING: OpHandler = (rt, f, arg) => {
  const r = popN(f, arg);
  let s = '';
  for (const o of r.items) s += (o as StrObj).value;
  releaseN(rt, r);
  f.push(newStrFresh(rt, s));
};

function below(f: Frame, i: number): PyObj {
  return f.stack[f.sp - i]!;
}

export const LIST_APPEND: OpHandler = (rt, f, arg) => {
  const v = f.popOwned(rt)!;
  listAppend(rt, below(f, arg) as ListObj, v);
};

export const SET_ADD: OpHandler = (rt, f, arg) => {
  const r = popN(f, 1);
  try {
    setAdd(rt, below(f, arg) as SetObj, r.items[0]);
  } finally {
    releaseN(rt, r);
  }
};

export const MAP_ADD: OpHandler = (rt, f, arg) => {
  const r = popN(f, 2);
  try {
    dictSet(rt, below(f, arg) as DictObj, r.items[0], r.items[1]);
  } finally {
    releaseN(rt, r);
  }
};

export const LIST_EXTEND: OpHandler = (rt, f, arg) => {
  const r = popN(f, 1);
  try {
    const src = r.items[0];
    if (src.type.slots.iter === undefined && src.type.builtinBase.slots.iter === undefined && !src.type.heap) {
      raise(rt, 'TypeError', `Value after * must be an iterable, not ${src.type.name}`);
    }
    listExtend(rt, below(f, arg) as ListObj, src);
  } finally {
    releaseN(rt, r);
  }
};

export const SET_UPDATE: OpHandler = (rt, f, arg) => {
  const r = popN(f, 1);
  try {
    setUpdate(rt, below(f, arg) as SetObj, r.items[0]);
  } finally {
    releaseN(rt, r);
  }
};

export const DICT_UPDATE: OpHandler = (rt, f, arg) => {
  const r = popN(f, 1);
  try {
    if (!isDict(rt, r.items[0]) && !rt.hasAttr(r.items[0], 'keys')) raise(rt, 'TypeError', `'${r.items[0].type.name}' object is not a mapping`);
    dictMerge(rt, below(f, arg) as DictObj, r.items[0], true);
  } finally {
    releaseN(rt, r);
  }
};

export const DICT_MERGE: OpHandler = (rt, f, arg) => {
  const r = popN(f, 1);
  try {
    if (!isDict(rt, r.items[0])) raise(rt, 'TypeError', `argument after ** must be a mapping, not ${r.items[0].type.name}`);
    dictMerge(rt, below(f, arg) as DictObj, r.items[0], 'error');
  } finally {
    releaseN(rt, r);
  }
};

export const LIST_TO_TUPLE: OpHandler = (rt, f) => {
  const r = popN(f, 1);
  const l = r.items[0] as ListObj;
  const items = l.items.map((o) => (incref(rt, o, 'tuple item'), o));
  releaseN(rt, r);
  f.push(newTuple(rt, items));
};

export const CONVERT_VALUE: OpHandler = (rt, f, arg) => {
  const r = popN(f, 1);
  let s: string;
  const sourceType = r.items[0]!.type;
  try {
    const x = r.items[0];
    s = arg === 1 ? strOf(rt, x) : arg === 2 ? reprOf(rt, x) : reprOf(rt, x).replace(/[^\x00-\x7f]/gu, (ch) => {
      const c = ch.codePointAt(0)!;
      return c < 0x100 ? '\\x' + c.toString(16).padStart(2, '0') : c < 0x10000 ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
    });
  } finally {
    releaseN(rt, r);
  }
  f.push(newStrOf(rt, sourceType, s));
};

export const FORMAT_SIMPLE: OpHandler = (rt, f) => {
  const x = f.top()!;
  if (x.type === rt.types.str) {
    if (f.borrowed[f.sp - 1]) {
      incref(rt, x, 'stack entry made strong');
      f.borrowed[f.sp - 1] = false;
    }
    return;
  }
  f.take();
  const borrowed = f.takenBorrowed();
  const sourceType = x.type;
  let s: string;
  try {
    s = formatValue(rt, x, '');
  } finally {
    releaseEntry(rt, x, borrowed);
  }
  f.push(newStrOf(rt, sourceType, s));
};

export const FORMAT_WITH_SPEC: OpHandler = (rt, f) => {
  const r = popN(f, 2);
  let s: string;
  const sourceType = r.items[0]!.type;
  try {
    const spec = r.items[1];
    s = formatValue(rt, r.items[0], isStr(rt, spec) ? spec.value : '');
  } finally {
    releaseN(rt, r);
  }
  f.push(newStrOf(rt, sourceType, s));
};

/** Collect up to max+1 items of an iterable as owned references. */
function collect(rt: Runtime, seq: PyObj, max: number): PyObj[] {
  if ((seq.type === rt.types.tuple || seq.type === rt.types.list)) {
    const items = (seq as unknown as { items: PyObj[] }).items.slice(0, max + 1);
    for (const o of items) incref(rt, o, 'unpacked item');
    return items;
  }
  const out: PyObj[] = [];
  let it: PyObj;
  try {
    it = getIter(rt, seq);
  } catch (e) {
    if (seq.type.builtinBase.slots.iter === undefined && !seq.type.heap) {
      if (e && typeof e === 'object' && 'exc' in e) decref(rt, (e as { exc: PyObj }).exc, 'exception replaced');
      raise(rt, 'TypeError', `cannot unpack non-iterable ${seq.type.name} object`);
    }
    throw e;
  }
  try {
    while (out.length <= max) {
      const x = iterNext(rt, it);
      if (!x) break;
      out.push(x);
    }
  } catch (e) {
    for (const o of out) decref(rt, o, 'temporary');
    throw e;
  } finally {
    decref(rt, it, 'iterator');
  }
  return out;
}

export const UNPACK_SEQUENCE: OpHandler = (rt, f, arg) => {
  const r = popN(f, 1);
  let items: PyObj[];
  try {
    items = collect(rt, r.items[0], arg);
    if (items.length !== arg) {
      for (const o of items) decref(rt, o, 'temporary');
      if (items.length > arg) raise(rt, 'ValueError', `too many values to unpack (expected ${arg})`);
      raise(rt, 'ValueError', `not enough values to unpack (expected ${arg}, got ${items.length})`);
    }
  } finally {
    releaseN(rt, r);
  }
  for (let i = items.length - 1; i >= 0; i--) f.push(items[i]);
};

export const UNPACK_EX: OpHandler = (rt, f, arg) => {
  const before = arg & 0xff;
  const after = arg >> 8;
  const r = popN(f, 1);
  let items: PyObj[];
  try {
    items = collect(rt, r.items[0], Number.MAX_SAFE_INTEGER - 1);
    if (items.length < before + after) {
      for (const o of items) decref(rt, o, 'temporary');
      raise(rt, 'ValueError', `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
    }
  } finally {
    releaseN(rt, r);
  }
  const head = items.slice(0, before);
  const middle = items.slice(before, items.length - after);
  const tail = items.slice(items.length - after);
  for (let i = tail.length - 1; i >= 0; i--) f.push(tail[i]);
  f.push(newList(rt, middle));
  for (let i = head.length - 1; i >= 0; i--) f.push(head[i]);
};
