// set and frozenset. Mirrors Objects/setobject.c: the open-addressing table with LINEAR_PROBES
// and perturbation (so iteration order of ints matches CPython), fill/used, resizing when
// fill*5 >= mask*3 to the next power of two above 4*used, set_merge's direct copy, set_pop's finger.

import type { PyObj, PyType, Visit } from './object';
import type { Runtime } from '../vm/runtime';
import { defineType } from './types';
import { decref, incref } from '../heap/refcount';
import { raise, raiseKeyError } from './exception';
import { hashOf, hashForInsert, reprOf, richCompareBool, iterate, lengthOf, contains } from './protocol';
import { newBool, newInt } from './int';
import { isDict, dictItems } from './dict';
import { newSeqIter } from './iterators';

const DUMMY = { dummy: true } as const;
type Slot = { key: PyObj; hash: bigint } | typeof DUMMY | null;

export interface SetObj extends PyObj {
  table: Slot[];
  mask: number;
  fill: number;
  used: number;
  finger: number;
  /** Width of Py_hash_t / size_t on the platform (perturbation is unsigned). */
  hashBits: number;
  /** frozenset hash cache */
  hashCache: bigint | null;
}

const LINEAR_PROBES = 9;
const MINSIZE = 8;

export function isAnySet(rt: Runtime, o: PyObj): o is SetObj {
  const t = o.type.builtinBase;
  return t === rt.types.set || t === rt.types.frozenset;
}

export function setBytes(rt: Runtime): number {
  const p = rt.profile.platformModel.pointerBytes;
  // ob_refcnt, ob_type, fill, used, mask, table, hash, finger, smalltable[8] (2 words each), weakreflist
  return rt.profile.platformModel.gcHeadBytes + p * 8 + MINSIZE * 2 * p + p;
}

export function newSet(rt: Runtime, type: PyType = rt.types.set): SetObj {
  const s = rt.alloc<SetObj>(type, setFields(rt, type), setBytes(rt));
  rt.gc.track(s);
  return s;
}

function setFields(rt: Runtime, type: PyType): Omit<SetObj, keyof PyObj> {
  return { table: new Array(MINSIZE).fill(null), mask: MINSIZE - 1, fill: 0, used: 0, finger: 0, hashCache: null, hashBits: rt.profile.platformModel.hashBits, ...(type.heap ? instanceFieldsFor(rt, type) : {}) };
}

function uhash(h: bigint, bits = 64): bigint {
  return BigInt.asUintN(bits, h);
}

function findSlot(rt: Runtime, s: SetObj, key: PyObj, hash: bigint): { index: number; found: boolean; free: number } {
  const mask = BigInt(s.mask);
  const bits = s.hashBits;
  let i = uhash(hash, bits) & mask;
  let perturb = uhash(hash, bits);
  let free = -1;
  for (;;) {
    let idx = Number(i);
    const probes = idx + LINEAR_PROBES <= s.mask ? LINEAR_PROBES : 0;
    for (let p = 0; p <= probes; p++, idx++) {
      const e = s.table[idx];
      if (e === null) return { index: free >= 0 ? free : idx, found: false, free };
      if (e === DUMMY) {
        if (free < 0) free = idx;
        continue;
      }
      const entry = e as { key: PyObj; hash: bigint };
      if (entry.key === key) return { index: idx, found: true, free };
      if (entry.hash === hash) {
        const table = s.table;
        const eq = richCompareBool(rt, entry.key, key, 'eq');
        if (table !== s.table || s.table[idx] !== e) return findSlot(rt, s, key, hash);
        if (eq) return { index: idx, found: true, free };
      }
    }
    perturb >>= 5n;
    i = (i * 5n + 1n + perturb) & mask;
  }
}

function insertClean(s: SetObj, key: PyObj, hash: bigint): void {
  const mask = BigInt(s.mask);
  const bits = s.hashBits;
  let i = uhash(hash, bits) & mask;
  let perturb = uhash(hash, bits);
  for (;;) {
    let idx = Number(i);
    const probes = idx + LINEAR_PROBES <= s.mask ? LINEAR_PROBES : 0;
    for (let p = 0; p <= probes; p++, idx++) {
      if (s.table[idx] === null) {
        s.table[idx] = { key, hash };
        return;
      }
    }
    perturb >>= 5n;
    i = (i * 5n + 1n + perturb) & mask;
  }
}

function tableResize(s: SetObj, minused: number): void {
  let newsize = MINSIZE;
  while (newsize <= minused) newsize <<= 1;
  const old = s.table;
  s.table = new Array(newsize).fill(null);
  s.mask = newsize - 1;
  s.fill = s.used;
  for (const e of old) if (e && e !== DUMMY) insertClean(s, (e as { key: PyObj }).key, (e as { hash: bigint }).hash);
}

/** Add key (the set increfs it if kept). */
export function setAdd(rt: Runtime, s: SetObj, key: PyObj): void {
  const hash = hashForInsert(rt, key, 'set element');
  setAddHashed(rt, s, key, hash);
}

function setAddHashed(rt: Runtime, s: SetObj, key: PyObj, hash: bigint): void {
  const r = findSlot(rt, s, key, hash);
  if (r.found) return;
  incref(rt, key, 'set element');
  const wasEmpty = s.table[r.index] === null;
  s.table[r.index] = { key, hash };
  s.used++;
  if (wasEmpty) {
    s.fill++;
    if (s.fill * 5 >= s.mask * 3) tableResize(s, s.used > 50000 ? s.used * 2 : s.used * 4);
  }
  if (rt.tracing) rt.trace.touch(s);
}

export function setContains(rt: Runtime, s: SetObj, key: PyObj): boolean {
  return findSlot(rt, s, key, hashOf(rt, key)).found;
}

/** Remove key; returns true if it was present (its reference released). */
export function setDiscard(rt: Runtime, s: SetObj, key: PyObj): boolean {
  const r = findSlot(rt, s, key, hashOf(rt, key));
  if (!r.found) return false;
  const e = s.table[r.index] as { key: PyObj };
  s.table[r.index] = DUMMY;
  s.used--;
  decref(rt, e.key, 'set element');
  if (rt.tracing) rt.trace.touch(s);
  return true;
}

export function setKeys(s: SetObj): PyObj[] {
  const out: PyObj[] = [];
  for (const e of s.table) if (e && e !== DUMMY) out.push((e as { key: PyObj }).key);
  return out;
}

function setEntries(s: SetObj): { key: PyObj; hash: bigint }[] {
  return s.table.filter((e) => e && e !== DUMMY) as { key: PyObj; hash: bigint }[];
}

/** set_update_internal */
export function setUpdate(rt: Runtime, s: SetObj, other: PyObj): void {
  if (isAnySet(rt, other)) {
    if (other.used === 0) return;
    if ((s.fill + other.used) * 5 >= s.mask * 3) tableResize(s, (s.used + other.used) * 2);
    if (s.fill === 0 && s.mask === other.mask) {
      for (let i = 0; i <= other.mask; i++) {
        const e = other.table[i];
        if (e && e !== DUMMY) {
          const en = e as { key: PyObj; hash: bigint };
          incref(rt, en.key, 'set element');
          s.table[i] = { key: en.key, hash: en.hash };
          s.fill++;
          s.used++;
        }
      }
      return;
    }
    for (const e of setEntries(other)) setAddHashed(rt, s, e.key, e.hash);
    return;
  }
  if (isDict(rt, other)) {
    const n = other.used;
    if ((s.fill + n) * 5 >= s.mask * 3) tableResize(s, (s.used + n) * 2);
    for (const e of dictItems(other)) setAddHashed(rt, s, e.key, e.hash);
    return;
  }
  iterate(rt, other, (x) => setAdd(rt, s, x));
}

function setClear(rt: Runtime, s: SetObj): void {
  const keys = setKeys(s);
  s.table = new Array(MINSIZE).fill(null);
  s.mask = MINSIZE - 1;
  s.fill = 0;
  s.used = 0;
  for (const k of keys) decref(rt, k, 'set element');
  if (rt.tracing) rt.trace.touch(s);
}

export function setTraverse(o: PyObj, visit: Visit): void {
  for (const k of setKeys(o as SetObj)) visit(k, 'element');
}

function makeLike(rt: Runtime, like: PyObj): SetObj {
  return newSet(rt, like.type.builtinBase === rt.types.frozenset ? rt.types.frozenset : rt.types.set);
}

function toSet(rt: Runtime, o: PyObj): SetObj {
  const s = newSet(rt);
  try {
    setUpdate(rt, s, o);
  } catch (e) {
    decref(rt, s, 'temporary');
    throw e;
  }
  return s;
}

function binop(rt: Runtime, op: string, a: SetObj, b: SetObj): SetObj {
  const r = makeLike(rt, a);
  if (op === 'or') {
    setUpdate(rt, r, a);
    setUpdate(rt, r, b);
  } else if (op === 'and') {
    const [small, big] = a.used <= b.used ? [a, b] : [b, a];
    for (const e of setEntries(small)) if (findSlot(rt, big, e.key, e.hash).found) setAddHashed(rt, r, e.key, e.hash);
  } else if (op === 'sub') {
    for (const e of setEntries(a)) if (!findSlot(rt, b, e.key, e.hash).found) setAddHashed(rt, r, e.key, e.hash);
  } else {
    for (const e of setEntries(a)) if (!findSlot(rt, b, e.key, e.hash).found) setAddHashed(rt, r, e.key, e.hash);
    for (const e of setEntries(b)) if (!findSlot(rt, a, e.key, e.hash).found) setAddHashed(rt, r, e.key, e.hash);
  }
  return r;
}

/**
 * `&`, `|`, `-` and `^` with a dict_keys or dict_items view on either side (dictviews_and, _or,
 * _sub, _xor in Objects/dictobject.c): a new set. `|`, `-` and `^` copy the left operand (view or
 * any iterable) into a set and update it with the right one. `&` keeps the elements of the side it
 * iterates: the view when the other side is a set at least as large, else the other side.
 */
export function dictViewSetOp(rt: Runtime, op: 'and' | 'or' | 'sub' | 'xor', a: PyObj, b: PyObj): SetObj {
  if (op === 'and') {
    let [view, other] = isSetView(rt, a) ? [a, b] : [b, a];
    const viewLen = lengthOf(rt, view);
    // set.intersection when the other side is a set at least as large; else the larger view is
    // the one looked in
    const iterateView = other.type === rt.types.set && viewLen <= (other as SetObj).used;
    if (!iterateView && isSetView(rt, other) && lengthOf(rt, other) > viewLen) [view, other] = [other, view];
    const [iterated, lookedIn] = iterateView ? [view, other] : [other, view];
    const r = newSet(rt);
    try {
      iterate(rt, iterated, (x) => { if (contains(rt, lookedIn, x)) setAdd(rt, r, x); });
    } catch (e) {
      decref(rt, r, 'temporary');
      throw e;
    }
    return r;
  }
  const r = toSet(rt, a);
  try {
    if (op === 'or') setUpdate(rt, r, b);
    else withSetArg(rt, b, (other) => {
      for (const e of setEntries(other)) {
        if (setDiscard(rt, r, e.key) || op === 'sub') continue;
        setAddHashed(rt, r, e.key, e.hash);
      }
    });
  } catch (e) {
    decref(rt, r, 'temporary');
    throw e;
  }
  return r;
}

function isSetView(rt: Runtime, o: PyObj): boolean {
  return o.type === rt.types.dict_keys || o.type === rt.types.dict_items;
}

function isSubset(rt: Runtime, a: SetObj, b: SetObj): boolean {
  if (a.used > b.used) return false;
  return setEntries(a).every((e) => findSlot(rt, b, e.key, e.hash).found);
}

function none(rt: Runtime): PyObj {
  incref(rt, rt.None, 'result');
  return rt.None;
}

function withSetArg<T>(rt: Runtime, o: PyObj, f: (s: SetObj) => T): T {
  if (isAnySet(rt, o)) return f(o);
  const s = toSet(rt, o);
  try {
    return f(s);
  } finally {
    decref(rt, s, 'temporary');
  }
}

function setSlots(frozen: boolean) {
  return {
    traverse: setTraverse,
    dealloc(rt: Runtime, o: PyObj) {
      const s = o as SetObj;
      const keys = setKeys(s);
      s.table = [];
      s.used = 0;
      for (const k of keys) decref(rt, k, 'set element');
    },
    clear: (rt: Runtime, o: PyObj) => setClear(rt, o as SetObj),
    repr(rt: Runtime, o: PyObj) {
      const s = o as SetObj;
      const name = o.type.name;
      if (s.used === 0) return `${name}()`;
      if (rt.reprEnter(o)) return `${name}(...)`;
      try {
        const body = `{${setKeys(s).map((k) => reprOf(rt, k)).join(', ')}}`;
        return o.type === rt.types.set ? body : `${name}(${body})`;
      } finally {
        rt.reprLeave(o);
      }
    },
    len: (_rt: Runtime, o: PyObj) => (o as SetObj).used,
    contains: (rt: Runtime, o: PyObj, key: PyObj) => {
      if (key.type === rt.types.set) return withSetArg(rt, key, () => false) || false;
      return setContains(rt, o as SetObj, key);
    },
    iter: (rt: Runtime, o: PyObj) => newSeqIter(rt, rt.types.set_iterator, o),
    hash: frozen ? (rt: Runtime, o: PyObj) => frozensetHash(rt, o as SetObj) : undefined,
    richcompare(rt: Runtime, a: PyObj, b: PyObj, op: import('./object').CompareOp) {
      if (!isAnySet(rt, b)) return null;
      const x = a as SetObj;
      switch (op) {
        case 'eq': return newBool(rt, x.used === b.used && isSubset(rt, x, b));
        case 'ne': return newBool(rt, !(x.used === b.used && isSubset(rt, x, b)));
        case 'le': return newBool(rt, isSubset(rt, x, b));
        case 'ge': return newBool(rt, isSubset(rt, b, x));
        case 'lt': return newBool(rt, x.used < b.used && isSubset(rt, x, b));
        case 'gt': return newBool(rt, x.used > b.used && isSubset(rt, b, x));
      }
    },
    binop(rt: Runtime, op: import('./object').BinOp, a: PyObj, b: PyObj) {
      if (!isAnySet(rt, a) || !isAnySet(rt, b)) return null;
      if (op === 'or' || op === 'and' || op === 'sub' || op === 'xor') return binop(rt, op, a, b);
      return null;
    },
    new(rt: Runtime, type: PyType, args: PyObj[]) {
      if (frozen && type === rt.types.frozenset && args.length > 0 && args[0].type === rt.types.frozenset) {
        incref(rt, args[0], 'result');
        return args[0];
      }
      const s = type.heap ? (() => { const x = rt.alloc<SetObj>(type, setFields(rt, type), setBytes(rt)); rt.gc.track(x); return x; })() : newSet(rt, type);
      if (args.length > 0) {
        try {
          setUpdate(rt, s, args[0]);
        } catch (e) {
          decref(rt, s, 'temporary');
          throw e;
        }
      }
      return s;
    },
  };
}

function frozensetHash(rt: Runtime, s: SetObj): bigint {
  if (s.hashCache !== null) return s.hashCache;
  const mask64 = (1n << 64n) - 1n;
  const shuffle = (h: bigint) => ((((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & mask64);
  let hash = 0n;
  for (const e of setEntries(s)) hash ^= shuffle(uhash(e.hash));
  hash ^= (BigInt(s.used) + 1n) * 1927868237n;
  hash &= mask64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & mask64;
  let r = BigInt.asIntN(rt.profile.platformModel.hashBits, hash);
  if (r === -1n) r = 590923713n;
  s.hashCache = r;
  return r;
}

const sharedMethods = {
  copy(rt: Runtime, _a: PyObj[], _k: unknown, self: PyObj | null) {
    if (self!.type === rt.types.frozenset) return (incref(rt, self!, 'result'), self!);
    const r = makeLike(rt, self!);
    setUpdate(rt, r, self!);
    return r;
  },
  union(rt: Runtime, args: PyObj[], _k: unknown, self: PyObj | null) {
    const r = makeLike(rt, self!);
    setUpdate(rt, r, self!);
    for (const a of args) setUpdate(rt, r, a);
    return r;
  },
  intersection: (rt: Runtime, args: PyObj[], _k: unknown, self: PyObj | null) => withSetArg(rt, args[0], (b) => binop(rt, 'and', self as SetObj, b)),
  difference: (rt: Runtime, args: PyObj[], _k: unknown, self: PyObj | null) => withSetArg(rt, args[0], (b) => binop(rt, 'sub', self as SetObj, b)),
  symmetric_difference: (rt: Runtime, args: PyObj[], _k: unknown, self: PyObj | null) => withSetArg(rt, args[0], (b) => binop(rt, 'xor', self as SetObj, b)),
  issubset: (rt: Runtime, args: PyObj[], _k: unknown, self: PyObj | null) => withSetArg(rt, args[0], (b) => newBool(rt, isSubset(rt, self as SetObj, b))),
  issuperset: (rt: Runtime, args: PyObj[], _k: unknown, self: PyObj | null) => withSetArg(rt, args[0], (b) => newBool(rt, isSubset(rt, b, self as SetObj))),
  isdisjoint: (rt: Runtime, args: PyObj[], _k: unknown, self: PyObj | null) => withSetArg(rt, args[0], (b) => newBool(rt, setEntries(self as SetObj).every((e) => !findSlot(rt, b, e.key, e.hash).found))),
  __len__: (rt: Runtime, _a: PyObj[], _k: unknown, self: PyObj | null) => newInt(rt, (self as SetObj).used),
  __contains__: (rt: Runtime, args: PyObj[], _k: unknown, self: PyObj | null) => newBool(rt, setContains(rt, self as SetObj, args[0])),
};

defineType({
  key: 'set', name: 'set', isGC: true, weakrefable: true,
  slots: setSlots(false),
  methods: {
    ...sharedMethods,
    add(rt, args, _k, self) {
      setAdd(rt, self as SetObj, args[0]);
      return none(rt);
    },
    discard(rt, args, _k, self) {
      setDiscard(rt, self as SetObj, args[0]);
      return none(rt);
    },
    remove(rt, args, _k, self) {
      if (!setDiscard(rt, self as SetObj, args[0])) raiseKeyError(rt, args[0]);
      return none(rt);
    },
    pop(rt, _a, _k, self) {
      const s = self as SetObj;
      if (s.used === 0) raise(rt, 'KeyError', 'pop from an empty set');
      let i = s.finger & s.mask;
      while (s.table[i] === null || s.table[i] === DUMMY) {
        i++;
        if (i > s.mask) i = 0;
      }
      const e = s.table[i] as { key: PyObj };
      s.table[i] = DUMMY;
      s.used--;
      s.finger = i + 1;
      if (rt.tracing) rt.trace.touch(s);
      return e.key; // the set's reference moves to the caller
    },
    update(rt, args, _k, self) {
      for (const a of args) setUpdate(rt, self as SetObj, a);
      return none(rt);
    },
    clear(rt, _a, _k, self) {
      setClear(rt, self as SetObj);
      return none(rt);
    },
    difference_update(rt, args, _k, self) {
      withSetArg(rt, args[0], (b) => { for (const k of setKeys(b)) setDiscard(rt, self as SetObj, k); });
      return none(rt);
    },
    intersection_update(rt, args, _k, self) {
      const s = self as SetObj;
      withSetArg(rt, args[0], (b) => { for (const e of setEntries(s)) if (!findSlot(rt, b, e.key, e.hash).found) setDiscard(rt, s, e.key); });
      return none(rt);
    },
  },
});

defineType({ key: 'frozenset', name: 'frozenset', isGC: true, weakrefable: true, slots: setSlots(true), methods: { ...sharedMethods } });

import { instanceFieldsFor } from './instance';
