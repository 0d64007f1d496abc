// float. Mirrors Objects/floatobject.c (float_repr via the shortest round-trip digits of
// Python/pystrtod.c with repr style 'r', float_richcompare, float arithmetic) and the float free list.

import { objectHead, type BinOp, type CompareOp, type PyObj, type UnaryOp } from './object';
import type { Runtime } from '../vm/runtime';
import { defineType } from './types';
import { stripNumericSpace } from './str-split';
import { strRepr } from './str';
import { raise } from './exception';
import { incref } from '../heap/refcount';
import { hashFloat } from './hash';
import { isInt, intToFloat, newBool, newInt, type IntObj } from './int';
import { compareResult } from './common';

export interface FloatObj extends PyObj {
  value: number;
}

export function isFloat(rt: Runtime, o: PyObj): o is FloatObj {
  return o.type === rt.types.float || (o.type.heap && o.type.builtinBase === rt.types.float);
}

export function floatBytes(rt: Runtime): number {
  return rt.profile.platformModel.pointerBytes * 2 + 8;
}

export function newFloat(rt: Runtime, value: number): FloatObj {
  const o = objectHead(rt.types.float, floatBytes(rt)) as FloatObj;
  o.value = value;
  return rt.adopt(o);
}

/** repr(float) as CPython prints it: shortest round-trip digits, exponent form outside 1e-4 <= |x| < 1e16. */
export function floatRepr(f: number): string {
  if (Number.isNaN(f)) return 'nan';
  if (!Number.isFinite(f)) return f > 0 ? 'inf' : '-inf';
  if (f === 0) return Object.is(f, -0) ? '-0.0' : '0.0';
  const exp = f.toExponential(); // shortest round-trip digits: d.ddde[+-]n
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(exp)!;
  const sign = m[1];
  const digits = m[2] + (m[3] ?? '');
  const e = Number(m[4]);
  if (e < -4 || e >= 16) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const es = Math.abs(e) < 10 ? `0${Math.abs(e)}` : `${Math.abs(e)}`;
    return `${sign}${mant}e${e < 0 ? '-' : '+'}${es}`;
  }
  if (e >= 0) {
    if (digits.length <= e + 1) return `${sign}${digits}${'0'.repeat(e + 1 - digits.length)}.0`;
    return `${sign}${digits.slice(0, e + 1)}.${digits.slice(e + 1)}`;
  }
  return `${sign}0.${'0'.repeat(-e - 1)}${digits}`;
}

function asNumber(rt: Runtime, o: PyObj): number | null {
  if (isFloat(rt, o)) return o.value;
  if (isInt(rt, o)) return intToFloat(rt, (o as IntObj).value);
  return null;
}

function pyFloorMod(a: number, b: number): number {
  const m = a % b;
  if (m === 0) return b < 0 ? -0 : 0;
  return (m < 0) !== (b < 0) ? m + b : m;
}

function floatBinop(rt: Runtime, op: BinOp, a: number, b: number): PyObj | null {
  switch (op) {
    case 'add': return newFloat(rt, a + b);
    case 'sub': return newFloat(rt, a - b);
    case 'mul': return newFloat(rt, a * b);
    case 'truediv':
      if (b === 0) raise(rt, 'ZeroDivisionError', 'float division by zero');
      return newFloat(rt, a / b);
    case 'floordiv':
      if (b === 0) raise(rt, 'ZeroDivisionError', 'float floor division by zero');
      return newFloat(rt, Math.floor(a / b));
    case 'mod':
      if (b === 0) raise(rt, 'ZeroDivisionError', 'float modulo');
      return newFloat(rt, pyFloorMod(a, b));
    case 'pow': {
      if (a === 0 && b < 0) raise(rt, 'ZeroDivisionError', '0.0 cannot be raised to a negative power');
      const r = Math.pow(a, b);
      if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) raise(rt, 'OverflowError', "(34, 'Numerical result out of range')");
      return newFloat(rt, r);
    }
    default:
      return null;
  }
}

defineType({
  key: 'float', name: 'float', isGC: false,
  slots: {
    repr: (_rt, o) => floatRepr((o as FloatObj).value),
    /** The numbers-tower getsets: real is the exact float (self for a float), imag 0.0. */
    getattr(rt, o, name) {
      if (name === 'imag') return newFloat(rt, 0);
      if (name !== 'real') return null;
      if (o.type === rt.types.float) return (incref(rt, o, 'attribute value'), o);
      return newFloat(rt, (o as FloatObj).value);
    },
    hash: (rt, o) => hashFloat(rt, (o as FloatObj).value, BigInt(o.id)),
    bool: (_rt, o) => (o as FloatObj).value !== 0,
    richcompare(rt: Runtime, a: PyObj, b: PyObj, op: CompareOp) {
      const x = asNumber(rt, a);
      if (x === null) return null;
      let y: number | null;
      if (isInt(rt, b) && !Number.isFinite(Number((b as IntObj).value))) y = Number((b as IntObj).value);
      else y = asNumber(rt, b);
      if (y === null) return null;
      if (Number.isNaN(x) || Number.isNaN(y)) return newBool(rt, op === 'ne');
      return compareResult(rt, x < y ? -1 : x > y ? 1 : 0, op);
    },
    binop(rt, op, a, b) {
      const x = asNumber(rt, a);
      const y = asNumber(rt, b);
      if (x === null || y === null) return null;
      return floatBinop(rt, op, x, y);
    },
    unary(rt, op: UnaryOp, o) {
      const v = (o as FloatObj).value;
      if (op === 'neg') return newFloat(rt, -v);
      if (op === 'pos') return newFloat(rt, v);
      return null;
    },
    new(rt, type, args) {
      let v = 0;
      if (args.length > 0) {
        const a = args[0];
        if (isFloat(rt, a)) v = a.value;
        else if (isInt(rt, a)) v = intToFloat(rt, (a as IntObj).value);
        else if (a.type === rt.types.str) v = parseFloatText(rt, (a as unknown as { value: string }).value);
        else raise(rt, 'TypeError', `float() argument must be a string or a real number, not '${a.type.name}'`);
      }
      if (type === rt.types.float) return newFloat(rt, v);
      return rt.alloc<FloatObj>(type, { value: v }, floatBytes(rt));
    },
  },
  methods: {
    is_integer: (rt, _a, _k, self) => newBool(rt, Number.isInteger((self as FloatObj).value)),
    __int__: (rt, _a, _k, self) => newInt(rt, BigInt(Math.trunc((self as FloatObj).value))),
  },
});

function parseFloatText(rt: Runtime, text: string): number {
  const s = stripNumericSpace(text).toLowerCase().replace(/_/g, '');
  if (/^[+-]?(inf|infinity)$/.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/.test(s)) return NaN;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)) raise(rt, 'ValueError', `could not convert string to float: ${strRepr(text)}`);
  return Number(s);
}
