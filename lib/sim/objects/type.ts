// The metatype `type`, class creation (type_new via __build_class__) and calling a type
// (type_call: __new__ then __init__), plus super(). Mirrors Objects/typeobject.c and
// Python/bltinmodule.c (builtin___build_class__).

import type { PyObj, PyType, Visit } from './object';
import { isSubtype } from './object';
import type { Runtime } from '../vm/runtime';
import { defineType } from './types';
import { decref, incref, xdecref } from '../heap/refcount';
import { raise } from './exception';
import { newDict, dictCopy, dictGetStr, dictDelStr, dictItems, dictSet, type DictObj } from './dict';
import { newTuple, type TupleObj } from './tuple';
import { bindFound, callObject, lookupType, isTypeObject, getAttrOrNull, reprOf, strOf, iterate } from './protocol';
import { internedName, isStr, type StrObj } from './str';
import { newMethod, type CellObj, type FunctionObj } from './function';
import { allocInstanceFields, instanceDeallocFields } from './instance';
import { dictTraverse } from './dict';
import { classLayout, newInstanceBytes, typeLayoutOf } from './sizeof';
import { builtinDataDescrAttr, builtinDataDescrGet, isBuiltinDataDescr } from './member-descriptor';
import { typeDoc } from './introspection';
import { newMappingProxy } from './mappingproxy';
import { unsupported } from '../messages';

/** Extra state a heap type keeps. */
export interface HeapTypeObj extends PyType {
  mroTuple: TupleObj | null;
  basesTuple: TupleObj | null;
}

function typeRepr(_rt: Runtime, o: PyObj): string {
  const t = o as PyType;
  if (t.module === 'builtins') return `<class '${t.qualname}'>`;
  return `<class '${t.module}.${t.qualname}'>`;
}

export function heapTypeTraverse(o: PyObj, visit: Visit): void {
  const t = o as HeapTypeObj;
  if (t.dict) visit(t.dict, '__dict__');
  if (t.mroTuple) visit(t.mroTuple, '__mro__');
  if (t.basesTuple) visit(t.basesTuple, '__bases__');
  if (t.base && t.base.heap) visit(t.base, '__base__');
}

function heapTypeClear(rt: Runtime, o: PyObj): void {
  const t = o as HeapTypeObj;
  const d = t.dict, m = t.mroTuple, b = t.basesTuple, base = t.base;
  t.dict = null;
  t.mroTuple = null;
  t.basesTuple = null;
  xdecref(rt, m, '__mro__');
  xdecref(rt, b, '__bases__');
  xdecref(rt, d, '__dict__');
  if (base && base.heap) {
    t.base = null;
    decref(rt, base, '__base__');
  }
}

defineType({
  key: 'type', name: 'type', isGC: true, weakrefable: true,
  slots: {
    traverse: heapTypeTraverse,
    clear: heapTypeClear,
    dealloc: heapTypeClear,
    repr: typeRepr,
    call: (rt, o, args, kwargs) => callType(rt, o as PyType, args, kwargs),
    hash: (rt, o) => rt.hashPointer(o),
  },
  methods: {
    mro: (rt, _a, _k, self) => rt.newList((self as PyType).mro.map((t) => (incref(rt, t, 'list item'), t))),
  },
});

/** Special attributes of type objects that are not in the type's dict. */
export function typeSpecialAttr(rt: Runtime, t: PyType, name: string): PyObj | null {
  switch (name) {
    case '__name__': return rt.str(t.name);
    case '__qualname__': return rt.str(t.qualname);
    case '__module__': return rt.str(t.module);
    case '__base__': { const b = t.base ?? rt.None; incref(rt, b, 'attribute value'); return b; }
    case '__bases__': return newTuple(rt, t.base ? [(incref(rt, t.base, 'tuple item'), t.base)] : []);
    case '__mro__': return newTuple(rt, t.mro.map((m) => (incref(rt, m, 'tuple item'), m)));
    case '__dict__':
      // a built-in type's dict is not modelled as a dict (its entries are made on first lookup)
      if (!t.dict) throw unsupported('U028-attribute', rt.currentLocation(), `the __dict__ of a built-in type (${t.name}.__dict__)`);
      return newMappingProxy(rt, t.dict as DictObj);
    case '__class__': incref(rt, t.type, 'attribute value'); return t.type;
    case '__doc__': {
      if (t.heap) return (incref(rt, rt.None, 'attribute value'), rt.None);
      // text or None; a type whose instances carry their own __doc__ has a getset (found by typeGetAttr)
      return typeDoc(rt, t);
    }
    case '__basicsize__':
    case '__itemsize__': {
      const layout = typeLayoutOf(rt, t);
      if (!layout) return null;
      return rt.newInt(BigInt(name === '__basicsize__' ? layout.basicsize : layout.itemsize));
    }
  }
  return null;
}

export function typeSetAttr(rt: Runtime, t: PyType, name: string, value: PyObj | null): void {
  if (!t.heap) raise(rt, 'TypeError', `cannot set '${name}' attribute of immutable type '${t.name}'`);
  const d = t.dict as DictObj;
  if (value === null) {
    if (!dictDelStr(rt, d, name)) raise(rt, 'AttributeError', `type object '${t.name}' has no attribute '${name}'`);
    return;
  }
  const k = internedName(rt, name);
  dictSet(rt, d, k, value);
  decref(rt, k, 'temporary');
}

/** tp_basicsize of instances of a class. */
export function instanceBasicSize(rt: Runtime, t: PyType): number {
  return classLayout(rt, t).basicsize;
}

/** Pre-header bytes (GC head and, from 3.11, managed dict/weakref words). */
export function instancePreHeader(rt: Runtime, t: PyType): number {
  return classLayout(rt, t).preHeaderBytes;
}

// ---- creating classes ----------------------------------------------------------------------------

/** type_new: build a heap type from (name, bases, namespace). Consumes nothing; returns a new reference. */
export function createClass(rt: Runtime, name: string, bases: PyObj[], ns: DictObj): PyType {
  for (const b of bases) if (!isTypeObject(rt, b)) raise(rt, 'TypeError', `bases must be types`);
  if (bases.length > 1) raise(rt, 'TypeError', 'multiple inheritance is not supported yet');
  const base = (bases[0] as PyType | undefined) ?? rt.types.object;
  if (!base.heap && base.slots === undefined) raise(rt, 'TypeError', `type '${base.name}' is not an acceptable base type`);
  if (base === rt.types.bool || base.name === 'NoneType') raise(rt, 'TypeError', `type '${base.name}' is not an acceptable base type`);
  const dict = dictCopy(rt, ns);
  // __slots__
  let ownSlots: string[] | null = null;
  const slotsObj = dictGetStr(dict, '__slots__');
  if (slotsObj) {
    ownSlots = [];
    if (isStr(rt, slotsObj)) ownSlots.push(slotsObj.value);
    else iterate(rt, slotsObj, (s) => { ownSlots!.push((s as StrObj).value); });
  }
  const qualObj = dictGetStr(dict, '__qualname__');
  const qualname = qualObj && isStr(rt, qualObj) ? qualObj.value : name;
  if (qualObj) dictDelStr(rt, dict, '__qualname__');
  const modObj = dictGetStr(dict, '__module__');
  const module = modObj && isStr(rt, modObj) ? modObj.value : '__main__';
  const classcell = dictGetStr(dict, '__classcell__');
  if (classcell) incref(rt, classcell, 'temporary');
  if (classcell) dictDelStr(rt, dict, '__classcell__');

  const baseHasDict = base.hasInstanceDict;
  const wantsDict = ownSlots === null || ownSlots.includes('__dict__');
  const wantsWeak = ownSlots === null || ownSlots.includes('__weakref__');
  const inheritedSlots = base.heap ? base.slotNames ?? [] : [];
  const newSlotNames = (ownSlots ?? []).filter((s) => s !== '__dict__' && s !== '__weakref__');
  const p = rt.profile.platformModel.pointerBytes;
  const t: HeapTypeObj = rt.alloc<HeapTypeObj>(rt.types.type, {
    name, qualname, module, base, mro: [], dict, slots: {}, methods: new Map(), isGC: true, heap: true,
    slotNames: [...inheritedSlots, ...newSlotNames],
    hasInstanceDict: baseHasDict || wantsDict,
    weakrefable: base.weakrefable || wantsWeak,
    builtinBase: base.builtinBase, isException: base.isException, mroTuple: null, basesTuple: null,
  } as unknown as Omit<HeapTypeObj, keyof PyObj>, 100 * p);
  if (base.heap) incref(rt, base, '__base__');
  t.mro = [t, ...base.mro];
  t.slots = heapTypeSlots(rt, t);
  // the MRO tuple holds the class itself (classes are always in a cycle and freed by the GC)
  t.mroTuple = newTuple(rt, t.mro.map((m) => (incref(rt, m, '__mro__ item'), m)));
  t.basesTuple = newTuple(rt, [(incref(rt, base, '__bases__ item'), base)]);
  rt.gc.track(t);
  // type_new adds the __dict__ / __weakref__ descriptors the class introduces, and __doc__
  for (const attr of ['__dict__', '__weakref__'] as const) {
    const adds = attr === '__dict__' ? t.hasInstanceDict && !base.hasInstanceDict : t.weakrefable && !base.weakrefable;
    if (!adds || dictGetStr(dict, attr)) continue;
    const g = newGetSet(rt, t, attr);
    const k = internedName(rt, attr);
    dictSet(rt, dict, k, g);
    decref(rt, k, 'temporary');
    decref(rt, g, 'temporary');
  }
  if (!dictGetStr(dict, '__doc__')) {
    const k = internedName(rt, '__doc__');
    dictSet(rt, dict, k, rt.None);
    decref(rt, k, 'temporary');
  }
  // wrap plain functions named __new__/__init_subclass__/__class_getitem__ as CPython does
  const newFn = dictGetStr(dict, '__new__');
  if (newFn && newFn.type === rt.types.function) {
    const sm = rt.callType(rt.types.staticmethod, [newFn], null);
    const k = internedName(rt, '__new__');
    dictSet(rt, dict, k, sm);
    decref(rt, k, 'temporary');
    decref(rt, sm, 'temporary');
  }
  if (classcell) {
    const cell = classcell as CellObj;
    if (cell.type === rt.types.cell) {
      const old = cell.ref;
      incref(rt, t, 'cell contents');
      cell.ref = t;
      xdecref(rt, old, 'cell contents');
    }
    decref(rt, classcell, 'temporary');
  }
  return t;
}

/** Slots for instances of a heap type: instance storage around the built-in base's behaviour. */
function heapTypeSlots(rt: Runtime, t: PyType): import('./object').TypeSlots {
  const base = t.builtinBase.slots;
  return {
    ...base,
    traverse(o, visit) {
      if (t.builtinBase.isException) { base.traverse!(o, visit); return; }
      rt.instanceTraverse(o, visit);
      if (base.traverse && t.builtinBase !== rt.types.object) base.traverse(o, visit);
    },
    clear(rt2, o) {
      if (t.builtinBase.isException) { base.clear!(rt2, o); return; }
      rt2.instanceClear(o);
      if (base.clear && t.builtinBase !== rt2.types.object) base.clear(rt2, o);
    },
    dealloc(rt2, o) {
      if (t.builtinBase.isException) { base.dealloc?.(rt2, o); return; }
      instanceDeallocFields(rt2, o);
      if (base.dealloc && t.builtinBase !== rt2.types.object) base.dealloc(rt2, o);
    },
    repr: undefined,
    str: undefined,
    call: undefined,
    new: undefined,
  };
}

/** type_call */
export function callType(rt: Runtime, t: PyType, args: PyObj[], kwargs: Map<string, PyObj> | null): PyObj {
  if (t === rt.types.type) {
    if (args.length === 1 && !kwargs) {
      incref(rt, args[0].type, 'result');
      return args[0].type;
    }
    if (args.length === 3) {
      const nameObj = args[0] as StrObj;
      const bases: PyObj[] = [];
      iterate(rt, args[1], (b) => { bases.push(b); });
      return createClass(rt, nameObj.value, bases, args[2] as DictObj);
    }
    raise(rt, 'TypeError', 'type() takes 1 or 3 arguments');
  }
  if (!t.heap) {
    const slot = t.slots.new;
    if (!slot) {
      if (t === rt.types.object) {
        if (args.length) raise(rt, 'TypeError', 'object() takes no arguments');
        return rt.newPlainObject(t);
      }
      raise(rt, 'TypeError', `cannot create '${t.name}' instances`);
    }
    return slot(rt, t, args, kwargs);
  }
  // heap type: __new__
  let obj: PyObj;
  const newFound = lookupType(t, '__new__');
  if (newFound && newFound.obj && newFound.owner.heap) {
    const fn = newFound.obj.type === rt.types.staticmethod ? (newFound.obj as unknown as { callable: PyObj }).callable : newFound.obj;
    obj = callObject(rt, fn, [t, ...args], kwargs);
    if (!isSubtype(obj.type, t)) return obj;
  } else {
    obj = allocInstance(rt, t, args, kwargs);
  }
  const init = lookupType(t, '__init__');
  if (init && init.obj) {
    let r: PyObj;
    try {
      r = init.obj.type === rt.types.function ? callObject(rt, init.obj, [obj, ...args], kwargs) : (() => {
        const bound = getAttrOrNull(rt, obj, '__init__')!;
        try { return callObject(rt, bound, args, kwargs); } finally { decref(rt, bound, 'temporary'); }
      })();
    } catch (e) {
      decref(rt, obj, 'instance being initialised');
      throw e;
    }
    if (r !== rt.None) {
      decref(rt, r, 'temporary');
      decref(rt, obj, 'instance being initialised');
      raise(rt, 'TypeError', `__init__() should return None, not '${r.type.name}'`);
    }
    decref(rt, r, 'temporary');
  } else if ((args.length || (kwargs && kwargs.size)) && t.builtinBase === rt.types.object && !(newFound && newFound.obj)) {
    decref(rt, obj, 'instance being initialised');
    raise(rt, 'TypeError', `${t.name}() takes no arguments`);
  }
  return obj;
}

/** object.__new__ for a heap type (or the built-in base's tp_new for subclasses of built-ins). */
export function allocInstance(rt: Runtime, t: PyType, args: PyObj[], kwargs: Map<string, PyObj> | null): PyObj {
  const bb = t.builtinBase;
  if (bb !== rt.types.object && bb.slots.new) {
    const o = bb.slots.new(rt, t, bb.isException ? args : args, kwargs);
    if (o.type === t) {
      Object.assign(o, { ...allocInstanceFields(rt, t), ...pick(o) });
    }
    return o;
  }
  const { objectBytes, valuesBytes } = newInstanceBytes(rt, t);
  const o = rt.alloc<PyObj>(t, { ...allocInstanceFields(rt, t), valuesBlock: valuesBytes ? rt.addresses.rawAlloc(valuesBytes) : 0 }, objectBytes);
  rt.gc.track(o);
  return o;
}

function pick(o: PyObj): Partial<{ dict: unknown; values: unknown; slotValues: unknown }> {
  const r = o as unknown as { dict?: unknown; values?: unknown; slotValues?: unknown };
  const out: Record<string, unknown> = {};
  if (r.dict !== undefined) out.dict = r.dict;
  if (r.values !== undefined) out.values = r.values;
  if (r.slotValues !== undefined) out.slotValues = r.slotValues;
  return out;
}

// ---- __dict__ / __weakref__ descriptors of classes ------------------------------------------------

/** A getset_descriptor in a class's __dict__ ('__dict__' or '__weakref__'); holds the class. */
export interface GetSetObj extends PyObj {
  owner: PyType;
  attr: '__dict__' | '__weakref__';
}

defineType({
  key: 'getset_descriptor', name: 'getset_descriptor', isGC: true, baseType: false,
  slots: {
    isDataDescr: true,
    // a built-in type's getset (member-descriptor.ts) holds its static owner without a counted reference
    traverse: (o, visit) => { if (!isBuiltinDataDescr(o)) visit((o as GetSetObj).owner, '__objclass__'); },
    dealloc: (rt, o) => { if (!isBuiltinDataDescr(o)) decref(rt, (o as GetSetObj).owner, '__objclass__'); },
    repr: (_rt, o) => `<attribute '${(o as GetSetObj).attr}' of '${(o as GetSetObj).owner.name}' objects>`,
    descrGet(rt, o, obj) {
      const g = o as GetSetObj;
      if (obj === null) return (incref(rt, o, 'attribute value'), o);
      if (isBuiltinDataDescr(o)) return builtinDataDescrGet(rt, o, obj);
      if (g.attr === '__dict__') return rt.instanceDict(obj);
      const w = obj.weakrefs?.[0] ?? rt.None;
      incref(rt, w, 'attribute value');
      return w;
    },
    getattr(rt, o, name) {
      if (isBuiltinDataDescr(o)) return builtinDataDescrAttr(rt, o, name);
      const g = o as GetSetObj;
      if (name === '__name__') return rt.str(g.attr);
      if (name === '__objclass__') return (incref(rt, g.owner, 'attribute value'), g.owner);
      return null;
    },
  },
});

function newGetSet(rt: Runtime, owner: PyType, attr: '__dict__' | '__weakref__'): GetSetObj {
  incref(rt, owner, '__objclass__');
  const g = rt.alloc<GetSetObj>(rt.types.getset_descriptor, { owner, attr }, rt.profile.platformModel.gcHeadBytes + rt.profile.platformModel.pointerBytes * 6);
  rt.gc.track(g);
  return g;
}

// ---- object() -------------------------------------------------------------------------------------

defineType({
  key: 'object', name: 'object', base: null, isGC: false,
  slots: {},
  methods: {
    __init__: (rt) => (incref(rt, rt.None, 'result'), rt.None),
    __new__: {
      isStatic: true,
      fn(rt, args) {
        const t = args[0] as PyType;
        if (!t.heap) return rt.newPlainObject(t);
        return allocInstance(rt, t, [], null);
      },
    },
    __eq__: (rt, args, _k, self) => {
      const r = self === args[0] ? rt.True : rt.NotImplemented;
      incref(rt, r, 'result');
      return r;
    },
    __ne__: (rt, args, _k, self) => {
      const r = self === args[0] ? rt.False : rt.NotImplemented;
      incref(rt, r, 'result');
      return r;
    },
    __lt__: (rt) => (incref(rt, rt.NotImplemented, 'result'), rt.NotImplemented),
    __le__: (rt) => (incref(rt, rt.NotImplemented, 'result'), rt.NotImplemented),
    __gt__: (rt) => (incref(rt, rt.NotImplemented, 'result'), rt.NotImplemented),
    __ge__: (rt) => (incref(rt, rt.NotImplemented, 'result'), rt.NotImplemented),
    __format__(rt, args, _k, self) {
      const spec = (args[0] as StrObj).value;
      if (spec) raise(rt, 'TypeError', `unsupported format string passed to ${self!.type.name}.__format__`);
      return rt.str(strOf(rt, self!));
    },
    __dir__: (rt, _a, _k, self) => rt.call(rt.builtinsDictGet('dir')!, [self!], null),
    __hash__: (rt, _a, _k, self) => rt.newInt(rt.hash(self!)),
    __repr__: (rt, _a, _k, self) => rt.str(rt.defaultRepr(self!)),
    __str__: (rt, _a, _k, self) => rt.str(reprOf(rt, self!)),
    __setattr__(rt, args, _k, self) {
      rt.genericSetAttr(self!, (args[0] as StrObj).value, args[1]);
      return (incref(rt, rt.None, 'result'), rt.None);
    },
    __delattr__(rt, args, _k, self) {
      rt.genericSetAttr(self!, (args[0] as StrObj).value, null);
      return (incref(rt, rt.None, 'result'), rt.None);
    },
    __getattribute__(rt, args, _k, self) {
      const v = getAttrOrNull(rt, self!, (args[0] as StrObj).value);
      if (!v) raise(rt, 'AttributeError', `'${self!.type.name}' object has no attribute '${(args[0] as StrObj).value}'`);
      return v;
    },
    __sizeof__: (rt, _a, _k, self) => rt.newInt(BigInt(rt.basicSizeOf(self!.type))),
    __reduce_ex__: (rt) => (incref(rt, rt.None, 'result'), rt.None),
    __init_subclass__: { isClass: true, fn: (rt) => (incref(rt, rt.None, 'result'), rt.None) },
    __subclasshook__: {
      isClass: true,
      fn(rt, args) {
        if (args.length !== 1) raise(rt, 'TypeError', `object.__subclasshook__() takes exactly one argument (${args.length} given)`);
        return (incref(rt, rt.NotImplemented, 'result'), rt.NotImplemented);
      },
    },
  },
});

// ---- super ----------------------------------------------------------------------------------------

export interface SuperObj extends PyObj {
  thisType: PyType;
  obj: PyObj;
  objType: PyType;
}

defineType({
  key: 'super', name: 'super', isGC: true,
  slots: {
    traverse(o, visit) {
      const s = o as SuperObj;
      visit(s.thisType, 'type');
      visit(s.obj, 'obj');
      visit(s.objType, 'obj type');
    },
    dealloc(rt, o) {
      const s = o as SuperObj;
      decref(rt, s.obj, 'obj');
      decref(rt, s.thisType, 'type');
      decref(rt, s.objType, 'obj type');
    },
    repr: (_rt, o) => `<super: <class '${(o as SuperObj).thisType.name}'>, <${(o as SuperObj).objType.name} object>>`,
    getattrFirst: true,
    getattr(rt, o, name) {
      const s = o as SuperObj;
      const mro = s.objType.mro;
      const start = mro.indexOf(s.thisType) + 1;
      for (let i = start; i < mro.length; i++) {
        const t = mro[i];
        if (t.dict) {
          const v = dictGetStr(t.dict as DictObj, name);
          if (v) {
            const d = v.type.slots.descrGet;
            const self = s.obj === s.objType ? null : s.obj;
            if (d) return d(rt, v, self, s.objType);
            incref(rt, v, 'attribute value');
            return v;
          }
        }
        if (!t.heap) {
          const m = t.methods.get(name);
          if (m) return bindFound(rt, { obj: null, native: m, owner: t }, s.obj, s.objType);
        }
      }
      return null;
    },
    new(rt, _t, args) {
      let thisType: PyType;
      let obj: PyObj;
      if (args.length === 0) [thisType, obj] = zeroArgSuper(rt);
      else if (args.length === 1) raise(rt, 'RuntimeError', 'super(type) without an object is not supported');
      else {
        thisType = args[0] as PyType;
        obj = args[1];
      }
      const objType = isTypeObject(rt, obj) && isSubtype(obj as PyType, thisType) ? (obj as PyType) : obj.type;
      if (!isSubtype(objType, thisType)) raise(rt, 'TypeError', 'super(type, obj): obj must be an instance or subtype of type');
      incref(rt, thisType, 'type');
      incref(rt, obj, 'obj');
      incref(rt, objType, 'obj type');
      const s = rt.alloc<SuperObj>(rt.types.super, { thisType, obj, objType }, rt.profile.platformModel.gcHeadBytes + rt.profile.platformModel.pointerBytes * 5);
      rt.gc.track(s);
      return s;
    },
  },
});

/** super() without arguments: the caller's __class__ cell and its first argument (Objects/typeobject.c super_init_without_args). */
function zeroArgSuper(rt: Runtime): [PyType, PyObj] {
  const f = rt.frames[rt.frames.length - 1];
  if (!f || !f.func) raise(rt, 'RuntimeError', 'super(): no arguments');
  const code = f.code.code;
  if (code.argCount === 0 && !code.flags.varargs) raise(rt, 'RuntimeError', 'super(): no arguments');
  let first = f.fast[0];
  if (first && code.localsplusKinds[0].cell && first.type === rt.types.cell) first = (first as CellObj).ref;
  if (!first) raise(rt, 'RuntimeError', 'super(): arg[0] deleted');
  const idx = code.localsplusNames.lastIndexOf('__class__');
  if (idx < 0 || !code.localsplusKinds[idx].free) raise(rt, 'RuntimeError', 'super(): __class__ cell not found');
  const cell = f.fast[idx] as CellObj | null;
  const cls = cell?.ref;
  if (!cls) raise(rt, 'RuntimeError', 'super(): empty __class__ cell');
  if (!isTypeObject(rt, cls)) raise(rt, 'RuntimeError', 'super(): __class__ is not a type');
  return [cls as PyType, first];
}

export { newMethod, dictItems, newDict, dictTraverse };
export type { FunctionObj };
