// The builtins module. Mirrors Python/bltinmodule.c: print, len, id, isinstance, sum, min, max,
// sorted, abs, round, divmod, hash, hex, chr, ord, iter, next, any, all, getattr/setattr/hasattr,
// callable, __build_class__, plus the built-in types and exceptions as names.
// To add a builtin: add an entry to BUILTIN_FUNCTIONS (a NativeFn returning a new reference).

import type { NativeFn, PyObj, PyType } from '../objects/object';
import { isSubtype } from '../objects/object';
import type { Runtime } from '../vm/runtime';
import { decref, incref } from '../heap/refcount';
import { raise, PyException } from '../objects/exception';
import * as P from '../objects/protocol';
import { newInt, isInt, newBool, type IntObj } from '../objects/int';
import { newFloat, isFloat, type FloatObj } from '../objects/float';
import { newStr, newStrOf, isStr, intern, internedName, type StrObj } from '../objects/str';
import { newTuple } from '../objects/tuple';
import { newList, listExtend, listSort, type ListObj } from '../objects/list';
import { newDict, type DictObj } from '../objects/dict';
import { createModule, setName, type ModuleEntry } from './module';
import { formatValue } from '../objects/format';
import { createClass } from '../objects/type';
import type { BuiltinTypes } from '../objects/types';
import { Frame } from '../vm/frame';
import { frameLocals } from '../vm/frameobject';
import { runFrame } from '../vm/eval';
import { flushStdout, printPiece, stdoutIsPiped } from './stdout';
import type { FunctionObj, ModuleObj } from '../objects/function';
import { newStr as str } from '../objects/str';
import { vmMessages } from '../vm/messages';
import { VM_BEHAVIOUR } from '../vm/behaviour';
import { roundDouble } from '../objects/dtoa';
import { descriptorNames, findDataDescriptor } from '../objects/introspection';

function none(rt: Runtime): PyObj {
  incref(rt, rt.None, 'result');
  return rt.None;
}

function kw(kwargs: Map<string, PyObj> | null, name: string): PyObj | undefined {
  return kwargs?.get(name);
}

function noKwargs(rt: Runtime, fname: string, kwargs: Map<string, PyObj> | null): void {
  if (kwargs && kwargs.size) raise(rt, 'TypeError', `${fname}() takes no keyword arguments`);
}

function toInt(rt: Runtime, o: PyObj): bigint {
  if (!isInt(rt, o)) raise(rt, 'TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
  return (o as IntObj).value;
}

function minmax(rt: Runtime, name: 'min' | 'max', args: PyObj[], kwargs: Map<string, PyObj> | null): PyObj {
  const key = kw(kwargs, 'key');
  const dflt = kw(kwargs, 'default');
  const items: PyObj[] = [];
  if (args.length === 0) raise(rt, 'TypeError', `${name} expected at least 1 argument, got 0`);
  if (args.length === 1) P.iterate(rt, args[0], (x) => { incref(rt, x, 'temporary'); items.push(x); });
  else for (const a of args) { incref(rt, a, 'temporary'); items.push(a); }
  try {
    if (items.length === 0) {
      if (dflt) return (incref(rt, dflt, 'result'), dflt);
      raise(rt, 'ValueError', vmMessages(rt).emptyMinMax(name));
    }
    let best = items[0];
    let bestKey = key && key !== rt.None ? P.callObject(rt, key, [best], null) : null;
    for (let i = 1; i < items.length; i++) {
      const k = key && key !== rt.None ? P.callObject(rt, key, [items[i]], null) : null;
      const better = P.richCompareBool(rt, k ?? items[i], bestKey ?? best, name === 'min' ? 'lt' : 'gt');
      if (better) {
        best = items[i];
        if (bestKey) decref(rt, bestKey, 'temporary');
        bestKey = k;
      } else if (k) decref(rt, k, 'temporary');
    }
    if (bestKey) decref(rt, bestKey, 'temporary');
    incref(rt, best, 'result');
    return best;
  } finally {
    for (const x of items) decref(rt, x, 'temporary');
  }
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  if (Math.abs(x % 1) === 0.5) return 2 * Math.round(x / 2);
  return r;
}

function roundFloat(x: number, nd: number): number {
  if (!Number.isFinite(x)) return x;
  if (nd > 22) return x;
  const m = 10 ** Math.abs(nd);
  if (nd >= 0) {
    const y = x * m;
    if (Number.isInteger(y * 2) && !Number.isInteger(y) && y / m === x) return roundHalfEven(y) / m;
    const s = x.toFixed(nd);
    return Number(s);
  }
  return roundHalfEven(x / m) * m;
}

/** Runtimes whose print parser built its keyword tuple (3.10's and 3.11's _PyArg_Parser, kept for good). */
const printParserReady = new WeakSet<Runtime>();

function initPrintParser(rt: Runtime): void {
  printParserReady.add(rt);
  const kwtuple = newTuple(rt, ['sep', 'end', 'file', 'flush'].map((n) => internedName(rt, n)));
  kwtuple.baseRefs++; // the static parser's reference, never released
}

/**
 * print's writes, one PyFile_WriteObject each, in order (a __str__ that raises leaves what came
 * before written): through the pipe stdout models (modules/stdout.ts), or straight out (Pyodide).
 */
function printPieces(rt: Runtime, args: PyObj[], sep: PyObj | undefined, end: PyObj | undefined, flush: PyObj | undefined): void {
  const piped = stdoutIsPiped(rt);
  const write = (o: PyObj) => (piped ? printPiece(rt, o) : rt.write(P.strOf(rt, o)));
  /** A given sep/end is written itself; the default one is PyFile_WriteString's cached character. */
  const writeSepOrEnd = (given: PyObj | undefined, byDefault: string) => {
    if (given && given !== rt.None) write(given);
    else if (!piped) rt.write(byDefault);
    else {
      const c = newStr(rt, byDefault);
      try {
        printPiece(rt, c);
      } finally {
        decref(rt, c, 'PyFile_WriteString');
      }
    }
  };
  args.forEach((a, i) => {
    if (i > 0) writeSepOrEnd(sep, ' ');
    write(a);
  });
  writeSepOrEnd(end, '\n');
  if (piped && flush && P.isTrue(rt, flush)) flushStdout(rt);
}

/** The built-in functions. */
export const BUILTIN_FUNCTIONS: Record<string, NativeFn> = {
  print(rt, args, kwargs) {
    const sepObj = kw(kwargs, 'sep');
    const endObj = kw(kwargs, 'end');
    const parserBuilt = rt.profile.execution.printKeywordTupleBuilt;
    if (parserBuilt && !printParserReady.has(rt) && (parserBuilt === 'first-call' || (kwargs && kwargs.size > 0))) initPrintParser(rt);
    // 3.11+: the *args tuple of print's clinic wrapper lives for the call
    const packed = rt.profile.execution.printPacksArgs && args.length > 0 ? newTuple(rt, args.map((a) => (incref(rt, a, 'tuple item'), a))) : null;
    try {
      for (const [name, o] of [['sep', sepObj], ['end', endObj]] as const) {
        if (o && o !== rt.None && !isStr(rt, o)) raise(rt, 'TypeError', `${name} must be None or a string, not ${o.type.name}`);
      }
      printPieces(rt, args, sepObj, endObj, kw(kwargs, 'flush'));
    } finally {
      if (packed) decref(rt, packed, 'print arguments');
    }
    return none(rt);
  },
  len(rt, args) {
    if (args.length !== 1) raise(rt, 'TypeError', `len() takes exactly one argument (${args.length} given)`);
    return newInt(rt, P.lengthOf(rt, args[0]));
  },
  id: (rt, args) => newInt(rt, args[0].id),
  hash: (rt, args) => newInt(rt, P.hashOf(rt, args[0])),
  repr: (rt, args) => newStrOf(rt, args[0].type, P.reprOf(rt, args[0])),
  ascii: (rt, args) => newStr(rt, P.reprOf(rt, args[0]).replace(/[^\x00-\x7f]/g, (c) => '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0'))),
  isinstance: (rt, args) => newBool(rt, P.isInstance(rt, args[0], args[1])),
  issubclass(rt, args) {
    const check = (c: PyObj): boolean => c.type === rt.types.tuple ? (c as unknown as { items: PyObj[] }).items.some(check) : isSubtype(args[0] as PyType, c as PyType);
    if (!P.isTypeObject(rt, args[0])) raise(rt, 'TypeError', 'issubclass() arg 1 must be a class');
    return newBool(rt, check(args[1]));
  },
  callable: (rt, args) => newBool(rt, P.isCallable(rt, args[0])),
  abs(rt, args) {
    const x = args[0];
    if (isInt(rt, x)) return newInt(rt, (x as IntObj).value < 0n ? -(x as IntObj).value : (x as IntObj).value);
    if (isFloat(rt, x)) return newFloat(rt, Math.abs((x as FloatObj).value));
    const d = P.lookupDunder(x.type, '__abs__');
    if (d) return P.callDunder(rt, d, x, []);
    raise(rt, 'TypeError', `bad operand type for abs(): '${x.type.name}'`);
  },
  sum(rt, args, kwargs) {
    const start = args[1] ?? kw(kwargs, 'start') ?? null;
    if (start && isStr(rt, start)) raise(rt, 'TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
    return sumOf(rt, args[0], start);
  },
  min: (rt, args, kwargs) => minmax(rt, 'min', args, kwargs),
  max: (rt, args, kwargs) => minmax(rt, 'max', args, kwargs),
  sorted(rt, args, kwargs) {
    const l = newList(rt, []);
    try {
      listExtend(rt, l, args[0]);
      const key = kw(kwargs, 'key');
      const rev = kw(kwargs, 'reverse');
      listSort(rt, l, key && key !== rt.None ? key : null, rev ? P.isTrue(rt, rev) : false);
    } catch (e) {
      decref(rt, l, 'temporary');
      throw e;
    }
    return l;
  },
  round(rt, args, kwargs) {
    const x = args[0];
    const ndObj = args[1] ?? kw(kwargs, 'ndigits');
    const nd = ndObj && ndObj !== rt.None ? Number(toInt(rt, ndObj)) : null;
    if (isInt(rt, x)) {
      if (nd === null || nd >= 0) return newInt(rt, (x as IntObj).value);
      const m = 10n ** BigInt(-nd);
      const v = (x as IntObj).value;
      let q = v / m;
      const rem = v - q * m;
      if (2n * (rem < 0n ? -rem : rem) > m || (2n * (rem < 0n ? -rem : rem) === m && q % 2n !== 0n)) q += v < 0n ? -1n : 1n;
      return newInt(rt, q * m);
    }
    if (isFloat(rt, x)) {
      const v = (x as FloatObj).value;
      if (nd === null) {
        if (!Number.isFinite(v)) raise(rt, Number.isNaN(v) ? 'ValueError' : 'OverflowError', Number.isNaN(v) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
        return newInt(rt, BigInt(roundHalfEven(v)));
      }
      return newFloat(rt, nd >= 0 ? roundDouble(v, nd) : roundFloat(v, nd));
    }
    const d = P.lookupDunder(x.type, '__round__');
    if (d) return P.callDunder(rt, d, x, ndObj ? [ndObj] : []);
    raise(rt, 'TypeError', `type ${x.type.name} doesn't define __round__ method`);
  },
  divmod(rt, args) {
    const q = P.binaryOp(rt, 'floordiv', args[0], args[1], false);
    let m: PyObj;
    try {
      m = P.binaryOp(rt, 'mod', args[0], args[1], false);
    } catch (e) {
      decref(rt, q, 'temporary');
      throw e;
    }
    return newTuple(rt, [q, m]);
  },
  pow(rt, args) {
    if (args.length === 3) {
      const b = toInt(rt, args[0]), e = toInt(rt, args[1]), m = toInt(rt, args[2]);
      let r = 1n, base = ((b % m) + m) % m, exp = e;
      while (exp > 0n) { if (exp & 1n) r = (r * base) % m; base = (base * base) % m; exp >>= 1n; }
      return newInt(rt, r);
    }
    return P.binaryOp(rt, 'pow', args[0], args[1], false);
  },
  hex(rt, args) {
    const v = toInt(rt, args[0]);
    return newStr(rt, (v < 0n ? '-0x' : '0x') + (v < 0n ? -v : v).toString(16));
  },
  oct(rt, args) {
    const v = toInt(rt, args[0]);
    return newStr(rt, (v < 0n ? '-0o' : '0o') + (v < 0n ? -v : v).toString(8));
  },
  bin(rt, args) {
    const v = toInt(rt, args[0]);
    return newStr(rt, (v < 0n ? '-0b' : '0b') + (v < 0n ? -v : v).toString(2));
  },
  chr(rt, args) {
    const v = Number(toInt(rt, args[0]));
    if (v < 0 || v > 0x10ffff) raise(rt, 'ValueError', 'chr() arg not in range(0x110000)');
    return newStr(rt, String.fromCodePoint(v));
  },
  ord(rt, args) {
    const s = args[0];
    if (!isStr(rt, s)) raise(rt, 'TypeError', `ord() expected string of length 1, but ${s.type.name} found`);
    const cps = [...s.value];
    if (cps.length !== 1) raise(rt, 'TypeError', `ord() expected a character, but string of length ${cps.length} found`);
    return newInt(rt, cps[0].codePointAt(0)!);
  },
  iter(rt, args) {
    if (args.length === 2) raise(rt, 'TypeError', 'iter(callable, sentinel) is not supported');
    return P.getIter(rt, args[0]);
  },
  next(rt, args) {
    const it = args[0];
    if (!it.type.slots.next && !P.lookupDunder(it.type, '__next__')) raise(rt, 'TypeError', `'${it.type.name}' object is not an iterator`);
    const v = P.iterNext(rt, it);
    if (v) return v;
    if (args.length > 1) return (incref(rt, args[1], 'result'), args[1]);
    raise(rt, 'StopIteration', null);
  },
  any(rt, args) {
    let found = false;
    const it = P.getIter(rt, args[0]);
    try {
      for (let x = P.iterNext(rt, it); x; x = P.iterNext(rt, it)) {
        const t = P.isTrue(rt, x);
        decref(rt, x, 'iteration item');
        if (t) { found = true; break; }
      }
    } finally {
      decref(rt, it, 'iterator');
    }
    return newBool(rt, found);
  },
  all(rt, args) {
    let ok = true;
    const it = P.getIter(rt, args[0]);
    try {
      for (let x = P.iterNext(rt, it); x; x = P.iterNext(rt, it)) {
        const t = P.isTrue(rt, x);
        decref(rt, x, 'iteration item');
        if (!t) { ok = false; break; }
      }
    } finally {
      decref(rt, it, 'iterator');
    }
    return newBool(rt, ok);
  },
  getattr(rt, args) {
    const name = args[1];
    if (!isStr(rt, name)) raise(rt, 'TypeError', `attribute name must be string, not '${name.type.name}'`);
    if (args.length > 2) {
      try {
        return P.getAttr(rt, args[0], name.value);
      } catch (e) {
        if (e instanceof PyException && isSubtype(e.exc.type, rt.types.AttributeError)) {
          decref(rt, e.exc, 'exception handled');
          return (incref(rt, args[2], 'result'), args[2]);
        }
        throw e;
      }
    }
    return P.getAttr(rt, args[0], name.value);
  },
  setattr(rt, args) {
    const name = args[1];
    if (!isStr(rt, name)) raise(rt, 'TypeError', `attribute name must be string, not '${name.type.name}'`);
    // PyObject_SetAttr interns the name
    incref(rt, name, 'temporary');
    const interned = intern(rt, name, 'name');
    try {
      P.setAttr(rt, args[0], interned.value, args[2]);
    } finally {
      decref(rt, interned, 'temporary');
    }
    return none(rt);
  },
  delattr(rt, args) {
    P.setAttr(rt, args[0], (args[1] as StrObj).value, null);
    return none(rt);
  },
  hasattr(rt, args) {
    const name = args[1];
    if (!isStr(rt, name)) raise(rt, 'TypeError', `attribute name must be string, not '${name.type.name}'`);
    try {
      const v = P.getAttr(rt, args[0], name.value);
      decref(rt, v, 'temporary');
      return newBool(rt, true);
    } catch (e) {
      if (e instanceof PyException && isSubtype(e.exc.type, rt.types.AttributeError)) {
        decref(rt, e.exc, 'exception handled');
        return newBool(rt, false);
      }
      throw e;
    }
  },
  vars(rt, args) {
    if (args.length === 0) {
      const f = rt.frames[rt.frames.length - 1];
      const d = f.locals ?? f.globals;
      return (incref(rt, d, 'result'), d);
    }
    return P.getAttr(rt, args[0], '__dict__');
  },
  globals(rt) {
    const f = rt.frames[rt.frames.length - 1];
    return (incref(rt, f.globals, 'result'), f.globals);
  },
  locals(rt) {
    return frameLocals(rt, rt.frames[rt.frames.length - 1]);
  },
  format(rt, args) {
    const spec = args[1] ? (args[1] as StrObj).value : '';
    return newStrOf(rt, args[0].type, formatValue(rt, args[0], spec));
  },
  dir(rt, args) {
    const names = new Set<string>();
    const o = args[0];
    // dir(cls) lists the class and its bases (type___dir__), not the metaclass.
    const isType = P.isTypeObject(rt, o);
    for (const t of isType ? (o as PyType).mro : o.type.mro) {
      if (t.dict) for (const e of (t.dict as DictObj).entries) if (e) names.add((e.key as StrObj).value);
      for (const m of t.methods.keys()) names.add(m);
      // not in the method tables: object's __class__ descriptor, a built-in type's __doc__, slot members
      if (!t.heap) names.add('__doc__');
      if (t === rt.types.object) names.add('__class__');
      if (!t.heap) for (const d of descriptorNames(t)) names.add(d);
      if (t.heap) for (const s of t.slotNames ?? []) names.add(s);
    }
    // object.__dir__ reads the instance's __dict__ (materialising it, as CPython does)
    const own = !isType && o.type.hasInstanceDict ? (rt.instanceDict(o) as DictObj) : null;
    // other objects with a __dict__ getset or member (functions, modules) keep it in their `dict` field
    const ownNames = own ?? (!isType && findDataDescriptor(o.type, '__dict__') ? (o as unknown as { dict?: DictObj | null }).dict : null);
    if (ownNames) for (const e of ownNames.entries) if (e && e.key.type === rt.types.str) names.add((e.key as StrObj).value);
    if (own) decref(rt, own, 'temporary');
    return newList(rt, [...names].sort().map((n) => newStr(rt, n)));
  },
  __build_class__(rt, args, kwargs) {
    if (kwargs && kwargs.size) raise(rt, 'TypeError', '__build_class__() does not take keyword arguments here');
    const func = args[0] as FunctionObj;
    const name = args[1] as StrObj;
    const bases = args.slice(2);
    const ns = newDict(rt);
    rt.nativeDepth++;
    try {
      const frame = new Frame(func.code, func, func.globals, func.builtins, ns, !rt.profile.execution.heapFrameObjects);
      frame.acquire(rt);
      let cell: PyObj;
      try {
        if (func.closure) {
          // COPY_FREE_VARS in the body reads the function's closure
        }
        cell = runFrame(rt, frame).value;
      } finally {
        frame.exit(rt);
      }
      try {
        return createClass(rt, name.value, bases, ns);
      } finally {
        decref(rt, cell, 'class body result');
      }
    } finally {
      rt.nativeDepth--;
      decref(rt, ns, 'class namespace');
    }
  },
};

/** Names of types and exceptions exposed in builtins. */
const BUILTIN_TYPES: [string, keyof BuiltinTypes][] = [
  ['object', 'object'], ['type', 'type'], ['int', 'int'], ['bool', 'bool'], ['float', 'float'], ['str', 'str'],
  ['bytes', 'bytes'], ['tuple', 'tuple'], ['list', 'list'], ['dict', 'dict'], ['set', 'set'], ['frozenset', 'frozenset'],
  ['range', 'range'], ['slice', 'slice'], ['enumerate', 'enumerate'], ['zip', 'zip'], ['reversed', 'reversed'],
  ['map', 'map'], ['filter', 'filter'], ['super', 'super'], ['staticmethod', 'staticmethod'],
  ['classmethod', 'classmethod'], ['property', 'property'],
  ['BaseException', 'BaseException'], ['Exception', 'Exception'], ['ArithmeticError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ZeroDivisionError'], ['OverflowError', 'OverflowError'], ['LookupError', 'LookupError'],
  ['KeyError', 'KeyError'], ['IndexError', 'IndexError'], ['ValueError', 'ValueError'], ['TypeError', 'TypeError'],
  ['NameError', 'NameError'], ['UnboundLocalError', 'UnboundLocalError'], ['AttributeError', 'AttributeError'],
  ['RuntimeError', 'RuntimeError'], ['RecursionError', 'RecursionError'], ['NotImplementedError', 'NotImplementedError'],
  ['StopIteration', 'StopIteration'], ['AssertionError', 'AssertionError'], ['ImportError', 'ImportError'],
  ['UnicodeError', 'UnicodeError'], ['UnicodeDecodeError', 'UnicodeDecodeError'], ['UnicodeEncodeError', 'UnicodeEncodeError'],
  ['ReferenceError', 'ReferenceError'], ['MemoryError', 'MemoryError'], ['KeyboardInterrupt', 'KeyboardInterrupt'],
  ['SystemExit', 'SystemExit'], ['GeneratorExit', 'GeneratorExit'],
];

export function createBuiltinsModule(rt: Runtime): ModuleObj {
  const entries: Record<string, ModuleEntry> = { ...BUILTIN_FUNCTIONS };
  for (const [name, key] of BUILTIN_TYPES) entries[name] = { value: (r) => (incref(r, r.types[key], 'builtins name'), r.types[key]) };
  entries.None = { value: (r) => (incref(r, r.None, 'builtins name'), r.None) };
  entries.True = { value: (r) => (incref(r, r.True, 'builtins name'), r.True) };
  entries.False = { value: (r) => (incref(r, r.False, 'builtins name'), r.False) };
  entries.Ellipsis = { value: (r) => (incref(r, r.Ellipsis, 'builtins name'), r.Ellipsis) };
  entries.NotImplemented = { value: (r) => (incref(r, r.NotImplemented, 'builtins name'), r.NotImplemented) };
  const m = createModule(rt, 'builtins', entries);
  return m;
}

export { setName, str, toInt, noKwargs, listSort };
export type { ListObj };

/**
 * builtin_sum_impl: while the total is an exact int and the items are ints or bools, it is kept in
 * a C long, and while it is an exact float and the items are exact floats or ints, in a C double
 * (compensated from 3.12), so those steps make no objects; anything else, or a long overflowing,
 * goes on with the + operator.
 */
function sumOf(rt: Runtime, iterable: PyObj, start: PyObj | null): PyObj {
  const it = P.getIter(rt, iterable);
  let acc: PyObj | null = start ? (incref(rt, start, 'temporary'), start) : newInt(rt, 0);
  let item: PyObj | null = null;
  const dropItem = () => {
    decref(rt, item!, 'iteration item');
    item = null;
  };
  /** acc = acc + item, through the + operator. */
  const addItem = () => {
    const next = P.binaryOp(rt, 'add', acc!, item!, false);
    decref(rt, acc!, 'temporary');
    acc = next;
    dropItem();
  };
  try {
    const longMax = 2n ** BigInt(rt.profile.platformModel.pointerBytes * 8 - 1) - 1n;
    const fitsLong = (v: bigint) => v <= longMax && v >= -longMax - 1n;
    if (acc.type === rt.types.int && fitsLong((acc as IntObj).value)) {
      let total = (acc as IntObj).value;
      decref(rt, acc, 'temporary');
      acc = null;
      for (item = P.iterNext(rt, it); item; item = P.iterNext(rt, it)) {
        const isIntItem = item.type === rt.types.int || item.type === rt.types.bool;
        if (!isIntItem || !fitsLong(total + (item as IntObj).value)) break;
        total += (item as IntObj).value;
        dropItem();
      }
      acc = newInt(rt, total);
      if (!item) return acc;
      addItem();
    }
    if (acc!.type === rt.types.float) {
      let total = (acc as FloatObj).value;
      let c = 0;
      const compensated = VM_BEHAVIOUR[rt.profile.python].compensatedFloatSum;
      decref(rt, acc!, 'temporary');
      acc = null;
      for (item = P.iterNext(rt, it); item; item = P.iterNext(rt, it)) {
        if (item.type === rt.types.float) {
          const x = (item as FloatObj).value;
          if (compensated) {
            // Neumaier's improvement of Kahan-Babuska summation
            const t = total + x;
            c += Math.abs(total) >= Math.abs(x) ? (total - t) + x : (x - t) + total;
            total = t;
          } else total += x;
        } else if (isInt(rt, item) && fitsLong((item as IntObj).value)) {
          total += Number((item as IntObj).value);
        } else break;
        dropItem();
      }
      // the compensation is added at the end, unless it is zero or not finite
      if (c !== 0 && Number.isFinite(c)) total += c;
      acc = newFloat(rt, total);
      if (!item) return acc;
      addItem();
    }
    for (item = P.iterNext(rt, it); item; item = P.iterNext(rt, it)) addItem();
    return acc!;
  } catch (e) {
    if (item) decref(rt, item, 'iteration item');
    if (acc) decref(rt, acc, 'temporary');
    throw e;
  } finally {
    decref(rt, it, 'temporary');
  }
}
