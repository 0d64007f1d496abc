// bytes. Mirrors Objects/bytesobject.c: the empty-bytes and single-byte singletons, repr, decode.

import type { PyObj } from './object';
import type { Runtime } from '../vm/runtime';
import { defineType } from './types';
import { incref } from '../heap/refcount';
import { raise } from './exception';
import { compareResult } from './common';
import { isInt, newInt, type IntObj } from './int';
import { markStatic, newStr } from './str';
import { iterate } from './protocol';
import { sliceIndices } from './slice';
import { newSeqIter } from './iterators';
import { hashString } from './hash';
import { utf8Encode, utf8Decode } from './utf8';

export interface BytesObj extends PyObj {
  value: Uint8Array;
}

export function bytesSizeof(rt: Runtime, n: number): number {
  const p = rt.profile.platformModel.pointerBytes;
  // ob_refcnt, ob_type, ob_size, ob_shash, ob_sval[n+1]
  return p * 4 + n + 1;
}

function allocBytes(rt: Runtime, value: Uint8Array): BytesObj {
  return rt.alloc<BytesObj>(rt.types.bytes, { value }, bytesSizeof(rt, value.length));
}

export function newBytes(rt: Runtime, value: Uint8Array): BytesObj {
  if (value.length === 0) {
    incref(rt, rt.emptyBytes, 'new reference');
    return rt.emptyBytes as BytesObj;
  }
  if (value.length === 1) {
    let c = rt.singleBytes[value[0]] as BytesObj | undefined;
    if (!c) {
      c = allocBytes(rt, value);
      markStatic(rt, c, 'singleBytes', 'singleByte');
      rt.singleBytes[value[0]] = c;
    }
    incref(rt, c, 'new reference');
    return c;
  }
  return allocBytes(rt, value);
}

export function createEmptyBytes(rt: Runtime): BytesObj {
  const b = allocBytes(rt, new Uint8Array(0));
  markStatic(rt, b, 'emptyStrBytesTuple', 'emptyBytes');
  return b;
}

export function bytesRepr(v: Uint8Array): string {
  let hasSingle = false, hasDouble = false;
  for (const c of v) { if (c === 39) hasSingle = true; if (c === 34) hasDouble = true; }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + q;
  for (const c of v) {
    if (c === 92) out += '\\\\';
    else if (c === q.charCodeAt(0)) out += '\\' + q;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + q;
}

function val(o: PyObj): Uint8Array {
  return (o as BytesObj).value;
}

function cmp(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < a.length && i < b.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

defineType({
  key: 'bytes', name: 'bytes', isGC: false,
  slots: {
    repr: (_rt, o) => bytesRepr(val(o)),
    str: (_rt, o) => bytesRepr(val(o)),
    hash: (rt, o) => hashString(rt, String.fromCharCode(...val(o))),
    len: (_rt, o) => val(o).length,
    richcompare(rt, a, b, op) {
      if (b.type !== rt.types.bytes) return null;
      return compareResult(rt, cmp(val(a), val(b)), op);
    },
    binop(rt, op, a, b) {
      if (op === 'add' && a.type === rt.types.bytes && b.type === rt.types.bytes) {
        const r = new Uint8Array(val(a).length + val(b).length);
        r.set(val(a));
        r.set(val(b), val(a).length);
        return newBytes(rt, r);
      }
      if (op === 'mul' && a.type === rt.types.bytes && isInt(rt, b)) {
        const k = Math.max(0, Number((b as IntObj).value));
        const src = val(a);
        const r = new Uint8Array(src.length * k);
        for (let i = 0; i < k; i++) r.set(src, i * src.length);
        return newBytes(rt, r);
      }
      return null;
    },
    contains(rt, o, key) {
      if (isInt(rt, key)) return val(o).includes(Number((key as IntObj).value));
      const needle = val(key);
      const hay = val(o);
      outer: for (let i = 0; i + needle.length <= hay.length; i++) {
        for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
        return true;
      }
      return false;
    },
    getitem(rt, o, key) {
      const v = val(o);
      if (isInt(rt, key)) {
        let i = Number((key as IntObj).value);
        if (i < 0) i += v.length;
        if (i < 0 || i >= v.length) raise(rt, 'IndexError', 'index out of range');
        return newInt(rt, v[i]);
      }
      if (key.type === rt.types.slice) {
        const s = sliceIndices(rt, key, v.length);
        const out: number[] = [];
        for (let i = s.start; s.step > 0 ? i < s.stop : i > s.stop; i += s.step) out.push(v[i]);
        return newBytes(rt, Uint8Array.from(out));
      }
      raise(rt, 'TypeError', `byte indices must be integers or slices, not ${key.type.name}`);
    },
    iter: (rt, o) => newSeqIter(rt, rt.types.bytes_iterator, o),
    new(rt, _type, args) {
      if (args.length === 0) return newBytes(rt, new Uint8Array(0));
      const a = args[0];
      // _PyBytes_FromSize: a zero-filled new object (never the cached single byte), b'' for 0
      if (isInt(rt, a)) {
        const n = Number((a as IntObj).value);
        return n === 0 ? newBytes(rt, new Uint8Array(0)) : allocBytes(rt, new Uint8Array(n));
      }
      if (a.type === rt.types.str) {
        if (args.length < 2) raise(rt, 'TypeError', 'string argument without an encoding');
        return newBytes(rt, utf8Encode((a as unknown as { value: string }).value));
      }
      if (a.type === rt.types.bytes) return (incref(rt, a, 'result'), a);
      const out: number[] = [];
      iterate(rt, a, (x) => {
        if (!isInt(rt, x)) raise(rt, 'TypeError', `'${x.type.name}' object cannot be interpreted as an integer`);
        const n = Number((x as IntObj).value);
        if (n < 0 || n > 255) raise(rt, 'ValueError', 'bytes must be in range(0, 256)');
        out.push(n);
      });
      return newBytes(rt, Uint8Array.from(out));
    },
  },
  methods: {
    decode(rt, args, _k, self) {
      const v = val(self!);
      const enc = args[0] ? (args[0] as unknown as { value: string }).value.toLowerCase().replace('-', '') : 'utf8';
      if (enc === 'ascii' || enc === 'latin1') return newStr(rt, String.fromCharCode(...v));
      const r = utf8Decode(v);
      if (typeof r !== 'string') raise(rt, 'UnicodeDecodeError', `'utf-8' codec can't decode byte 0x${v[r.badPosition].toString(16)} in position ${r.badPosition}: invalid start byte`);
      return newStr(rt, r);
    },
    hex: (rt, _a, _k, self) => newStr(rt, [...val(self!)].map((b) => b.toString(16).padStart(2, '0')).join('')),
    __len__: (rt, _a, _k, self) => newInt(rt, val(self!).length),
  },
});
