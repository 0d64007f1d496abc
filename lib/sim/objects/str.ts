// str. Mirrors Objects/unicodeobject.c: compact PEP 393 strings, the empty-string and latin-1
// single-character singletons, interning (intern_common / _PyUnicode_InternMortal/Immortal),
// unicode_repr, and the str methods of the subset.

import { objectHead, type PyObj, type PyType } from './object';
import type { Runtime } from '../vm/runtime';
import { defineType } from './types';
import { incref, decref } from '../heap/refcount';
import { raise } from './exception';
import { hashString } from './hash';
import { compareResult } from './common';
import { startupRefs, type StartupObject } from './startup-refs';
import { startupIntern, type StartupIntern } from './startup-interned';

export interface StrObj extends PyObj {
  value: string;
  /** 0 not interned, 1 interned mortal, 2 interned immortal/static. */
  interned: 0 | 1 | 2;
  /** A cached UTF-8 copy is stored (counted by getsizeof for non-ASCII strings). */
  utf8: boolean;
  /** The hash once computed (CPython caches it in the object too); null before. */
  cachedHash: bigint | null;
  /** The dict index key for this str (objects/dict.ts lookupKey), made on first use as a key. */
  dictKey: string | null;
}

export function isStr(rt: Runtime, o: PyObj): o is StrObj {
  return o.type === rt.types.str || (o.type.heap && o.type.builtinBase === rt.types.str);
}

/** Code points of s (JS strings are UTF-16). */
export function codePoints(s: string): string[] {
  return /[\ud800-\udfff]/.test(s) ? Array.from(s) : s.split('');
}

export function strLen(s: string): number {
  return /[\ud800-\udfff]/.test(s) ? Array.from(s).length : s.length;
}

export function maxCodePoint(s: string): number {
  let m = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > m) m = c;
  }
  return m;
}

/** sys.getsizeof(str) per PEP 393 compact layout (header depends on profile). */
export function strSizeof(rt: Runtime, o: StrObj): number {
  const p = rt.profile.platformModel.pointerBytes;
  const wstr = rt.profile.layout.strHasWstr;
  // one pass over the UTF-16 units; below the surrogates they are the code points
  const s = o.value;
  let maxUnit = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > maxUnit) maxUnit = c;
  }
  const bmpOnly = maxUnit < 0xd800;
  const n = bmpOnly ? s.length : strLen(s);
  const maxc = bmpOnly ? maxUnit : maxCodePoint(s);
  // PyASCIIObject: refcnt, type, length, hash, state(4, padded to pointer), [wstr]
  const asciiHeader = p * 4 + (p === 8 ? 8 : 4) + (wstr ? p : 0);
  if (maxc < 128) return asciiHeader + n + 1;
  // PyCompactUnicodeObject adds utf8_length, utf8, [wstr_length]
  const compactHeader = asciiHeader + p * 2 + (wstr ? p : 0);
  const k = maxc < 256 ? 1 : maxc < 65536 ? 2 : 4;
  let size = compactHeader + (n + 1) * k;
  if (o.utf8) size += utf8Length(o.value) + 1;
  return size;
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

function allocStr(rt: Runtime, value: string): StrObj {
  const o = objectHead(rt.types.str, 0) as StrObj;
  o.value = value;
  o.interned = 0;
  o.utf8 = false;
  o.cachedHash = null;
  o.dictKey = null;
  o.allocSize = strSizeof(rt, o);
  return rt.adopt(o);
}

/** A new reference to a str with this value: singletons for '' and latin-1 chars, else a new object. */
export function newStr(rt: Runtime, value: string): StrObj {
  if (value.length === 0) {
    incref(rt, rt.emptyStr, 'new reference');
    return rt.emptyStr as StrObj;
  }
  if (value.length === 1 && value.charCodeAt(0) < 256) {
    const c = latin1Char(rt, value.charCodeAt(0));
    incref(rt, c, 'new reference');
    return c;
  }
  return allocStr(rt, value);
}

/**
 * A new str that is never the cached single character: what CPython's functions that fill a fresh
 * PyUnicode_New buffer and return it directly produce (int to decimal, the case mappings, replace,
 * join and f-string assembly), unlike those ending in unicode_result() (indexing, slicing, decoding).
 */
export function newStrFresh(rt: Runtime, value: string): StrObj {
  if (value.length === 0) return newStr(rt, value);
  return allocStr(rt, value);
}

/**
 * str(x)/repr(x)/format(x) result for a value of type `sourceType` (a type, so callers may release
 * the value first): ints are formatted into a fresh string.
 */
export function newStrOf(rt: Runtime, sourceType: PyType, value: string): StrObj {
  return sourceType === rt.types.int ? newStrFresh(rt, value) : newStr(rt, value);
}

/** The cached single-character string (borrowed). */
export function latin1Char(rt: Runtime, code: number): StrObj {
  let c = rt.latin1[code] as StrObj | undefined;
  if (!c) {
    c = allocStr(rt, String.fromCharCode(code));
    if (code >= 128 && rt.profile.layout.latin1SingletonsHaveUtf8) c.utf8 = true;
    markStatic(rt, c, 'latin1Chars', 'latin1');
    if (rt.profile.immortality.enabled) c.interned = 2;
    rt.latin1[code] = c;
  }
  return c;
}

export function createEmptyStr(rt: Runtime): StrObj {
  const e = allocStr(rt, '');
  markStatic(rt, e, 'emptyStrBytesTuple', 'emptyStr');
  e.interned = rt.profile.immortality.enabled ? 2 : 0;
  return e;
}

/** Static/cached objects: immortal where the profile says so, else held by their cache. */
export function markStatic(rt: Runtime, o: PyObj, category: import('../versions/profile').ImmortalCategory, what?: StartupObject): void {
  const imm = rt.profile.immortality;
  if (imm.enabled && imm.categories.includes(category)) rt.makeImmortal(o, 'static');
  else {
    const cachedStatic = imm.cachedObjectsAreStatic && category !== 'singletons' && what !== 'type';
    o.ob.rc = (cachedStatic ? imm.staticObjectInitialRefcount : null) ?? (what ? startupRefs(rt.profile.python, what) : null) ?? 1;
    o.baseRefs = o.ob.rc;
  }
}

/**
 * Intern `s` (a reference the caller owns is consumed); returns a new reference to the canonical
 * string. `kind` 'name' = identifiers used as names (immortal from 3.12), 'constant' / 'runtime' =
 * string constants and sys.intern (immortal only where every interned string is).
 */
export function intern(rt: Runtime, s: StrObj, kind: 'name' | 'constant' | 'runtime', callerKeepsCopy = false): StrObj {
  // PyUnicode_InternInPlace leaves an instance of a str subclass as it is
  if (s.type !== rt.types.str) return s;
  const imm = rt.profile.immortality;
  const immortal = imm.enabled && (imm.categories.includes('allInternedStrings') || (kind === 'name' && imm.categories.includes('internedNames')));
  const existing = (rt.interned.get(s.value) as StrObj | undefined) ?? adoptStartupInterned(rt, s, callerKeepsCopy);
  if (existing && existing !== s) {
    incref(rt, existing, 'interned copy');
    decref(rt, s, 'replaced by interned copy');
    // _PyUnicode_InternImmortal on a string already interned mortal immortalises it in place
    if (immortal && !existing.immortal) {
      rt.makeImmortal(existing, 'runtime');
      existing.interned = 2;
    }
    return existing;
  }
  if (s.interned || s.immortal) {
    if (!existing) rt.interned.set(s.value, s);
    if (immortal && !s.immortal) rt.makeImmortal(s, 'runtime');
    if (!s.interned || immortal) s.interned = 2;
    return s;
  }
  rt.interned.set(s.value, s);
  if (immortal) {
    rt.makeImmortal(s, 'runtime');
    s.interned = 2;
  } else {
    // the interned table's references are not counted (string_interning.md)
    s.interned = 1;
  }
  if (rt.tracing) rt.trace.event({ k: 'intern', id: s.id });
  return s;
}

/** Runtimes whose interned table already reflects the interpreter's start-up state. */
const startupApplied = new WeakSet<Runtime>();

/**
 * The canonical copy of s's value when the interpreter interned that value before the program
 * started (objects/startup-interned.ts), registered in the table; undefined when it did not.
 * A multi-character string stands for the start-up copy itself (the fresh copy CPython would free
 * on interning is kept instead: one live block either way) unless the caller keeps its copy alive
 * (the AST arena); a one-character string whose start-up copy is not the latin-1 singleton gets
 * that separate copy.
 */
function adoptStartupInterned(rt: Runtime, s: StrObj, callerKeepsCopy: boolean): StrObj | undefined {
  if (!startupApplied.has(rt)) return undefined;
  const st = startupIntern(rt.profile.python, s.value);
  if (!st) return undefined;
  let canon = s;
  if (s.value.length === 1 || callerKeepsCopy) {
    canon = allocStr(rt, s.value);
    canon.ob.rc = 0; // only the start-up holders below
  }
  applyStartupState(rt, canon, st, 0);
  rt.interned.set(canon.value, canon);
  return canon;
}

function applyStartupState(rt: Runtime, o: StrObj, st: StartupIntern, modelledRefs: number): void {
  if ('immortal' in st) {
    if (rt.profile.immortality.enabled) {
      if (!o.immortal || st.immortal === 'static') rt.makeImmortal(o, st.immortal);
      o.interned = 2;
      return;
    }
  } else if (!o.immortal) {
    // references held by start-up objects we do not model (module code, type dicts...)
    const extra = Math.max(0, st.holders - modelledRefs);
    o.ob.rc += extra;
    o.baseRefs += extra;
  }
  if (!o.interned) o.interned = 1;
}

/**
 * After the simulator's own start-up (builtins, sys...): give the strings it interned the state the
 * interpreter's start-up leaves them in; later interning consults the start-up table directly.
 */
export function applyStartupInterned(rt: Runtime): void {
  for (const [value, o] of [...rt.interned]) {
    const st = startupIntern(rt.profile.python, value);
    if (st && value.length > 1) applyStartupState(rt, o as StrObj, st, o.ob.rc - o.baseRefs);
  }
  startupApplied.add(rt);
}

/** str for a name (attribute / global): interned, new reference. */
export function internedName(rt: Runtime, name: string): StrObj {
  return intern(rt, newStr(rt, name), 'name');
}

/** Characters repr() escapes (not Py_UNICODE_ISPRINTABLE): other, separators but the space. */
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (c < 0x20 || c === 0x7f || NOT_PRINTABLE.test(ch)) {
      const hex = c.toString(16);
      out += c < 0x100 ? '\\x' + hex.padStart(2, '0') : c < 0x10000 ? '\\u' + hex.padStart(4, '0') : '\\U' + hex.padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

function val(o: PyObj): string {
  return (o as StrObj).value;
}

function argStr(rt: Runtime, o: PyObj | undefined, what: string): string {
  if (!o || !isStr(rt, o)) raise(rt, 'TypeError', `${what} must be str, not ${o ? o.type.name : 'None'}`);
  return o.value;
}

import { newList, type ListObj } from './list';
import { newInt, newBool, isInt, type IntObj } from './int';
import { newTuple } from './tuple';
import { isTrue, iterate } from './protocol';
import { newBytes } from './bytes';
import { strOf } from './protocol';
import { formatString } from './format';
import { utf8Encode, utf8Decode } from './utf8';
import { listCapacityAfterStrSplit } from './layout';
import { isAllSpace, rsplitSep, rsplitWhitespace, splitLines, splitSep, splitWhitespace, stripChars } from './str-split';

function strList(rt: Runtime, parts: string[], capacity = parts.length): ListObj {
  return newList(rt, parts.map((p) => newStr(rt, p)), capacity);
}

function optInt(rt: Runtime, o: PyObj | undefined, dflt: number): number {
  if (!o || o === rt.None) return dflt;
  if (!isInt(rt, o)) raise(rt, 'TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
  return Number((o as IntObj).value);
}

defineType({
  key: 'str', name: 'str', isGC: false,
  slots: {
    repr: (_rt, o) => strRepr(val(o)),
    str: (_rt, o) => val(o),
    hash: (rt, o) => ((o as StrObj).cachedHash ??= hashString(rt, val(o))),
    len: (_rt, o) => strLen(val(o)),
    bool: (_rt, o) => val(o).length > 0,
    richcompare(rt, a, b, op) {
      if (!isStr(rt, b)) return null;
      const x = val(a), y = val(b);
      return compareResult(rt, x < y ? -1 : x > y ? 1 : 0, op);
    },
    contains(rt, o, key) {
      if (!isStr(rt, key)) raise(rt, 'TypeError', `'in <string>' requires string as left operand, not ${key.type.name}`);
      return val(o).includes(key.value);
    },
    binop(rt, op, a, b) {
      if (op === 'add' && isStr(rt, a) && isStr(rt, b)) {
        if (b.value === '' && a.type === rt.types.str) return (incref(rt, a, 'result'), a);
        if (a.value === '' && b.type === rt.types.str) return (incref(rt, b, 'result'), b);
        return newStr(rt, a.value + b.value);
      }
      if (op === 'mul') {
        const [s, n] = isStr(rt, a) ? [a, b] : [b, a];
        if (isStr(rt, s) && isInt(rt, n)) {
          const k = Number((n as IntObj).value);
          if (k === 1 && s.type === rt.types.str) return (incref(rt, s, 'result'), s);
          return newStr(rt, k > 0 ? s.value.repeat(k) : '');
        }
      }
      if (op === 'mod' && isStr(rt, a)) return newStr(rt, percentFormat(rt, a.value, b));
      return null;
    },
    getitem(rt, o, key) {
      const s = val(o);
      if (isInt(rt, key)) {
        const cps = codePoints(s);
        let i = Number((key as IntObj).value);
        if (i < 0) i += cps.length;
        if (i < 0 || i >= cps.length) raise(rt, 'IndexError', 'string index out of range');
        return newStr(rt, cps[i]);
      }
      if (key.type === rt.types.slice) {
        const cps = codePoints(s);
        const idx = sliceIndices(rt, key, cps.length);
        if (idx.step === 1 && idx.start === 0 && idx.stop >= cps.length && o.type === rt.types.str) return (incref(rt, o, 'result'), o);
        const out: string[] = [];
        for (let i = idx.start; idx.step > 0 ? i < idx.stop : i > idx.stop; i += idx.step) out.push(cps[i]);
        return newStr(rt, out.join(''));
      }
      raise(rt, 'TypeError', `string indices must be integers, not '${key.type.name}'`);
    },
    iter(rt, o) {
      return newSeqIter(rt, rt.types.str_iterator, o);
    },
    new(rt, type, args) {
      if (args.length === 0) return (incref(rt, rt.emptyStr, 'result'), rt.emptyStr);
      const a = args[0];
      if (a.type === rt.types.str && type === rt.types.str) return (incref(rt, a, 'result'), a);
      if (a.type === rt.types.bytes && args.length >= 2) { const r = utf8Decode((a as unknown as { value: Uint8Array }).value); return newStr(rt, typeof r === 'string' ? r : ''); }
      const s = strOf(rt, a);
      if (type === rt.types.str) return newStrOf(rt, a.type, s);
      return rt.alloc<StrObj>(type, { value: s, interned: 0, utf8: false, cachedHash: null, dictKey: null }, 64);
    },
  },
  methods: {
    join(rt, args, _k, self) {
      const parts: string[] = [];
      let only: PyObj | null = null;
      let count = 0;
      iterate(rt, args[0], (item) => {
        if (!isStr(rt, item)) raise(rt, 'TypeError', `sequence item ${count}: expected str instance, ${item.type.name} found`);
        parts.push(item.value);
        if (count === 0) only = item;
        count++;
      });
      if (count === 1 && only && (only as PyObj).type === rt.types.str) return (incref(rt, only, 'result'), only);
      return newStrFresh(rt, parts.join(val(self!)));
    },
    split(rt, args, kw, self) {
      const sepObj = args[0] ?? kw?.get('sep');
      const maxsplit = optInt(rt, args[1] ?? kw?.get('maxsplit'), -1);
      const s = val(self!);
      if (!sepObj || sepObj === rt.None) {
        const ws = splitWhitespace(s, maxsplit);
        return strList(rt, ws, listCapacityAfterStrSplit(rt.profile, strLen(s), null, ws.length));
      }
      const sep = argStr(rt, sepObj, 'must be str or None');
      if (sep === '') raise(rt, 'ValueError', 'empty separator');
      const parts = splitSep(s, sep, maxsplit);
      return strList(rt, parts, listCapacityAfterStrSplit(rt.profile, strLen(s), strLen(sep), parts.length));
    },
    rsplit(rt, args, kw, self) {
      const sepObj = args[0] ?? kw?.get('sep');
      const maxsplit = optInt(rt, args[1] ?? kw?.get('maxsplit'), -1);
      const s = val(self!);
      if (!sepObj || sepObj === rt.None) return strList(rt, rsplitWhitespace(s, maxsplit));
      const sep = argStr(rt, sepObj, 'must be str or None');
      if (sep === '') raise(rt, 'ValueError', 'empty separator');
      return strList(rt, rsplitSep(s, sep, maxsplit));
    },
    splitlines(rt, args, kw, self) {
      const keepends = args[0] ?? kw?.get('keepends');
      return strList(rt, splitLines(val(self!), keepends !== undefined && isTrue(rt, keepends)));
    },
    upper: (rt, _a, _k, self) => newStrFresh(rt, val(self!).toUpperCase()),
    lower: (rt, _a, _k, self) => newStrFresh(rt, val(self!).toLowerCase()),
    title: (rt, _a, _k, self) => newStrFresh(rt, val(self!).toLowerCase().replace(/(^|[^a-zA-Z])([a-z])/g, (_m, p, c) => p + c.toUpperCase())),
    capitalize: (rt, _a, _k, self) => { const s = val(self!); return newStrFresh(rt, s.slice(0, 1).toUpperCase() + s.slice(1).toLowerCase()); },
    swapcase: (rt, _a, _k, self) => newStrFresh(rt, [...val(self!)].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')),
    replace(rt, args, _k, self) {
      const old = argStr(rt, args[0], 'replace() argument 1');
      const nu = argStr(rt, args[1], 'replace() argument 2');
      const count = optInt(rt, args[2], -1);
      const s = val(self!);
      let out: string;
      if (count < 0) out = old === '' ? nu + [...s].join(nu) + (s.length ? nu : '') : s.split(old).join(nu);
      else {
        out = s;
        let from = 0;
        let res = '';
        let n = 0;
        while (n < count) {
          const i = out.indexOf(old, from);
          if (i < 0) break;
          res += out.slice(from, i) + nu;
          from = i + old.length;
          n++;
          if (old === '') break;
        }
        out = res + out.slice(from);
      }
      if (out === s && self!.type === rt.types.str) return (incref(rt, self!, 'result'), self!);
      return newStrFresh(rt, out);
    },
    strip: (rt, args, _k, self) => stripResult(rt, self!, args[0], true, true),
    lstrip: (rt, args, _k, self) => stripResult(rt, self!, args[0], true, false),
    rstrip: (rt, args, _k, self) => stripResult(rt, self!, args[0], false, true),
    startswith(rt, args, _k, self) {
      const s = val(self!);
      const p = args[0];
      if (p.type === rt.types.tuple) return newBool(rt, (p as unknown as { items: PyObj[] }).items.some((x) => s.startsWith(val(x))));
      return newBool(rt, s.startsWith(argStr(rt, p, 'startswith first arg')));
    },
    endswith(rt, args, _k, self) {
      const s = val(self!);
      const p = args[0];
      if (p.type === rt.types.tuple) return newBool(rt, (p as unknown as { items: PyObj[] }).items.some((x) => s.endsWith(val(x))));
      return newBool(rt, s.endsWith(argStr(rt, p, 'endswith first arg')));
    },
    find: (rt, args, _k, self) => newInt(rt, val(self!).indexOf(argStr(rt, args[0], 'find arg'))),
    rfind: (rt, args, _k, self) => newInt(rt, val(self!).lastIndexOf(argStr(rt, args[0], 'rfind arg'))),
    index(rt, args, _k, self) {
      const i = val(self!).indexOf(argStr(rt, args[0], 'index arg'));
      if (i < 0) raise(rt, 'ValueError', 'substring not found');
      return newInt(rt, i);
    },
    count(rt, args, _k, self) {
      const sub = argStr(rt, args[0], 'count arg');
      const s = val(self!);
      if (sub === '') return newInt(rt, strLen(s) + 1);
      return newInt(rt, s.split(sub).length - 1);
    },
    isdigit: (rt, _a, _k, self) => newBool(rt, /^[0-9]+$/.test(val(self!))),
    isnumeric: (rt, _a, _k, self) => newBool(rt, /^[0-9]+$/.test(val(self!))),
    isdecimal: (rt, _a, _k, self) => newBool(rt, /^[0-9]+$/.test(val(self!))),
    isalpha: (rt, _a, _k, self) => newBool(rt, /^\p{L}+$/u.test(val(self!))),
    isalnum: (rt, _a, _k, self) => newBool(rt, /^[\p{L}0-9]+$/u.test(val(self!))),
    isspace: (rt, _a, _k, self) => newBool(rt, isAllSpace(val(self!))),
    isupper: (rt, _a, _k, self) => { const s = val(self!); return newBool(rt, s !== s.toLowerCase() && s === s.toUpperCase()); },
    islower: (rt, _a, _k, self) => { const s = val(self!); return newBool(rt, s !== s.toUpperCase() && s === s.toLowerCase()); },
    isidentifier: (rt, _a, _k, self) => newBool(rt, /^[\p{L}_][\p{L}0-9_]*$/u.test(val(self!))),
    isascii: (rt, _a, _k, self) => newBool(rt, maxCodePoint(val(self!)) < 128),
    istitle(rt, _a, _k, self) {
      const s = val(self!);
      const titled = /[A-Za-z]/.test(s) && !/[a-z][A-Z]|(^|[^A-Za-z])[a-z]|[A-Z][A-Z]/.test(s);
      return newBool(rt, titled);
    },
    zfill(rt, args, _k, self) {
      const s = val(self!);
      const w = optInt(rt, args[0], 0);
      if (s.length >= w && self!.type === rt.types.str) return (incref(rt, self!, 'result'), self!);
      if (s.length >= w) return newStr(rt, s);
      const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
      return newStr(rt, sign + '0'.repeat(w - s.length) + s.slice(sign.length));
    },
    center: (rt, args, _k, self) => pad(rt, self!, args, 'center'),
    ljust: (rt, args, _k, self) => pad(rt, self!, args, 'left'),
    rjust: (rt, args, _k, self) => pad(rt, self!, args, 'right'),
    partition(rt, args, _k, self) {
      const s = val(self!);
      const sep = argStr(rt, args[0], 'partition arg');
      const i = s.indexOf(sep);
      const parts = i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)];
      return newTuple(rt, parts.map((p) => newStr(rt, p)));
    },
    encode(rt, args, _k, self) {
      const enc = args[0] ? val(args[0]).toLowerCase().replace('-', '') : 'utf8';
      const s = val(self!);
      if (enc === 'ascii' || enc === 'latin1' || enc === 'latin-1') {
        const limit = enc === 'ascii' ? 128 : 256;
        const out: number[] = [];
        let pos = 0;
        for (const ch of s) {
          const c = ch.codePointAt(0)!;
          if (c >= limit) raise(rt, 'UnicodeEncodeError', `'${enc === 'ascii' ? 'ascii' : 'latin-1'}' codec can't encode character '\\u${c.toString(16).padStart(4, '0')}' in position ${pos}: ordinal not in range(${limit})`);
          out.push(c);
          pos++;
        }
        return newBytes(rt, Uint8Array.from(out));
      }
      return newBytes(rt, utf8Encode(s));
    },
    format(rt, args, kw, self) {
      const fmt = val(self!);
      const out = formatString(rt, fmt, args, kw);
      // _PyUnicodeWriter keeps the very str when it is the only thing written ('{}' of a str)
      const only = /^\{(\d*)\}$/.exec(fmt) ? args[Number(fmt.slice(1, -1) || 0)] : undefined;
      if (only && only.type === rt.types.str && (only as StrObj).value === out) return (incref(rt, only, 'result'), only);
      return newStr(rt, out);
    },
    __len__: (rt, _a, _k, self) => newInt(rt, strLen(val(self!))),
  },
});

function stripResult(rt: Runtime, self: PyObj, chars: PyObj | undefined, l: boolean, r: boolean): PyObj {
  const s = val(self);
  const out = stripChars(s, chars && chars !== rt.None ? val(chars) : null, l, r);
  if (out === s && self.type === rt.types.str) return (incref(rt, self, 'result'), self);
  return newStr(rt, out);
}

function pad(rt: Runtime, self: PyObj, args: PyObj[], how: 'center' | 'left' | 'right'): PyObj {
  const s = val(self);
  const w = optInt(rt, args[0], 0);
  const fill = args[1] ? val(args[1]) : ' ';
  const n = strLen(s);
  if (n >= w) return (incref(rt, self, 'result'), self);
  const total = w - n;
  if (how === 'left') return newStr(rt, s + fill.repeat(total));
  if (how === 'right') return newStr(rt, fill.repeat(total) + s);
  const left = Math.floor(total / 2) + (total & w & 1);
  return newStr(rt, fill.repeat(left) + s + fill.repeat(total - left));
}

import { sliceIndices } from './slice';
import { newSeqIter } from './iterators';
import { percentFormat } from './format';
