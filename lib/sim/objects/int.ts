// int and bool. Mirrors Objects/longobject.c (arbitrary precision, the small-int cache
// get_small_int, long_richcompare, long_hash) and Objects/boolobject.c.

import { objectHead, type BinOp, type PyObj, type PyType } from './object';
import type { Runtime } from '../vm/runtime';
import type { Profile } from '../versions/profile';
import { defineType } from './types';
import { stripNumericSpace } from './str-split';
import { incref } from '../heap/refcount';
import { raise } from './exception';
import { newFloat, floatRepr, isFloat } from './float';
import { newStr, strRepr } from './str';
import { hashInt } from './hash';
import { boolOf, compareResult } from './common';
import { smallIntStartupRefs } from './startup-refs';
import { allocationBytesInt, bitLength } from './layout/scalars';

export interface IntObj extends PyObj {
  value: bigint;
}

function allocInt(rt: Runtime, value: bigint): IntObj {
  const type = rt.types.int;
  const bytes = intAllocBytes(rt, value);
  const o = objectHead(type, bytes) as IntObj;
  o.value = value;
  // rt.adopt's steps, with the stores made here, where every object is an int (see addressFor)
  o.id = rt.addressFor(type, bytes);
  rt.register(o, o.ob, type);
  return o;
}

export function isInt(rt: Runtime, o: PyObj): o is IntObj {
  return o.type === rt.types.int || o.type === rt.types.bool || (o.type.heap && o.type.builtinBase === rt.types.int);
}

/** Bytes CPython allocates for an int with this value: its sys.getsizeof (_PyLong_New). */
export function intAllocBytes(rt: Runtime, v: bigint): number {
  return allocationBytesInt(rt.profile, v);
}

/** A new reference to an int: the cached object for small values, else a fresh object. */
export function newInt(rt: Runtime, v: bigint | number): IntObj {
  const value = typeof v === 'number' ? BigInt(v) : v;
  if (rt.profile !== cacheBoundsProfile) {
    cacheBoundsProfile = rt.profile;
    cacheMin = BigInt(rt.profile.smallInts.min);
    cacheMax = BigInt(rt.profile.smallInts.max);
  }
  if (value >= cacheMin && value <= cacheMax) {
    const o = rt.smallInts[Number(value - cacheMin)] as IntObj;
    incref(rt, o, 'new reference');
    return o;
  }
  return allocInt(rt, value);
}

/** The small-int cache's bounds as bigints, for the last profile asked (newInt runs for every arithmetic result). */
let cacheBoundsProfile: Profile | null = null;
let cacheMin = 0n;
let cacheMax = 0n;

/** Build the small-int cache at start-up (static objects from 3.11; immortal from 3.12). */
export function createSmallInts(rt: Runtime): void {
  const { min, max } = rt.profile.smallInts;
  const imm = rt.profile.immortality;
  for (let v = min; v <= max; v++) {
    const value = BigInt(v);
    const o = allocInt(rt, value);
    if (imm.enabled && imm.categories.includes('smallInts')) rt.makeImmortal(o, 'static');
    else {
      o.ob.rc = imm.staticObjectInitialRefcount ?? smallIntStartupRefs(v);
      o.baseRefs = o.ob.rc;
    }
    rt.smallInts.push(o);
  }
}

export function isSmallIntCached(rt: Runtime, o: PyObj): boolean {
  const { min } = rt.profile.smallInts;
  const v = (o as IntObj).value;
  return o.type === rt.types.int && rt.smallInts[Number(v) - min] === o;
}

export function newBool(rt: Runtime, b: boolean): PyObj {
  return rt.bool(b);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function floorMod(a: bigint, b: bigint): bigint {
  const m = a % b;
  return m !== 0n && (m < 0n) !== (b < 0n) ? m + b : m;
}

/** int / int with correct rounding for big values. */
export function intTrueDiv(rt: Runtime, a: bigint, b: bigint): number {
  if (b === 0n) raise(rt, 'ZeroDivisionError', 'division by zero');
  const fa = Number(a);
  const fb = Number(b);
  if (Number.isFinite(fa) && Number.isFinite(fb) && Math.abs(fa) < 2 ** 53 && Math.abs(fb) < 2 ** 53) return fa / fb;
  // scale to keep precision
  const neg = (a < 0n) !== (b < 0n);
  let x = a < 0n ? -a : a;
  const y = b < 0n ? -b : b;
  let shift = 0;
  while (x / y < 1n << 60n) {
    x <<= 8n;
    shift += 8;
  }
  const r = Number(x / y) / 2 ** shift;
  if (!Number.isFinite(r)) raise(rt, 'OverflowError', 'integer division result too large for a float');
  return neg ? -r : r;
}

export function intToFloat(rt: Runtime, v: bigint): number {
  const f = Number(v);
  if (!Number.isFinite(f)) raise(rt, 'OverflowError', 'int too large to convert to float');
  return f;
}

function intBinop(rt: Runtime, op: BinOp, a: bigint, b: bigint): PyObj {
  switch (op) {
    case 'add': return newInt(rt, a + b);
    case 'sub': return newInt(rt, a - b);
    case 'mul': return newInt(rt, a * b);
    case 'truediv': return newFloat(rt, intTrueDiv(rt, a, b));
    case 'floordiv':
      if (b === 0n) raise(rt, 'ZeroDivisionError', 'integer division or modulo by zero');
      return newInt(rt, floorDiv(a, b));
    case 'mod':
      if (b === 0n) raise(rt, 'ZeroDivisionError', 'integer modulo by zero');
      return newInt(rt, floorMod(a, b));
    case 'pow':
      if (b < 0n) {
        if (a === 0n) raise(rt, 'ZeroDivisionError', '0.0 cannot be raised to a negative power');
        return newFloat(rt, Math.pow(Number(a), Number(b)));
      }
      if (b > 100000n) raise(rt, 'MemoryError', '');
      return newInt(rt, a ** b);
    case 'lshift':
      if (b < 0n) raise(rt, 'ValueError', 'negative shift count');
      return newInt(rt, a << b);
    case 'rshift':
      if (b < 0n) raise(rt, 'ValueError', 'negative shift count');
      return newInt(rt, a >> b);
    case 'and': return newInt(rt, a & b);
    case 'or': return newInt(rt, a | b);
    case 'xor': return newInt(rt, a ^ b);
    default: return null as unknown as PyObj;
  }
}

/** An operation on two exact ints (no subclass, so no dunder applies); null when int does not define it. */
export function exactIntBinop(rt: Runtime, op: BinOp, a: IntObj, b: IntObj): PyObj | null {
  return intBinop(rt, op, a.value, b.value) ?? null;
}

/** long_richcompare of two ints. */
export function compareInts(rt: Runtime, a: IntObj, b: IntObj, op: import('./object').CompareOp): PyObj {
  return compareResult(rt, a.value < b.value ? -1 : a.value > b.value ? 1 : 0, op);
}

function intRepr(_rt: Runtime, o: PyObj): string {
  return (o as IntObj).value.toString();
}

const intSlots = {
  repr: intRepr,
  /** The numbers-tower getsets: real and numerator are the exact int (self for an int), imag 0, denominator 1. */
  getattr(rt: Runtime, o: PyObj, name: string): PyObj | null {
    switch (name) {
      case 'real':
      case 'numerator':
        if (o.type === rt.types.int) return (incref(rt, o, 'attribute value'), o);
        return newInt(rt, (o as IntObj).value);
      case 'imag': return newInt(rt, 0n);
      case 'denominator': return newInt(rt, 1n);
    }
    return null;
  },
  hash: (rt: Runtime, o: PyObj) => hashInt(rt, (o as IntObj).value),
  bool: (_rt: Runtime, o: PyObj) => (o as IntObj).value !== 0n,
  richcompare(rt: Runtime, a: PyObj, b: PyObj, op: import('./object').CompareOp): PyObj | null {
    if (!isInt(rt, a)) return null;
    if (isInt(rt, b)) return compareInts(rt, a, b, op);
    if (isFloat(rt, b)) {
      const x = Number(a.value);
      const y = b.value;
      if (Number.isNaN(y)) return newBool(rt, op === 'ne');
      return compareResult(rt, x < y ? -1 : x > y ? 1 : 0, op);
    }
    return null;
  },
  binop(rt: Runtime, op: BinOp, a: PyObj, b: PyObj): PyObj | null {
    if (isInt(rt, a) && isInt(rt, b)) {
      return intBinop(rt, op, a.value, b.value) ?? null;
    }
    return null;
  },
  unary(rt: Runtime, op: import('./object').UnaryOp, o: PyObj): PyObj | null {
    const v = (o as IntObj).value;
    if (op === 'neg') return newInt(rt, -v);
    if (op === 'pos') return newInt(rt, v);
    return newInt(rt, -v - 1n);
  },
  new(rt: Runtime, type: PyType, args: PyObj[]): PyObj {
    const v = args.length === 0 ? 0n : intFromObject(rt, args[0], args[1]);
    if (type === rt.types.int) return newInt(rt, v);
    if (type === rt.types.bool) return newBool(rt, v !== 0n);
    return rt.alloc<IntObj>(type, { value: v }, intAllocBytes(rt, v));
  },
};

export function parseIntLiteral(rt: Runtime, text: string, base: number): bigint {
  let s = stripNumericSpace(text).replace(/_/g, '');
  let neg = false;
  if (s.startsWith('-')) { neg = true; s = s.slice(1); } else if (s.startsWith('+')) s = s.slice(1);
  let b = base;
  const lower = s.toLowerCase();
  if ((b === 16 || b === 0) && lower.startsWith('0x')) { b = 16; s = s.slice(2); }
  else if ((b === 8 || b === 0) && lower.startsWith('0o')) { b = 8; s = s.slice(2); }
  else if ((b === 2 || b === 0) && lower.startsWith('0b')) { b = 2; s = s.slice(2); }
  if (b === 0) b = 10;
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b);
  if (s.length === 0 || ![...s.toLowerCase()].every((c) => digits.includes(c))) {
    raise(rt, 'ValueError', `invalid literal for int() with base ${base}: ${strRepr(text)}`);
  }
  let v = 0n;
  for (const c of s.toLowerCase()) v = v * BigInt(b) + BigInt(digits.indexOf(c));
  return neg ? -v : v;
}


export function intFromObject(rt: Runtime, o: PyObj, baseObj?: PyObj): bigint {
  if (isInt(rt, o)) return o.value;
  if (isFloat(rt, o)) {
    if (!Number.isFinite(o.value)) {
      raise(rt, Number.isNaN(o.value) ? 'ValueError' : 'OverflowError', Number.isNaN(o.value) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
    }
    return BigInt(Math.trunc(o.value));
  }
  if (o.type === rt.types.str) {
    const base = baseObj ? Number((baseObj as IntObj).value) : 10;
    return parseIntLiteral(rt, (o as unknown as { value: string }).value, base);
  }
  raise(rt, 'TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${o.type.name}'`);
}

defineType({ key: 'int', name: 'int', isGC: false, slots: intSlots, methods: {
  bit_length: (rt, _a, _k, self) => newInt(rt, bitLength((self as IntObj).value)),
  __index__: (rt, _a, _k, self) => newInt(rt, (self as IntObj).value),
  is_integer: (rt) => newBool(rt, true),
  __sizeof__: (rt, _a, _k, self) => newInt(rt, BigInt(intAllocBytes(rt, (self as IntObj).value))),
} });

defineType({
  key: 'bool', name: 'bool', base: 'int', isGC: false, baseType: false,
  slots: {
    ...intSlots,
    repr: (_rt, o) => ((o as IntObj).value ? 'True' : 'False'),
    new: (rt, _t, args) => newBool(rt, args.length > 0 && boolOf(rt, args[0])),
    binop(rt, op, a, b) {
      if ((op === 'and' || op === 'or' || op === 'xor') && a.type === rt.types.bool && b.type === rt.types.bool) {
        const x = (a as IntObj).value, y = (b as IntObj).value;
        return newBool(rt, (op === 'and' ? x & y : op === 'or' ? x | y : x ^ y) !== 0n);
      }
      return intSlots.binop(rt, op, a, b);
    },
  },
});

export { floatRepr, newStr };
