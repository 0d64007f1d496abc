// Exception objects and the built-in exception hierarchy. Mirrors Objects/exceptions.c
// (BaseException: args, __context__, __cause__, __traceback__; KeyError's str; the static types).
// A raised guest exception travels through JS as a PyException that owns one reference to it.

import type { PyObj, PyType, Visit } from './object';
import type { Runtime } from '../vm/runtime';
import { defineType, type BuiltinTypes } from './types';
import { decref, incref, xdecref } from '../heap/refcount';
import { newTuple, type TupleObj } from './tuple';
import { newStr } from './str';
import { reprOf, strOf } from './protocol';
import { instanceTraverse, instanceClear, instanceDeallocFields, allocInstanceFields } from './instance';

export interface ExceptionObj extends PyObj {
  args: TupleObj;
  context: PyObj | null;
  cause: PyObj | null;
  traceback: PyObj | null;
  suppressContext: boolean;
  /** Instance attributes (exceptions always have a __dict__ slot, created lazily). */
  dict: PyObj | null;
  values: Map<string, PyObj> | null;
  slotValues: (PyObj | null)[] | null;
}

/** A guest exception in flight. Owns one reference to `exc`. */
export class PyException {
  /** Implicit context chaining already done (re-raises never chain). */
  chained = false;
  /** A re-raise (bare `raise`, RERAISE): the frame it happens in adds no traceback entry. */
  reraised = false;
  constructor(readonly exc: PyObj) {}
}

export function isException(o: PyObj): o is ExceptionObj {
  return o.type.isException;
}

export function newException(rt: Runtime, type: PyType, args: PyObj[]): ExceptionObj {
  const argsTuple = newTuple(rt, args.map((a) => (incref(rt, a, 'tuple item'), a)));
  const p = rt.profile.platformModel.pointerBytes;
  const o = rt.alloc<ExceptionObj>(type, {
    args: argsTuple, context: null, cause: null, traceback: null, suppressContext: false, ...allocInstanceFields(rt, type),
  }, p * 11 + rt.profile.platformModel.gcHeadBytes);
  rt.gc.track(o);
  return o;
}

/** Raise a built-in exception with a message (args = (msg,), or () when msg is null). */
export function raise(rt: Runtime, key: keyof BuiltinTypes, msg: string | null): never {
  const args: PyObj[] = [];
  if (msg !== null) args.push(newStr(rt, msg));
  const exc = newException(rt, rt.types[key], args);
  for (const a of args) decref(rt, a, 'temporary');
  throw new PyException(exc);
}

/**
 * Raise KeyError(key), as _PyErr_SetKeyError does for a failed lookup. `key` is borrowed: the
 * exception's args tuple takes a reference of its own, and gives it back when the exception goes.
 */
export function raiseKeyError(rt: Runtime, key: PyObj): never {
  throw new PyException(newException(rt, rt.types.KeyError, [key]));
}

function excStr(rt: Runtime, o: PyObj): string {
  const e = o as ExceptionObj;
  const items = e.args.items;
  if (e.type === rt.types.KeyError || isSubtypeKeyError(rt, e.type)) {
    if (items.length === 1) return reprOf(rt, items[0]);
  }
  if (items.length === 0) return '';
  if (items.length === 1) return strOf(rt, items[0]);
  return reprOf(rt, e.args);
}

function isSubtypeKeyError(rt: Runtime, t: PyType): boolean {
  return t.mro.includes(rt.types.KeyError);
}

function excRepr(rt: Runtime, o: PyObj): string {
  const e = o as ExceptionObj;
  const items = e.args.items;
  if (items.length === 1) return `${o.type.name}(${reprOf(rt, items[0])})`;
  return `${o.type.name}${items.length === 0 ? '()' : reprOf(rt, e.args)}`;
}

export function exceptionTraverse(o: PyObj, visit: Visit): void {
  const e = o as ExceptionObj;
  instanceTraverse(o, visit);
  visit(e.args, 'args');
  if (e.context) visit(e.context, '__context__');
  if (e.cause) visit(e.cause, '__cause__');
  if (e.traceback) visit(e.traceback, '__traceback__');
}

function exceptionClear(rt: Runtime, o: PyObj): void {
  const e = o as ExceptionObj;
  instanceClear(rt, o);
  const ctx = e.context, cause = e.cause, tb = e.traceback;
  e.context = e.cause = e.traceback = null;
  xdecref(rt, ctx, '__context__');
  xdecref(rt, cause, '__cause__');
  xdecref(rt, tb, '__traceback__');
}

const excSlots = {
  traverse: exceptionTraverse,
  clear: exceptionClear,
  dealloc(rt: Runtime, o: PyObj) {
    // BaseException_dealloc -> BaseException_clear: dict, args, notes, traceback, cause, context
    const e = o as ExceptionObj;
    instanceDeallocFields(rt, o);
    const args = e.args;
    decref(rt, args, 'args');
    const tb = e.traceback, cause = e.cause, ctx = e.context;
    e.traceback = e.cause = e.context = null;
    xdecref(rt, tb, '__traceback__');
    xdecref(rt, cause, '__cause__');
    xdecref(rt, ctx, '__context__');
  },
  repr: excRepr,
  str: excStr,
  new(rt: Runtime, type: PyType, args: PyObj[]) {
    return newException(rt, type, args);
  },
  getattr(rt: Runtime, o: PyObj, name: string): PyObj | null {
    const e = o as ExceptionObj;
    if (name === '__dict__') {
      // BaseException's dict slot, made on first use
      if (!e.dict) e.dict = rt.newDict();
      incref(rt, e.dict, 'attribute value');
      return e.dict;
    }
    const v = name === 'args' ? e.args : name === '__context__' ? e.context ?? rt.None : name === '__cause__' ? e.cause ?? rt.None
      : name === '__traceback__' ? e.traceback ?? rt.None : name === '__suppress_context__' ? (e.suppressContext ? rt.True : rt.False) : null;
    if (v) incref(rt, v, 'attribute value');
    return v;
  },
  setattr(rt: Runtime, o: PyObj, name: string, value: PyObj | null): boolean {
    if (name !== '__traceback__') return false;
    setTraceback(rt, o as ExceptionObj, value);
    return true;
  },
};

/** BaseException.__traceback__ = tb / with_traceback(tb): a traceback or None. */
function setTraceback(rt: Runtime, e: ExceptionObj, value: PyObj | null): void {
  if (!value) raise(rt, 'TypeError', '__traceback__ may not be deleted');
  const tb = value === rt.None ? null : value;
  if (tb && tb.type !== rt.types.traceback) raise(rt, 'TypeError', '__traceback__ must be a traceback or None');
  if (tb) incref(rt, tb, '__traceback__');
  const old = e.traceback;
  e.traceback = tb;
  xdecref(rt, old, '__traceback__');
}

const HIERARCHY: [keyof BuiltinTypes, keyof BuiltinTypes | null][] = [
  ['BaseException', 'object'], ['Exception', 'BaseException'], ['ArithmeticError', 'Exception'],
  ['ZeroDivisionError', 'ArithmeticError'], ['OverflowError', 'ArithmeticError'], ['LookupError', 'Exception'],
  ['KeyError', 'LookupError'], ['IndexError', 'LookupError'], ['ValueError', 'Exception'], ['TypeError', 'Exception'],
  ['NameError', 'Exception'], ['UnboundLocalError', 'NameError'], ['AttributeError', 'Exception'],
  ['RuntimeError', 'Exception'], ['RecursionError', 'RuntimeError'], ['NotImplementedError', 'RuntimeError'],
  ['StopIteration', 'Exception'], ['AssertionError', 'Exception'], ['ImportError', 'Exception'],
  ['UnicodeError', 'ValueError'], ['UnicodeDecodeError', 'UnicodeError'], ['UnicodeEncodeError', 'UnicodeError'],
  ['ReferenceError', 'Exception'], ['MemoryError', 'Exception'], ['KeyboardInterrupt', 'BaseException'],
  ['SystemExit', 'BaseException'], ['GeneratorExit', 'BaseException'],
];

for (const [key, base] of HIERARCHY) {
  defineType({
    key, name: key, base, isGC: true, isException: true, weakrefable: false, slots: excSlots,
    methods: {
      __init__(rt, args, _k, self) {
        // BaseException.__init__: args = the arguments
        const e = self as ExceptionObj;
        const old = e.args;
        e.args = newTuple(rt, args.map((a) => (incref(rt, a, 'tuple item'), a)));
        decref(rt, old, 'args');
        return (incref(rt, rt.None, 'result'), rt.None);
      },
      with_traceback(rt, args, _k, self) {
        setTraceback(rt, self as ExceptionObj, args[0] ?? null);
        incref(rt, self!, 'return');
        return self!;
      },
      add_note: (rt) => (incref(rt, rt.None, 'return'), rt.None),
    },
  });
}

export function exceptionLastLine(rt: Runtime, exc: PyObj): string {
  const s = strOf(rt, exc);
  const name = exc.type.module === 'builtins' || exc.type.module === '__main__' && !exc.type.heap ? exc.type.name
    : exc.type.heap ? exc.type.qualname : exc.type.name;
  const shown = exc.type.heap && exc.type.module !== '__main__' ? `${exc.type.module}.${name}` : name;
  return s === '' ? shown : `${shown}: ${s}`;
}
