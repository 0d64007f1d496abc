// dict and its views. Mirrors Objects/dictobject.c: the compact ordered layout (entries in
// insertion order, DKIX_DUMMY for deleted ones), the shared empty keys, insertion_resize with
// GROWTH_RATE = used*3, _PyDict_NewPresized, dict_merge's presizing and clone fast paths,
// dict.copy's fast copy, lazy GC tracking (<= 3.13: MAINTAIN_TRACKING), dict_dealloc order.

import { objectHead, type PyObj, type Visit } from './object';
import type { Runtime } from '../vm/runtime';
import { defineType } from './types';
import { decref, incref } from '../heap/refcount';
import { raise, raiseKeyError } from './exception';
import { hashOf, hashForInsert, reprOf, richCompareBool, iterate, callObject, getIter, iterNext } from './protocol';
import { newInt, newBool } from './int';
import { newTuple } from './tuple';
import { newList } from './list';
import { mayBeTracked } from '../heap/gc';
import {
  EMPTY_DICT_TABLE, DICT_LOG_MINSIZE, usableFraction, estimateLog2Keysize, dictShapeAfterInsert, dictShapeAfterDelete,
  dictShapeAfterClear, dictShapeAfterMerge, dictShapeAfterCopy, type DictTableShape,
} from './layout';

export interface DictEntry {
  key: PyObj;
  value: PyObj;
  hash: bigint;
  lk: string;
}

export interface DictObj extends PyObj {
  /** Entries in insertion order; null = deleted (dummy). */
  entries: (DictEntry | null)[];
  index: Map<string, number[]>;
  used: number;
  /** The keys table as far as sizes go (objects/layout/dict.ts owns the growth rules). */
  shape: DictTableShape;
  /** Version counter bumped on mutation (iteration safety). */
  version: number;
  /** While a merge/copy sets the final shape itself. */
  shapeFrozen?: boolean;
  /** A key that is not an exact str was inserted (lookdict instead of lookdict_unicode). */
  generalKeys?: boolean;
  /** An instance __dict__ whose keys are its class's shared keys (a split table). */
  splitOf?: import('./object').PyType | null;
}

export function isDict(rt: Runtime, o: PyObj): o is DictObj {
  return o.type === rt.types.dict || (o.type.heap && o.type.builtinBase === rt.types.dict);
}

export function dictBytes(rt: Runtime): number {
  const p = rt.profile.platformModel.pointerBytes;
  return rt.profile.platformModel.gcHeadBytes + p * 6;
}

function compact(d: DictObj): void {
  if (d.entries.length === d.used) return;
  const live = d.entries.filter((e): e is DictEntry => e !== null);
  d.entries = live;
  d.index = new Map();
  live.forEach((e, i) => {
    const b = d.index.get(e.lk);
    if (b) b.push(i);
    else d.index.set(e.lk, [i]);
  });
}

export function newDict(rt: Runtime): DictObj {
  const d = objectHead(rt.types.dict, dictBytes(rt)) as DictObj;
  setEmpty(d);
  rt.adopt(d);
  if (!rt.profile.gc.dictLazyUntrack) rt.gc.track(d);
  return d;
}

/** A new dict's own fields (PyDict_New: the shared empty keys). */
function setEmpty(d: Omit<DictObj, keyof PyObj>): void {
  d.entries = [];
  d.index = new Map();
  d.used = 0;
  d.shape = EMPTY_DICT_TABLE;
  d.version = 0;
  d.shapeFrozen = false;
  d.generalKeys = false;
  d.splitOf = null;
}

/** _PyDict_NewPresized(n) (BUILD_MAP): a table sized for n items (str-only table when keysAllStr). */
export function newDictPresized(rt: Runtime, n: number, keysAllStr = true): DictObj {
  const d = newDict(rt);
  if (n > usableFraction(2 ** DICT_LOG_MINSIZE)) {
    const kind = rt.profile.layout.dictUnicodeEntries && keysAllStr ? 'unicode' : 'general';
    d.shape = { log2Size: estimateLog2Keysize(rt.profile, n), kind, used: 0, nentries: 0 };
  }
  return d;
}

/** The identity of a key for lookup: exact for built-in value types, hash-bucketed otherwise. */
export function lookupKey(rt: Runtime, key: PyObj, hash: bigint): string {
  const t = key.type;
  const ty = rt.types;
  if (t === ty.str) return strDictKey(key as StrObj);
  if (t === ty.int || t === ty.bool) return 'n' + (key as unknown as { value: bigint }).value;
  if (t === ty.float) {
    const v = (key as unknown as { value: number }).value;
    if (Number.isInteger(v)) return 'n' + BigInt(v);
    return 'f' + v;
  }
  if (t === ty.NoneType) return 'N';
  if (!t.heap && (t === ty.tuple || t === ty.frozenset || t === ty.bytes)) return 'h' + hash;
  return 'h' + hash;
}

function exactKind(lk: string): boolean {
  return lk[0] !== 'h';
}


/** Find the entry index for key, or -1. */
export function dictLookup(rt: Runtime, d: DictObj, key: PyObj, hash: bigint, lk: string): number {
  const bucket = d.index.get(lk);
  if (!bucket) return -1;
  for (let k = 0; k < bucket.length; k++) {
    const i = bucket[k];
    const e = d.entries[i];
    if (!e) continue;
    if (e.key === key || exactKind(lk)) return i;
    if (e.hash === hash && richCompareBool(rt, e.key, key, 'eq')) return i;
  }
  return -1;
}

/** Borrowed value for key, or null. */
export function dictGet(rt: Runtime, d: DictObj, key: PyObj): PyObj | null {
  const h = hashOf(rt, key);
  const i = dictLookup(rt, d, key, h, lookupKey(rt, key, h));
  return i < 0 ? null : d.entries[i]!.value;
}

/** The index key of an exact str, kept in the object after its first use as a key. */
export function strDictKey(s: StrObj): string {
  return (s.dictKey ??= 's' + s.value);
}

/** Borrowed value for a str key given as a JS string (module/class namespaces). */
export function dictGetStr(d: DictObj, name: string): PyObj | null {
  return dictGetByKey(d, 's' + name);
}

/** Borrowed value for an exact str key object (co_names: LOAD_NAME and kin). */
export function dictGetStrObj(d: DictObj, name: StrObj): PyObj | null {
  return dictGetByKey(d, strDictKey(name));
}

function dictGetByKey(d: DictObj, lk: string): PyObj | null {
  const b = d.index.get(lk);
  if (!b) return null;
  for (let k = 0; k < b.length; k++) {
    const e = d.entries[b[k]];
    if (e) return e.value;
  }
  return null;
}

/** d[key] = value; the dict increfs key (if new) and value. */
export function dictSet(rt: Runtime, d: DictObj, key: PyObj, value: PyObj): void {
  // an exact str (names, attributes) keeps its hash and index key: no protocol call needed
  const exactStr = key.type === rt.types.str;
  const h = exactStr ? (key as StrObj).cachedHash ?? hashForInsert(rt, key, 'dict key') : hashForInsert(rt, key, 'dict key');
  const lk = exactStr ? strDictKey(key as StrObj) : lookupKey(rt, key, h);
  const i = dictLookup(rt, d, key, h, lk);
  incref(rt, value, 'dict value');
  if (i >= 0) {
    const e = d.entries[i]!;
    const old = e.value;
    e.value = value;
    maintainTracking(rt, d, value);
    d.version++;
    // touched before the old value goes: its __del__ may run lines (steps) that show d
    if (rt.tracing) rt.trace.touch(d);
    decref(rt, old, 'dict value replaced');
    return;
  }
  incref(rt, key, 'dict key');
  if (key.type !== rt.types.str) {
    d.generalKeys = true;
    d.splitOf = null;
  }
  if (!d.shapeFrozen) {
    d.shape = dictShapeAfterInsert(rt.profile, d.shape, key.type === rt.types.str);
    if (d.shape.nentries === d.shape.used) compact(d);
  }
  d.entries.push({ key, value, hash: h, lk });
  const bucket = d.index.get(lk);
  if (bucket) bucket.push(d.entries.length - 1);
  else d.index.set(lk, [d.entries.length - 1]);
  d.used++;
  d.version++;
  maintainTracking(rt, d, key);
  maintainTracking(rt, d, value);
  if (rt.tracing) rt.trace.touch(d);
}

function maintainTracking(rt: Runtime, d: DictObj, o: PyObj): void {
  if (!d.tracked && mayBeTracked(rt, o)) rt.gc.track(d);
}

/** Remove key; returns the value reference (caller owns it) or null when missing. Key ref released. */
export function dictPop(rt: Runtime, d: DictObj, key: PyObj): PyObj | null {
  const h = hashOf(rt, key);
  const lk = lookupKey(rt, key, h);
  const i = dictLookup(rt, d, key, h, lk);
  if (i < 0) return null;
  return removeEntry(rt, d, i);
}

function removeEntry(rt: Runtime, d: DictObj, i: number): PyObj {
  const e = d.entries[i]!;
  d.entries[i] = null;
  const b = d.index.get(e.lk)!;
  b.splice(b.indexOf(i), 1);
  if (b.length === 0) d.index.delete(e.lk);
  d.used--;
  d.shape = dictShapeAfterDelete(d.shape);
  d.version++;
  decref(rt, e.key, 'dict key');
  if (rt.tracing) rt.trace.touch(d);
  return e.value;
}

export function dictDelStr(rt: Runtime, d: DictObj, name: string): boolean {
  const b = d.index.get('s' + name);
  if (!b || b.length === 0) return false;
  const v = removeEntry(rt, d, b[0]);
  decref(rt, v, 'dict value');
  return true;
}

export function dictItems(d: DictObj): DictEntry[] {
  return d.entries.filter((e): e is DictEntry => e !== null);
}

export function dictClear(rt: Runtime, d: DictObj): void {
  const old = d.entries;
  d.entries = [];
  d.index = new Map();
  d.used = 0;
  d.shape = dictShapeAfterClear();
  d.version++;
  for (const e of old) {
    if (!e) continue;
    decref(rt, e.key, 'dict key');
    decref(rt, e.value, 'dict value');
  }
  if (rt.tracing) rt.trace.touch(d);
}

/** dict_merge(a, b, override) for a dict source (CPython's presize and clone rules). */
export function dictMerge(rt: Runtime, target: DictObj, other: PyObj, override: boolean | 'error'): void {
  if (isDict(rt, other)) {
    if (other.used === 0) return;
    const items = dictItems(other);
    const fresh = items.filter((e) => dictLookup(rt, target, e.key, e.hash, e.lk) < 0).length;
    const allStr = items.every((e) => e.key.type === rt.types.str);
    const shape = dictShapeAfterMerge(rt.profile, target.shape, other.shape, fresh, allStr);
    target.shapeFrozen = true;
    try {
      for (const e of items) {
        if (override !== true && dictLookup(rt, target, e.key, e.hash, e.lk) >= 0) {
          if (override === 'error') raiseKeyError(rt, e.key);
          continue;
        }
        dictSet(rt, target, e.key, e.value);
      }
    } finally {
      target.shapeFrozen = false;
    }
    target.shape = shape;
    return;
  }
  // a mapping with keys(), or an iterable of pairs
  if (other.type !== rt.types.list && other.type !== rt.types.tuple && rt.hasAttr(other, 'keys')) {
    const keys = rt.callMethod(other, 'keys', []);
    try {
      iterate(rt, keys, (k) => {
        const v = rt.getItem(other, k);
        try {
          dictSet(rt, target, k, v);
        } finally {
          decref(rt, v, 'temporary');
        }
      });
    } finally {
      decref(rt, keys, 'temporary');
    }
    return;
  }
  let n = 0;
  iterate(rt, other, (pair) => {
    const kv: PyObj[] = [];
    iterate(rt, pair, (x) => { kv.push(x); });
    if (kv.length !== 2) raise(rt, 'ValueError', `dictionary update sequence element #${n} has length ${kv.length}; 2 is required`);
    dictSet(rt, target, kv[0], kv[1]);
    n++;
  });
}

export function dictCopy(rt: Runtime, d: DictObj): DictObj {
  const c = newDict(rt);
  const allStr = dictItems(d).every((e) => e.key.type === rt.types.str);
  const shape = dictShapeAfterCopy(rt.profile, d.shape, allStr);
  c.shapeFrozen = true;
  try {
    for (const e of dictItems(d)) dictSet(rt, c, e.key, e.value);
  } finally {
    c.shapeFrozen = false;
  }
  c.shape = shape;
  return c;
}

/** dict_traverse: values, and keys only when a non-str key made the table general. */
export function dictTraverse(o: PyObj, visit: Visit): void {
  const d = o as DictObj;
  const keys = visit.full || d.generalKeys;
  for (const e of d.entries) {
    if (!e) continue;
    visit(e.value, visit.named ? `value for key ${e.lk.slice(1, 30)}` : 'value');
    if (keys) visit(e.key, 'key');
  }
}

function dictRepr(rt: Runtime, o: PyObj): string {
  if (rt.reprEnter(o)) return '{...}';
  try {
    return `{${dictItems(o as DictObj).map((e) => `${reprOf(rt, e.key)}: ${reprOf(rt, e.value)}`).join(', ')}}`;
  } finally {
    rt.reprLeave(o);
  }
}

function none(rt: Runtime): PyObj {
  incref(rt, rt.None, 'result');
  return rt.None;
}

defineType({
  key: 'dict', name: 'dict', isGC: true,
  slots: {
    traverse: dictTraverse,
    dealloc(rt, o) {
      const d = o as DictObj;
      const old = d.entries;
      d.entries = [];
      d.index = new Map();
      d.used = 0;
      for (const e of old) {
        if (!e) continue;
        decref(rt, e.key, 'dict key');
        decref(rt, e.value, 'dict value');
      }
    },
    clear: (rt, o) => dictClear(rt, o as DictObj),
    repr: dictRepr,
    len: (_rt, o) => (o as DictObj).used,
    contains: (rt, o, key) => dictGet(rt, o as DictObj, key) !== null,
    /** dict_or: a copy of the left operand updated with the right one. */
    binop(rt, op, a, b) {
      if (op !== 'or' || !isDict(rt, a) || !isDict(rt, b)) return null;
      const r = dictCopy(rt, a as DictObj);
      try {
        dictMerge(rt, r, b, true);
      } catch (e) {
        decref(rt, r, 'temporary');
        throw e;
      }
      return r;
    },
    richcompare(rt, a, b, op) {
      if ((op !== 'eq' && op !== 'ne') || !isDict(rt, b)) return null;
      const da = a as DictObj;
      let eq = da.used === b.used;
      if (eq) {
        for (const e of dictItems(da)) {
          const v = dictGet(rt, b, e.key);
          if (!v || !(v === e.value || richCompareBool(rt, e.value, v, 'eq'))) { eq = false; break; }
        }
      }
      return newBool(rt, op === 'eq' ? eq : !eq);
    },
    getitem(rt, o, key) {
      const v = dictGet(rt, o as DictObj, key);
      if (v === null) {
        if (o.type.heap) {
          const missing = rt.lookupSpecial(o, '__missing__');
          if (missing) return callObject(rt, missing, [key], null);
        }
        raiseKeyError(rt, key);
      }
      incref(rt, v, 'result');
      return v;
    },
    setitem: (rt, o, key, value) => dictSet(rt, o as DictObj, key, value),
    delitem(rt, o, key) {
      const v = dictPop(rt, o as DictObj, key);
      if (v === null) raiseKeyError(rt, key);
      decref(rt, v, 'dict value');
    },
    iter: (rt, o) => newDictIter(rt, rt.types.dict_keyiterator, o as DictObj),
    new(rt, type, args, kwargs) {
      const d = type === rt.types.dict ? newDict(rt) : (() => {
        const fields = {} as Omit<DictObj, keyof PyObj>;
        setEmpty(fields);
        const x = rt.alloc<DictObj>(type, { ...fields, ...instanceFieldsFor(rt, type) }, dictBytes(rt));
        rt.gc.track(x);
        return x;
      })();
      try {
        if (args.length > 0) dictMerge(rt, d, args[0], true);
        if (kwargs) for (const [k, v] of kwargs) { const ks = newStrObj(rt, k); dictSet(rt, d, ks, v); decref(rt, ks, 'temporary'); }
      } catch (e) {
        decref(rt, d, 'temporary');
        throw e;
      }
      return d;
    },
  },
  methods: {
    get(rt, args, _k, self) {
      const v = dictGet(rt, self as DictObj, args[0]);
      const r = v ?? args[1] ?? rt.None;
      incref(rt, r, 'result');
      return r;
    },
    keys: (rt, _a, _k, self) => newDictView(rt, rt.types.dict_keys, self as DictObj),
    values: (rt, _a, _k, self) => newDictView(rt, rt.types.dict_values, self as DictObj),
    items: (rt, _a, _k, self) => newDictView(rt, rt.types.dict_items, self as DictObj),
    pop(rt, args, _k, self) {
      const v = dictPop(rt, self as DictObj, args[0]);
      if (v !== null) return v;
      if (args.length > 1) return (incref(rt, args[1], 'result'), args[1]);
      raiseKeyError(rt, args[0]);
    },
    popitem(rt, _a, _k, self) {
      const d = self as DictObj;
      for (let i = d.entries.length - 1; i >= 0; i--) {
        const e = d.entries[i];
        if (!e) continue;
        incref(rt, e.key, 'tuple item');
        const v = removeEntry(rt, d, i);
        return newTuple(rt, [e.key, v]);
      }
      raise(rt, 'KeyError', 'popitem(): dictionary is empty');
    },
    setdefault(rt, args, _k, self) {
      const d = self as DictObj;
      const v = dictGet(rt, d, args[0]);
      if (v !== null) return (incref(rt, v, 'result'), v);
      const dflt = args[1] ?? rt.None;
      dictSet(rt, d, args[0], dflt);
      incref(rt, dflt, 'result');
      return dflt;
    },
    update(rt, args, kwargs, self) {
      if (args.length > 0) dictMerge(rt, self as DictObj, args[0], true);
      if (kwargs) for (const [k, v] of kwargs) { const ks = newStrObj(rt, k); dictSet(rt, self as DictObj, ks, v); decref(rt, ks, 'temporary'); }
      return none(rt);
    },
    clear(rt, _a, _k, self) {
      dictClear(rt, self as DictObj);
      return none(rt);
    },
    copy: (rt, _a, _k, self) => dictCopy(rt, self as DictObj),
    fromkeys: {
      isClass: true,
      fn(rt, args) {
        const d = newDict(rt);
        const v = args[1] ?? rt.None;
        iterate(rt, args[0], (k) => dictSet(rt, d, k, v));
        return d;
      },
    },
    __len__: (rt, _a, _k, self) => newInt(rt, (self as DictObj).used),
    __contains__: (rt, args, _k, self) => newBool(rt, dictGet(rt, self as DictObj, args[0]) !== null),
    __getitem__(rt, args, _k, self) {
      const v = dictGet(rt, self as DictObj, args[0]);
      if (v === null) raiseKeyError(rt, args[0]);
      return (incref(rt, v, 'result'), v);
    },
    __setitem__(rt, args, _k, self) {
      dictSet(rt, self as DictObj, args[0], args[1]);
      return none(rt);
    },
  },
});

// ---- views --------------------------------------------------------------------------------

export interface DictViewObj extends PyObj {
  dict: DictObj;
}

export function newDictView(rt: Runtime, type: import('./object').PyType, d: DictObj): DictViewObj {
  incref(rt, d, 'view of dict');
  const p = rt.profile.platformModel.pointerBytes;
  const v = rt.alloc<DictViewObj>(type, { dict: d }, rt.profile.platformModel.gcHeadBytes + p * 3);
  rt.gc.track(v);
  return v;
}

const viewKinds = { dict_keys: 'keys', dict_values: 'values', dict_items: 'items' } as const;

for (const key of ['dict_keys', 'dict_values', 'dict_items'] as const) {
  defineType({
    key, name: key, isGC: true, baseType: false,
    slots: {
      traverse: (o, visit) => visit((o as DictViewObj).dict, 'dict'),
      dealloc: (rt, o) => decref(rt, (o as DictViewObj).dict, 'view of dict'),
      len: (_rt, o) => (o as DictViewObj).dict.used,
      repr(rt, o) {
        const d = (o as DictViewObj).dict;
        const items = dictItems(d);
        const kind = viewKinds[key];
        const parts = items.map((e) => kind === 'keys' ? reprOf(rt, e.key) : kind === 'values' ? reprOf(rt, e.value) : `(${reprOf(rt, e.key)}, ${reprOf(rt, e.value)})`);
        return `${key}([${parts.join(', ')}])`;
      },
      iter(rt, o) {
        const t = key === 'dict_keys' ? rt.types.dict_keyiterator : key === 'dict_values' ? rt.types.dict_valueiterator : rt.types.dict_itemiterator;
        return newDictIter(rt, t, (o as DictViewObj).dict);
      },
      // keys and items views are set-like; values views are not
      binop: key === 'dict_values' ? undefined : (rt, op, a, b) => {
        if (op !== 'and' && op !== 'or' && op !== 'sub' && op !== 'xor') return null;
        return dictViewSetOp(rt, op, a, b);
      },
      contains(rt, o, x) {
        const d = (o as DictViewObj).dict;
        if (key === 'dict_keys') return dictGet(rt, d, x) !== null;
        if (key === 'dict_values') return dictItems(d).some((e) => e.value === x || richCompareBool(rt, e.value, x, 'eq'));
        const it = getIter(rt, x);
        const k = iterNext(rt, it), v = k && iterNext(rt, it);
        decref(rt, it, 'temporary');
        if (!k || !v) return false;
        const found = dictGet(rt, d, k);
        const r = found !== null && (found === v || richCompareBool(rt, found, v, 'eq'));
        decref(rt, k, 'temporary');
        decref(rt, v, 'temporary');
        return r;
      },
    },
    methods: {},
  });
}

export function dictKeysList(rt: Runtime, d: DictObj): PyObj {
  const items = dictItems(d).map((e) => (incref(rt, e.key, 'list item'), e.key));
  return newList(rt, items);
}

import { newDictIter } from './iterators';
import { dictViewSetOp } from './set';
import { newStr as newStrObj, type StrObj } from './str';
import { instanceFieldsFor } from './instance';
