// The abstract object protocol: attribute lookup, calls, comparisons, truth, hashing, repr/str,
// iteration, subscripts and operators, dispatching to built-in type slots or to a class's dunder
// methods. Mirrors Objects/abstract.c, Objects/object.c (PyObject_GetAttr, PyObject_RichCompare,
// PyObject_Hash, PyObject_Repr, PyObject_IsTrue) and Objects/typeobject.c (slot wrappers, _PyType_Lookup).
// Every function returning a PyObj returns a NEW reference; arguments are borrowed.

import type { BinOp, CompareOp, NativeMethod, PyObj, PyType, UnaryOp } from './object';
import { isSubtype } from './object';
import type { Runtime } from '../vm/runtime';
import { decref, incref } from '../heap/refcount';
import { raise, PyException, isException } from './exception';
import { hashPointer } from './hash';
import { COMPARE_SYMBOL, SWAPPED } from './common';
import type { DictObj } from './dict';
import { dictGetStr } from './dict';
import { VECTORCALL_TYPES } from './vectorcall';
import { vmMessages } from '../vm/messages';
import { isRealBuiltinAttribute, unsupportedAttribute } from '../modules/refusals';
import { newMethodWrapper, slotWrapperDescr } from './slotwrapper';
import { absentInThisVersion, findDataDescriptor } from './introspection';
import { builtinDataDescr } from './member-descriptor';

// ---- type lookup -------------------------------------------------------------------------------

export type Found = { obj: PyObj; native: null; owner: PyType } | { obj: null; native: NativeMethod; owner: PyType };

/** _PyType_Lookup: search the MRO's dicts (heap types) and method tables (built-in types). */
export function lookupType(type: PyType, name: string): Found | null {
  for (const t of type.mro) {
    if (t.dict) {
      const v = dictGetStr(t.dict as DictObj, name);
      if (v) return { obj: v, native: null, owner: t };
    }
    if (!t.heap) {
      const m = t.methods.get(name);
      if (m) return { obj: null, native: m, owner: t };
    }
  }
  return null;
}

/** A Python-level dunder defined by a class (heap type) in the MRO, borrowed; null if none. */
export function lookupDunder(type: PyType, name: string): PyObj | null {
  if (!type.heap) return null;
  for (const t of type.mro) {
    if (!t.heap) return null;
    // a class the collector already cleared (type_clear: no dict, no MRO) defines nothing
    if (!t.dict) return null;
    const v = dictGetStr(t.dict as DictObj, name);
    if (v) return v;
  }
  return null;
}

/** Bound special method of o (new reference) or null: used for __missing__, __reversed__, etc. */
export function lookupSpecial(rt: Runtime, o: PyObj, name: string): PyObj | null {
  const f = lookupType(o.type, name);
  if (!f) return null;
  return bindFound(rt, f, o, o.type);
}

/** What lookupType found, bound to `self` (null: looked up on the type itself) with `type` for classmethods and descriptors. */
export function bindFound(rt: Runtime, f: Found, self: PyObj | null, type: PyType): PyObj {
  if (f.native) {
    if (f.native.isNone) return (incref(rt, rt.None, 'attribute value'), rt.None);
    if (f.native.isStatic) return rt.newBuiltin(f.native.name, f.native.fn, null);
    if (f.native.isClass) return rt.newBuiltin(f.native.name, f.native.fn, type);
    if (f.native.wrapper) return self === null ? slotWrapperDescr(rt, f.owner, f.native) : newMethodWrapper(rt, f.owner, f.native, self);
    if (self === null) return rt.methodDescr(f.owner, f.native);
    return rt.newBuiltin(f.native.name, f.native.fn, self);
  }
  const d = f.obj.type.slots.descrGet;
  if (d) return d(rt, f.obj, self, type);
  incref(rt, f.obj, 'attribute value');
  return f.obj;
}

/** Call a dunder found on the type with self prepended (new reference). */
export function callDunder(rt: Runtime, fn: PyObj, self: PyObj, args: PyObj[]): PyObj {
  if (fn.type === rt.types.function) return callObject(rt, fn, [self, ...args], null);
  const bound = fn.type.slots.descrGet ? fn.type.slots.descrGet(rt, fn, self, self.type) : (incref(rt, fn, 'temporary'), fn);
  try {
    return callObject(rt, bound, args, null);
  } finally {
    decref(rt, bound, 'temporary');
  }
}

// ---- attributes --------------------------------------------------------------------------------

function attributeError(rt: Runtime, o: PyObj, name: string): never {
  refuseRealAttribute(rt, o, name);
  if (o.type === rt.types.type || o.type.mro.includes(rt.types.type)) {
    raise(rt, 'AttributeError', `type object '${(o as PyType).name}' has no attribute '${name}'`);
  }
  if (o.type === rt.types.module) raise(rt, 'AttributeError', `module '${(o as unknown as { name: string }).name}' has no attribute '${name}'`);
  raise(rt, 'AttributeError', `'${o.type.name}' object has no attribute '${name}'`);
}

/** A real CPython attribute of a built-in type that the simulator lacks is refused, not an AttributeError. */
function refuseRealAttribute(rt: Runtime, o: PyObj, name: string): void {
  // a getset or member CPython's type dict has but the type's getattr hook does not model
  if (o.type !== rt.types.module && findDataDescriptor(o.type, name)) throw unsupportedAttribute(o.type.name, name, rt.currentLocation());
  if (isTypeObject(rt, o) || o.type === rt.types.module) return;
  if (absentInThisVersion(o.type, name)) return; // e.g. __getstate__ before 3.11: a plain AttributeError
  const builtinTypes = o.type.mro.filter((t) => !t.heap).map((t) => t.name);
  if (!isRealBuiltinAttribute(builtinTypes, name)) return;
  const f = rt.frames[rt.frames.length - 1];
  const loc = f?.code.code.instructions[f.pc - 1]?.loc;
  if (loc) throw unsupportedAttribute(builtinTypes[0]!, name, loc);
}

/** getattr(o, name): new reference; raises AttributeError. */
export function getAttr(rt: Runtime, o: PyObj, name: string): PyObj {
  const r = getAttrOrNull(rt, o, name);
  if (r === null) {
    const ga = lookupDunder(o.type, '__getattr__');
    if (ga) {
      const n = rt.str(name);
      try {
        return callDunder(rt, ga, o, [n]);
      } finally {
        decref(rt, n, 'temporary');
      }
    }
    attributeError(rt, o, name);
  }
  return r;
}

/** Like getAttr but returns null instead of raising AttributeError for a missing attribute. */
export function getAttrOrNull(rt: Runtime, o: PyObj, name: string): PyObj | null {
  if (isTypeObject(rt, o)) return typeGetAttr(rt, o as PyType, name);
  if (o.type.slots.getattrFirst) {
    const v = o.type.slots.getattr!(rt, o, name);
    if (v) return v;
  }
  const found = lookupType(o.type, name);
  // data descriptors (property, __slots__ members) win over the instance dict
  if (found && found.obj && found.obj.type.slots.isDataDescr) return bindFound(rt, found, o, o.type);
  const own = rt.instanceAttr(o, name);
  if (own) {
    incref(rt, own, 'attribute value');
    return own;
  }
  if (found) return bindFound(rt, found, o, o.type);
  const hook = o.type.slots.getattr ?? o.type.builtinBase.slots.getattr;
  if (hook) {
    const v = hook(rt, o, name);
    if (v) return v;
  }
  return genericSpecialAttr(rt, o, name);
}

function genericSpecialAttr(rt: Runtime, o: PyObj, name: string): PyObj | null {
  if (name === '__weakref__' && o.type.weakrefable) {
    const w = o.weakrefs?.[0] ?? rt.None;
    incref(rt, w, 'attribute value');
    return w;
  }
  if (name === '__class__') {
    incref(rt, o.type, 'attribute value');
    return o.type;
  }
  if (name === '__dict__' && o.type.hasInstanceDict) return rt.instanceDict(o);
  // a built-in type's __doc__, found through the instance (objects/introspection.ts)
  if (name === '__doc__' && !o.type.heap) return rt.typeSpecialAttr(o.type, name) ?? (incref(rt, rt.None, 'attribute value'), rt.None);
  return null;
}

export function isTypeObject(rt: Runtime, o: PyObj): boolean {
  return o.type === rt.types.type || (o.type.heap && isSubtype(o.type, rt.types.type));
}

/** type_getattro: metatype data descriptors, then the class's MRO, then the metatype. */
/**
 * Attributes of every class that are data descriptors of its metatype (getsets and members of
 * `type`): type_getattro finds them before anything in the class's own MRO (a class's `__dict__`
 * entry describes its instances' dict, not its own).
 */
const TYPE_DATA_DESCRIPTORS = new Set(['__dict__', '__name__', '__qualname__', '__mro__', '__bases__', '__base__', '__basicsize__', '__itemsize__', '__class__']);

function typeGetAttr(rt: Runtime, t: PyType, name: string): PyObj | null {
  if (TYPE_DATA_DESCRIPTORS.has(name)) {
    const special = rt.typeSpecialAttr(t, name);
    if (special) return special;
  }
  const found = lookupType(t, name);
  if (found) {
    if (found.native) return bindFound(rt, found, null, t);
    const d = found.obj.type.slots.descrGet;
    if (d && found.obj.type !== rt.types.property) return d(rt, found.obj, null, t);
    incref(rt, found.obj, 'attribute value');
    return found.obj;
  }
  const special = rt.typeSpecialAttr(t, name);
  if (special) return special;
  // a getset or member of a built-in type in the MRO (int.real, BaseException.args)
  const data = findDataDescriptor(t, name);
  if (data) return builtinDataDescr(rt, data.owner, name, data.kind);
  // then the metatype's attributes, bound to the class (int.__call__, str.__or__, C.mro)
  const meta = lookupType(t.type, name);
  return meta ? bindFound(rt, meta, t, t.type) : null;
}

export function setAttr(rt: Runtime, o: PyObj, name: string, value: PyObj | null): void {
  if (isTypeObject(rt, o)) {
    rt.typeSetAttr(o as PyType, name, value);
    return;
  }
  const sa = lookupDunder(o.type, value ? '__setattr__' : '__delattr__');
  if (sa) {
    const n = rt.str(name);
    try {
      const r = callDunder(rt, sa, o, value ? [n, value] : [n]);
      decref(rt, r, 'temporary');
    } finally {
      decref(rt, n, 'temporary');
    }
    return;
  }
  genericSetAttr(rt, o, name, value);
}

/** object.__setattr__ */
export function genericSetAttr(rt: Runtime, o: PyObj, name: string, value: PyObj | null): void {
  const found = lookupType(o.type, name);
  if (found && found.obj && found.obj.type.slots.isDataDescr) {
    rt.descrSet(found.obj, o, value);
    return;
  }
  const hook = o.type.slots.setattr;
  if (hook && hook(rt, o, name, value)) return;
  if (rt.setInstanceAttr(o, name, value)) return;
  if (value === null && o.type.hasInstanceDict) attributeError(rt, o, name);
  if (found) raise(rt, 'AttributeError', `'${o.type.name}' object attribute '${name}' is read-only`);
  raise(rt, 'AttributeError', vmMessages(rt).noAttributeToSet(o.type.name, name));
}

// ---- calls -------------------------------------------------------------------------------------

/** Call any callable with borrowed args; returns a new reference. */
export function callObject(rt: Runtime, callable: PyObj, args: PyObj[], kwargs: Map<string, PyObj> | null): PyObj {
  if (isTypeObject(rt, callable)) {
    const t = callable as PyType;
    if (t.heap || !VECTORCALL_TYPES[rt.profile.python].has(t.name)) return callWithArgTuple(rt, t, args, kwargs);
    return rt.callType(t, args, kwargs);
  }
  const slot = callable.type.slots.call;
  if (slot) return slot(rt, callable, args, kwargs);
  const dcall = lookupDunder(callable.type, '__call__');
  if (dcall) {
    if (dcall.type === rt.types.function) return callObject(rt, dcall, [callable, ...args], kwargs);
  }
  raise(rt, 'TypeError', `'${callable.type.name}' object is not callable`);
}

/** _PyObject_MakeTpCall: the arguments travel in a real tuple (and a dict for keywords). */
function callWithArgTuple(rt: Runtime, t: PyType, args: PyObj[], kwargs: Map<string, PyObj> | null): PyObj {
  const tuple = args.length ? rt.newTupleOf(args) : null;
  const kw = kwargs && kwargs.size ? rt.newDict() : null;
  if (kw && kwargs) {
    for (const [k, v] of kwargs) {
      const ks = rt.str(k);
      rt.dictSet(kw, ks, v);
      decref(rt, ks, 'temporary');
    }
  }
  try {
    return rt.callType(t, args, kwargs);
  } finally {
    if (kw) decref(rt, kw, 'keyword arguments dict');
    if (tuple) decref(rt, tuple, 'argument tuple');
  }
}

export function isCallable(rt: Runtime, o: PyObj): boolean {
  return !!o.type.slots.call || isTypeObject(rt, o) || lookupDunder(o.type, '__call__') !== null;
}

// ---- repr / str / hash -------------------------------------------------------------------------

export function reprOf(rt: Runtime, o: PyObj): string {
  const d = lookupDunder(o.type, '__repr__');
  if (d) return strResult(rt, callDunder(rt, d, o, []), '__repr__');
  const slot = o.type.slots.repr ?? o.type.builtinBase.slots.repr;
  if (slot) return slot(rt, o);
  return defaultRepr(rt, o);
}

export function defaultRepr(rt: Runtime, o: PyObj): string {
  const t = o.type;
  const mod = t.module === 'builtins' ? '' : `${t.module}.`;
  return `<${mod}${t.qualname} object at 0x${o.id.toString(16).padStart(rt.profile.platformModel.pointerBytes === 8 ? 12 : 8, '0')}>`;
}

function strResult(rt: Runtime, r: PyObj, what: string): string {
  try {
    if (r.type !== rt.types.str && r.type.builtinBase !== rt.types.str) raise(rt, 'TypeError', `${what} returned non-string (type ${r.type.name})`);
    return (r as unknown as { value: string }).value;
  } finally {
    decref(rt, r, 'temporary');
  }
}

export function strOf(rt: Runtime, o: PyObj): string {
  const d = lookupDunder(o.type, '__str__');
  if (d) return strResult(rt, callDunder(rt, d, o, []), '__str__');
  if (lookupDunder(o.type, '__repr__')) return reprOf(rt, o);
  const slot = o.type.slots.str ?? o.type.builtinBase.slots.str;
  if (slot) return slot(rt, o);
  return reprOf(rt, o);
}

/** hash(o) for inserting o into a dict or set (3.14 names the container in the TypeError). */
export function hashForInsert(rt: Runtime, o: PyObj, container: 'dict key' | 'set element'): bigint {
  try {
    return hashOf(rt, o);
  } catch (e) {
    if (!(e instanceof PyException) || e.exc.type !== rt.types.TypeError) throw e;
    const args = (e.exc as unknown as { args: { items: PyObj[] } }).args.items;
    const msg = args.length === 1 && args[0].type === rt.types.str ? (args[0] as unknown as { value: string }).value : '';
    if (!msg.startsWith('unhashable type')) throw e;
    decref(rt, e.exc, 'exception replaced');
    raise(rt, 'TypeError', vmMessages(rt).unhashableIn(container, o.type.name));
  }
}

export function hashOf(rt: Runtime, o: PyObj): bigint {
  if (o.type.heap) {
    for (const t of o.type.mro) {
      if (!t.heap) break;
      const dict = t.dict as DictObj;
      const h = dictGetStr(dict, '__hash__');
      if (h) {
        if (h === rt.None) raise(rt, 'TypeError', `unhashable type: '${o.type.name}'`);
        const r = callDunder(rt, h, o, []);
        try {
          if (r.type !== rt.types.int && r.type !== rt.types.bool) raise(rt, 'TypeError', '__hash__ method should return an integer');
          let v = (r as unknown as { value: bigint }).value;
          if (v === -1n) v = -2n;
          return BigInt.asIntN(rt.profile.platformModel.hashBits, v);
        } finally {
          decref(rt, r, 'temporary');
        }
      }
      if (dictGetStr(dict, '__eq__')) raise(rt, 'TypeError', `unhashable type: '${o.type.name}'`);
    }
  }
  const b = o.type.builtinBase;
  if (b.slots.hash) return b.slots.hash(rt, o);
  if (b === rt.types.list || b === rt.types.dict || b === rt.types.set || b === rt.types.dict_keys || b === rt.types.dict_items || b === rt.types.dict_values) {
    raise(rt, 'TypeError', `unhashable type: '${o.type.name}'`);
  }
  return hashPointer(rt, o.id);
}

// ---- comparisons -------------------------------------------------------------------------------

const DUNDER_CMP: Record<CompareOp, string> = { lt: '__lt__', le: '__le__', eq: '__eq__', ne: '__ne__', gt: '__gt__', ge: '__ge__' };

function tryCompare(rt: Runtime, a: PyObj, b: PyObj, op: CompareOp): PyObj | null {
  const d = lookupDunder(a.type, DUNDER_CMP[op]);
  if (d) {
    const r = callDunder(rt, d, a, [b]);
    if (r === rt.NotImplemented) {
      decref(rt, r, 'temporary');
      return null;
    }
    return r;
  }
  if (op === 'ne' && a.type.heap && lookupDunder(a.type, '__eq__')) {
    // object.__ne__ delegates to __eq__ and inverts
    const r = tryCompare(rt, a, b, 'eq');
    if (r === null) return null;
    const t = isTrue(rt, r);
    decref(rt, r, 'temporary');
    return rt.bool(!t);
  }
  const slot = a.type.builtinBase.slots.richcompare;
  return slot ? slot(rt, a, b, op) : null;
}

/** PyObject_RichCompare: new reference. */
export function richCompare(rt: Runtime, a: PyObj, b: PyObj, op: CompareOp): PyObj {
  let checkedReverse = false;
  if (a.type !== b.type && isSubtype(b.type, a.type) && lookupDunder(b.type, DUNDER_CMP[SWAPPED[op]])) {
    checkedReverse = true;
    const r = tryCompare(rt, b, a, SWAPPED[op]);
    if (r) return r;
  }
  const r1 = tryCompare(rt, a, b, op);
  if (r1) return r1;
  if (!checkedReverse) {
    const r2 = tryCompare(rt, b, a, SWAPPED[op]);
    if (r2) return r2;
  }
  if (op === 'eq') return rt.bool(a === b);
  if (op === 'ne') return rt.bool(a !== b);
  raise(rt, 'TypeError', `'${COMPARE_SYMBOL[op]}' not supported between instances of '${a.type.name}' and '${b.type.name}'`);
}

/** PyObject_RichCompareBool: identity implies equality. */
export function richCompareBool(rt: Runtime, a: PyObj, b: PyObj, op: CompareOp): boolean {
  if (a === b) {
    if (op === 'eq') return true;
    if (op === 'ne') return false;
  }
  const r = richCompare(rt, a, b, op);
  try {
    return isTrue(rt, r);
  } finally {
    decref(rt, r, 'temporary');
  }
}

// ---- truth, length -----------------------------------------------------------------------------

export function isTrue(rt: Runtime, o: PyObj): boolean {
  if (o === rt.True) return true;
  if (o === rt.False || o === rt.None) return false;
  if (o.type.heap) {
    const b = lookupDunder(o.type, '__bool__');
    if (b) {
      const r = callDunder(rt, b, o, []);
      decref(rt, r, 'temporary');
      if (r !== rt.True && r !== rt.False) raise(rt, 'TypeError', `__bool__ should return bool, returned ${r.type.name}`);
      return r === rt.True;
    }
    const l = lookupDunder(o.type, '__len__');
    if (l) return lengthOf(rt, o) > 0;
  }
  const base = o.type.builtinBase.slots;
  if (base.bool) return base.bool(rt, o);
  if (base.len) return base.len(rt, o) > 0;
  return true;
}

export function lengthOf(rt: Runtime, o: PyObj): number {
  const l = lookupDunder(o.type, '__len__');
  if (l) {
    const r = callDunder(rt, l, o, []);
    try {
      if (r.type !== rt.types.int) raise(rt, 'TypeError', `'${r.type.name}' object cannot be interpreted as an integer`);
      const n = Number((r as unknown as { value: bigint }).value);
      if (n < 0) raise(rt, 'ValueError', '__len__() should return >= 0');
      return n;
    } finally {
      decref(rt, r, 'temporary');
    }
  }
  const slot = o.type.builtinBase.slots.len;
  if (!slot) raise(rt, 'TypeError', `object of type '${o.type.name}' has no len()`);
  return slot(rt, o);
}

export function lengthHint(rt: Runtime, o: PyObj, dflt: number): number {
  const slot = o.type.builtinBase.slots.len;
  if (slot && !o.type.heap) return slot(rt, o);
  if (o.type === rt.types.range_iterator) return Number((o as unknown as { remaining: bigint }).remaining);
  if (o.type === rt.types.list_iterator || o.type === rt.types.tuple_iterator) {
    const it = o as unknown as { seq: { items: PyObj[] } | null; index: number };
    return it.seq ? Math.max(0, it.seq.items.length - it.index) : 0;
  }
  if (o.type.heap && lookupDunder(o.type, '__len__')) return lengthOf(rt, o);
  return dflt;
}

// ---- iteration ---------------------------------------------------------------------------------

export function getIter(rt: Runtime, o: PyObj): PyObj {
  const d = lookupDunder(o.type, '__iter__');
  if (d) return callDunder(rt, d, o, []);
  const slot = o.type.builtinBase.slots.iter;
  if (slot) return slot(rt, o);
  if (lookupDunder(o.type, '__getitem__')) {
    incref(rt, o, 'iterated object');
    return rt.newSeqGetitemIter(o);
  }
  raise(rt, 'TypeError', `'${o.type.name}' object is not iterable`);
}

/** Next item (new reference) or null when exhausted. */
export function iterNext(rt: Runtime, it: PyObj): PyObj | null {
  const d = lookupDunder(it.type, '__next__');
  if (d) {
    try {
      return callDunder(rt, d, it, []);
    } catch (e) {
      if (e instanceof PyException && isSubtype(e.exc.type, rt.types.StopIteration)) {
        decref(rt, e.exc, 'exception handled');
        return null;
      }
      throw e;
    }
  }
  const slot = it.type.slots.next;
  if (!slot) raise(rt, 'TypeError', `'${it.type.name}' object is not an iterator`);
  return slot(rt, it);
}

/** Iterate o, calling fn with each item BORROWED for the call's duration. */
export function iterate(rt: Runtime, o: PyObj, fn: (item: PyObj) => void): void {
  const it = getIter(rt, o);
  try {
    for (;;) {
      const x = iterNext(rt, it);
      if (!x) break;
      try {
        fn(x);
      } finally {
        decref(rt, x, 'iteration item');
      }
    }
  } finally {
    decref(rt, it, 'iterator');
  }
}

// ---- subscripts --------------------------------------------------------------------------------

export function getItem(rt: Runtime, o: PyObj, key: PyObj): PyObj {
  const d = lookupDunder(o.type, '__getitem__');
  if (d) return callDunder(rt, d, o, [key]);
  const slot = o.type.builtinBase.slots.getitem;
  if (slot) return slot(rt, o, key);
  if (isTypeObject(rt, o)) {
    incref(rt, o, 'generic alias');
    return o;
  }
  raise(rt, 'TypeError', `'${o.type.name}' object is not subscriptable`);
}

export function setItem(rt: Runtime, o: PyObj, key: PyObj, value: PyObj): void {
  const d = lookupDunder(o.type, '__setitem__');
  if (d) {
    decref(rt, callDunder(rt, d, o, [key, value]), 'temporary');
    return;
  }
  const slot = o.type.builtinBase.slots.setitem;
  if (!slot) raise(rt, 'TypeError', `'${o.type.name}' object does not support item assignment`);
  slot(rt, o, key, value);
}

export function delItem(rt: Runtime, o: PyObj, key: PyObj): void {
  const d = lookupDunder(o.type, '__delitem__');
  if (d) {
    decref(rt, callDunder(rt, d, o, [key]), 'temporary');
    return;
  }
  const slot = o.type.builtinBase.slots.delitem;
  if (!slot) raise(rt, 'TypeError', `'${o.type.name}' object does not support item deletion`);
  slot(rt, o, key);
}

export function contains(rt: Runtime, container: PyObj, item: PyObj): boolean {
  const d = lookupDunder(container.type, '__contains__');
  if (d) {
    const r = callDunder(rt, d, container, [item]);
    const t = isTrue(rt, r);
    decref(rt, r, 'temporary');
    return t;
  }
  const slot = container.type.builtinBase.slots.contains;
  if (slot) return slot(rt, container, item);
  let found = false;
  const it = getIter(rt, container);
  try {
    for (;;) {
      const x = iterNext(rt, it);
      if (!x) break;
      const eq = x === item || richCompareBool(rt, x, item, 'eq');
      decref(rt, x, 'iteration item');
      if (eq) { found = true; break; }
    }
  } finally {
    decref(rt, it, 'iterator');
  }
  return found;
}

// ---- operators ---------------------------------------------------------------------------------

export const BINOP_SYMBOL: Record<BinOp, string> = {
  add: '+', sub: '-', mul: '*', truediv: '/', floordiv: '//', mod: '%', pow: '** or pow()',
  lshift: '<<', rshift: '>>', and: '&', or: '|', xor: '^', matmul: '@',
};

function dunderBinop(rt: Runtime, name: string, a: PyObj, b: PyObj): PyObj | null {
  const d = lookupDunder(a.type, name);
  if (!d) return null;
  const r = callDunder(rt, d, a, [b]);
  if (r === rt.NotImplemented) {
    decref(rt, r, 'temporary');
    return null;
  }
  return r;
}

function slotBinop(rt: Runtime, op: BinOp, a: PyObj, b: PyObj): PyObj | null {
  const sa = a.type.builtinBase.slots.binop;
  if (sa) {
    const r = sa(rt, op, a, b);
    if (r) return r;
  }
  const sb = b.type.builtinBase.slots.binop;
  if (sb && sb !== sa) {
    const r = sb(rt, op, a, b);
    if (r) return r;
  }
  return null;
}

/** a <op> b (inplace: a <op>= b). New reference. */
export function binaryOp(rt: Runtime, op: BinOp, a: PyObj, b: PyObj, inplace: boolean): PyObj {
  const name = op === 'truediv' ? 'truediv' : op;
  const dn = `__${name === 'and' ? 'and' : name === 'or' ? 'or' : name}__`;
  if (inplace) {
    const r = dunderBinop(rt, `__i${dn.slice(2)}`, a, b);
    if (r) return r;
    const inner = inplaceBuiltin(rt, op, a, b);
    if (inner) return inner;
  }
  if (a.type.heap || b.type.heap) {
    const reflected = `__r${dn.slice(2)}`;
    if (a.type !== b.type && isSubtype(b.type, a.type)) {
      const r = dunderBinop(rt, reflected, b, a);
      if (r) return r;
    }
    const r1 = dunderBinop(rt, dn, a, b);
    if (r1) return r1;
    const r0 = slotBinop(rt, op, a, b);
    if (r0) return r0;
    if (a.type !== b.type) {
      const r2 = dunderBinop(rt, reflected, b, a);
      if (r2) return r2;
    }
  } else {
    const r = slotBinop(rt, op, a, b);
    if (r) return r;
  }
  if (op === 'add' && (a.type === rt.types.str || a.type === rt.types.list || a.type === rt.types.tuple)) {
    raise(rt, 'TypeError', `can only concatenate ${a.type.name} (not "${b.type.name}") to ${a.type.name}`);
  }
  if (op === 'mul' && (a.type === rt.types.str || a.type === rt.types.list || a.type === rt.types.tuple || b.type === rt.types.str || b.type === rt.types.list || b.type === rt.types.tuple)) {
    const other = a.type === rt.types.str || a.type === rt.types.list || a.type === rt.types.tuple ? b : a;
    raise(rt, 'TypeError', `can't multiply sequence by non-int of type '${other.type.name}'`);
  }
  const sym = BINOP_SYMBOL[op] + (inplace ? '=' : '');
  raise(rt, 'TypeError', `unsupported operand type(s) for ${inplace && op === 'pow' ? '**=' : sym}: '${a.type.name}' and '${b.type.name}'`);
}

/** In-place operations of mutable built-ins (list +=, set |= ...). */
function inplaceBuiltin(rt: Runtime, op: BinOp, a: PyObj, b: PyObj): PyObj | null {
  return rt.inplaceOp(op, a, b);
}

const UNARY_DUNDER: Record<UnaryOp, string> = { neg: '__neg__', pos: '__pos__', invert: '__invert__' };
const UNARY_SYMBOL: Record<UnaryOp, string> = { neg: '-', pos: '+', invert: '~' };

export function unaryOp(rt: Runtime, op: UnaryOp, o: PyObj): PyObj {
  const d = lookupDunder(o.type, UNARY_DUNDER[op]);
  if (d) return callDunder(rt, d, o, []);
  const slot = o.type.builtinBase.slots.unary;
  if (slot) {
    const r = slot(rt, op, o);
    if (r) return r;
  }
  raise(rt, 'TypeError', `bad operand type for unary ${UNARY_SYMBOL[op]}: '${o.type.name}'`);
}

export function isInstance(rt: Runtime, o: PyObj, cls: PyObj): boolean {
  if (cls.type === rt.types.tuple) return (cls as unknown as { items: PyObj[] }).items.some((c) => isInstance(rt, o, c));
  if (!isTypeObject(rt, cls)) raise(rt, 'TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  return isSubtype(o.type, cls as PyType);
}

export function exceptionMatches(rt: Runtime, exc: PyObj, cls: PyObj): boolean {
  if (cls.type === rt.types.tuple) return (cls as unknown as { items: PyObj[] }).items.some((c) => exceptionMatches(rt, exc, c));
  if (!isTypeObject(rt, cls) || !(cls as PyType).isException) {
    raise(rt, 'TypeError', 'catching classes that do not inherit from BaseException is not allowed');
  }
  return isException(exc) && isSubtype(exc.type, cls as PyType);
}
