// Slot wrappers: a built-in type's C slots seen as dunder attributes. Mirrors Objects/typeobject.c
// (slotdefs, add_operators: one wrapper_descriptor per filled slot in the type's dict) and
// Objects/descrobject.c (wrapper_descriptor, and method-wrapper: the descriptor bound to an object).
//
// `list.__iadd__` is a wrapper_descriptor owned by list; `[].__iadd__` allocates a method-wrapper
// (GC-tracked, holding a reference to the object); calling either runs the type's slot.

import type { BinOp, CompareOp, NativeFn, NativeMethod, PyObj, PyType, UnaryOp } from './object';
import type { Runtime } from '../vm/runtime';
import type { BuiltinTypes } from './types';
import { afterBootstrap } from './types';
import { isSubtype } from './object';
import { incref } from '../heap/refcount';
import { raise } from './exception';
import { binaryOp } from './protocol';

/**
 * Which slots each built-in type fills itself (not inherited), as dunder names: CPython's
 * tp_as_number / tp_as_sequence / tp_as_mapping / tp_richcompare ... tables (3.10-3.13 agree on these).
 * Names the type already defines as methods (list.__getitem__, dict.__contains__) stay methods.
 */
const CMP = '__eq__ __ne__ __lt__ __le__ __gt__ __ge__';
const NUMERIC = '__add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __mod__ __rmod__ __divmod__ __rdivmod__ ' +
  '__pow__ __rpow__ __neg__ __pos__ __abs__ __bool__ __int__ __float__ __floordiv__ __rfloordiv__ __truediv__ __rtruediv__';
const BITS = '__invert__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__ __xor__ __rxor__ __or__ __ror__';
const SET_OPS = '__sub__ __rsub__ __and__ __rand__ __xor__ __rxor__ __or__ __ror__';
const SEQUENCE = '__len__ __add__ __mul__ __rmul__ __getitem__ __contains__ __iter__';
export const SLOT_DUNDERS: Partial<Record<keyof BuiltinTypes, string>> = {
  object: `__repr__ __str__ __hash__ ${CMP} __init__ __setattr__ __delattr__ __getattribute__`,
  type: '__repr__ __call__ __or__ __ror__',
  int: `__repr__ __hash__ ${CMP} ${NUMERIC} ${BITS} __index__`,
  bool: '__repr__ __and__ __rand__ __xor__ __rxor__ __or__ __ror__',
  float: `__repr__ __hash__ ${CMP} ${NUMERIC}`,
  str: `__repr__ __str__ __hash__ ${CMP} ${SEQUENCE} __mod__ __rmod__`,
  bytes: `__repr__ __str__ __hash__ ${CMP} ${SEQUENCE} __mod__ __rmod__`,
  // list.__getitem__ and dict.__getitem__/__contains__ are methods (METH_COEXIST), not wrappers
  list: `__repr__ ${CMP} __len__ __add__ __mul__ __rmul__ __contains__ __iter__ __setitem__ __delitem__ __iadd__ __imul__ __init__`,
  tuple: `__repr__ __hash__ ${CMP} ${SEQUENCE}`,
  dict: `__repr__ ${CMP} __len__ __setitem__ __delitem__ __iter__ __or__ __ror__ __ior__ __init__`,
  set: `__repr__ ${CMP} __len__ __iter__ ${SET_OPS} __isub__ __iand__ __ixor__ __ior__ __init__`,
  frozenset: `__repr__ __hash__ ${CMP} __len__ __iter__ ${SET_OPS}`,
  range: `__repr__ __hash__ ${CMP} __bool__ __len__ __getitem__ __contains__ __iter__`,
  NoneType: '__repr__ __bool__',
  slice: `__repr__ ${CMP}`,
  function: '__repr__ __call__',
  builtin_function_or_method: '__repr__ __call__',
  list_iterator: '__iter__ __next__',
  range_iterator: '__iter__ __next__',
  tuple_iterator: '__iter__ __next__',
  str_iterator: '__iter__ __next__',
  dict_keys: `__repr__ ${CMP} __len__ __iter__ __contains__ ${SET_OPS}`,
  dict_items: `__repr__ ${CMP} __len__ __iter__ __contains__ ${SET_OPS}`,
  dict_values: '__repr__ __len__ __iter__',
};

/** Slots a type also defines as explicit methods (METH_COEXIST): method_descriptors, not wrappers. */
const COEXIST_METHODS: Partial<Record<keyof BuiltinTypes, string>> = {
  list: '__getitem__',
  dict: '__getitem__ __contains__',
  set: '__contains__',
  frozenset: '__contains__',
};

const COMPARE: Record<string, CompareOp> = { __eq__: 'eq', __ne__: 'ne', __lt__: 'lt', __le__: 'le', __gt__: 'gt', __ge__: 'ge' };
const BINARY: Record<string, BinOp> = {
  add: 'add', sub: 'sub', mul: 'mul', mod: 'mod', pow: 'pow', floordiv: 'floordiv', truediv: 'truediv',
  lshift: 'lshift', rshift: 'rshift', and: 'and', xor: 'xor', or: 'or', matmul: 'matmul',
};
const UNARY: Record<string, UnaryOp> = { __neg__: 'neg', __pos__: 'pos', __invert__: 'invert' };
/** Builtins that run the same slot as a one-argument dunder. */
const VIA_BUILTIN: Record<string, string> = { __abs__: 'abs', __int__: 'int', __float__: 'float', __index__: 'int' };
/** sq_concat: a non-sequence operand is an error, not NotImplemented. */
const CONCAT_TYPES = new Set(['list', 'tuple', 'str', 'bytes']);

function notImplemented(rt: Runtime): PyObj {
  incref(rt, rt.NotImplemented, 'result');
  return rt.NotImplemented;
}

function arity(rt: Runtime, name: string, args: PyObj[], n: number): void {
  if (args.length !== n) raise(rt, 'TypeError', `expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

/** The slot call behind dunder `name` of `owner` (self is the object the wrapper is bound to). */
export function slotFunction(owner: PyType, name: string): NativeFn | null {
  const s = owner.slots;
  const cmp = COMPARE[name];
  if (cmp) {
    return (rt, args, _k, self) => {
      arity(rt, name, args, 1);
      return s.richcompare?.(rt, self!, args[0]!, cmp) ?? notImplemented(rt);
    };
  }
  const unary = UNARY[name];
  if (unary) return (rt, _a, _k, self) => s.unary?.(rt, unary, self!) ?? notImplemented(rt);
  const viaBuiltin = VIA_BUILTIN[name];
  if (viaBuiltin) return (rt, _a, _k, self) => rt.call(rt.builtinsDictGet(viaBuiltin)!, [self!], null);
  if (name === '__divmod__' || name === '__rdivmod__') {
    return (rt, args, _k, self) => {
      arity(rt, name, args, 1);
      const [a, b] = name === '__divmod__' ? [self!, args[0]!] : [args[0]!, self!];
      if (a.type.builtinBase !== b.type.builtinBase && !isSubtype(b.type, owner)) return notImplemented(rt);
      return rt.call(rt.builtinsDictGet('divmod')!, [a, b], null);
    };
  }
  // __rshift__ is rshift, not a reflected "shift": try the plain name first.
  const bare = /^__([a-z]+)__$/.exec(name)?.[1] ?? '';
  const prefixed = /^__(i|r)([a-z]+)__$/.exec(name);
  const op = BINARY[bare] ?? (prefixed ? BINARY[prefixed[2]!] : undefined);
  if (op) {
    const kind = BINARY[bare] ? undefined : prefixed![1];
    if (kind === 'i') {
      return (rt, args, _k, self) => {
        arity(rt, name, args, 1);
        return rt.inplaceOp(op, self!, args[0]!) ?? notImplemented(rt);
      };
    }
    return (rt, args, _k, self) => {
      arity(rt, name, args, 1);
      const [a, b] = kind === 'r' ? [args[0]!, self!] : [self!, args[0]!];
      const r = s.binop?.(rt, op, a, b) ?? null;
      if (r) return r;
      if (op === 'add' && !kind && CONCAT_TYPES.has(owner.name)) return binaryOp(rt, op, a, b, false);
      return notImplemented(rt);
    };
  }
  switch (name) {
    case '__repr__': return s.repr ? (rt, _a, _k, self) => rt.str(s.repr!(rt, self!)) : null;
    case '__str__': return s.str ? (rt, _a, _k, self) => rt.str(s.str!(rt, self!)) : null;
    case '__hash__': return s.hash ? (rt, _a, _k, self) => rt.newInt(s.hash!(rt, self!)) : null;
    case '__bool__': return s.bool ? (rt, _a, _k, self) => rt.bool(s.bool!(rt, self!)) : null;
    case '__len__': return s.len ? (rt, _a, _k, self) => rt.newInt(BigInt(s.len!(rt, self!))) : null;
    case '__iter__': return s.iter ? (rt, _a, _k, self) => s.iter!(rt, self!) : null;
    case '__next__':
      return s.next
        ? (rt, _a, _k, self) => s.next!(rt, self!) ?? raise(rt, 'StopIteration', null)
        : null;
    case '__contains__': return s.contains ? (rt, args, _k, self) => rt.bool(s.contains!(rt, self!, args[0]!)) : null;
    case '__getitem__': return s.getitem ? (rt, args, _k, self) => s.getitem!(rt, self!, args[0]!) : null;
    case '__setitem__':
      return s.setitem
        ? (rt, args, _k, self) => {
            arity(rt, name, args, 2);
            s.setitem!(rt, self!, args[0]!, args[1]!);
            return (incref(rt, rt.None, 'result'), rt.None);
          }
        : null;
    case '__delitem__':
      return s.delitem
        ? (rt, args, _k, self) => {
            s.delitem!(rt, self!, args[0]!);
            return (incref(rt, rt.None, 'result'), rt.None);
          }
        : null;
    case '__call__': return s.call ? (rt, args, kwargs, self) => s.call!(rt, self!, args, kwargs) : null;
    default: return null;
  }
}

/**
 * add_operators: a wrapper for each slot the type fills. A dunder the simulator already implements
 * as a native method keeps its function but becomes a wrapper (that is what CPython exposes).
 */
export function installSlotWrappers(types: BuiltinTypes): void {
  for (const [key, names] of Object.entries(SLOT_DUNDERS)) {
    const t = types[key as keyof BuiltinTypes];
    for (const name of names!.split(' ')) {
      const own = t.methods.get(name);
      if (own) {
        if (!own.isClass && !own.isStatic) t.methods.set(name, { ...own, wrapper: true });
        continue;
      }
      const fn = slotFunction(t, name);
      if (fn) t.methods.set(name, { name, fn, wrapper: true });
    }
  }
  for (const [key, names] of Object.entries(COEXIST_METHODS)) {
    const t = types[key as keyof BuiltinTypes];
    for (const name of names!.split(' ')) {
      const fn = t.methods.has(name) ? null : slotFunction(t, name);
      if (fn) t.methods.set(name, { name, fn });
    }
  }
}

afterBootstrap(installSlotWrappers);

// ---- wrapper_descriptor -------------------------------------------------------------------------

export interface SlotWrapperObj extends PyObj {
  owner: PyType;
  method: NativeMethod;
}

export interface MethodWrapperObj extends PyObj {
  owner: PyType;
  method: NativeMethod;
  self: PyObj;
}

/** Per-runtime descriptors (type objects are per runtime): the type's dict holds one reference. */
const descriptors = new WeakMap<PyType, Map<string, SlotWrapperObj>>();

/** `Type.__name__` for a slot: the descriptor in the type's dict (new reference). */
export function slotWrapperDescr(rt: Runtime, owner: PyType, m: NativeMethod): PyObj {
  let byName = descriptors.get(owner);
  if (!byName) descriptors.set(owner, (byName = new Map()));
  let d = byName.get(m.name);
  if (!d) {
    const p = rt.profile.platformModel.pointerBytes;
    // PyWrapperDescrObject: header, d_type, d_name, d_qualname, d_base, d_wrapped
    d = rt.allocTypeDictEntry<SlotWrapperObj>(rt.types.wrapper_descriptor, { owner, method: m }, rt.profile.platformModel.gcHeadBytes + p * 7);
    byName.set(m.name, d);
  }
  incref(rt, d, 'new reference');
  return d;
}

/** `obj.__name__` for a slot: a new method-wrapper bound to obj (new reference). */
export function newMethodWrapper(rt: Runtime, owner: PyType, m: NativeMethod, self: PyObj): PyObj {
  incref(rt, self, 'method-wrapper self');
  const p = rt.profile.platformModel.pointerBytes;
  // wrapperobject: header, descr, self
  const w = rt.alloc<MethodWrapperObj>(rt.types.method_wrapper, { owner, method: m, self }, rt.profile.platformModel.gcHeadBytes + p * 4);
  rt.gc.track(w);
  return w;
}
