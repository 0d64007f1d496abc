// str sizes under PEP 393 (compact strings). Mirrors Include/cpython/unicodeobject.h
// (PyASCIIObject, PyCompactUnicodeObject) and unicode___sizeof__ in Objects/unicodeobject.c.

import type { Profile } from '../../versions/profile';
import { objectHead } from './headers';
import { layoutStruct, type Field } from './struct';

/** Storage kind: bytes per character, and whether the compact ASCII header is used. */
export type StrKind = 'ascii' | 'latin1' | 'ucs2' | 'ucs4';

export function charWidth(kind: StrKind): 1 | 2 | 4 {
  return kind === 'ucs4' ? 4 : kind === 'ucs2' ? 2 : 1;
}

/** The narrowest kind that can hold every code point of `s` (a JS string, surrogate pairs joined). */
export function strKind(s: string): StrKind {
  let max = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp > max) max = cp;
    if (max > 0xffff) return 'ucs4';
  }
  return max < 0x80 ? 'ascii' : max < 0x100 ? 'latin1' : 'ucs2';
}

/** Length in code points (what len() returns). */
export function strLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Length of the UTF-8 encoding of `s`. */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** PyASCIIObject: head, length, hash, state bit-field; 3.10/3.11 add the wstr pointer. */
export function asciiHeaderFields(profile: Profile): Field[] {
  const fields: Field[] = [
    ...objectHead(profile),
    { name: 'length', type: 'ssize' },
    { name: 'hash', type: 'hash' },
    { name: 'state (interned, kind, compact, ascii, statically_allocated...)', type: 'u32' },
  ];
  if (profile.layout.strHasWstr) fields.push({ name: 'wstr', type: 'ptr' });
  return fields;
}

/** PyCompactUnicodeObject: the ASCII header plus the UTF-8 cache (and wstr_length in 3.10/3.11). */
export function compactHeaderFields(profile: Profile): Field[] {
  const fields: Field[] = [...asciiHeaderFields(profile), { name: 'utf8_length', type: 'ssize' }, { name: 'utf8', type: 'ptr' }];
  if (profile.layout.strHasWstr) fields.push({ name: 'wstr_length', type: 'ssize' });
  return fields;
}

export function strHeaderBytes(profile: Profile, kind: StrKind): number {
  const fields = kind === 'ascii' ? asciiHeaderFields(profile) : compactHeaderFields(profile);
  return layoutStruct(fields, profile.platformModel).size;
}

/** Bytes of the object itself (header + characters + terminator): what the allocator is asked for. */
export function allocationBytesStr(profile: Profile, s: string): number {
  const kind = strKind(s);
  return strHeaderBytes(profile, kind) + (strLength(s) + 1) * charWidth(kind);
}

export interface StrSizeOptions {
  /**
   * The string carries a separately allocated UTF-8 copy, counted by __sizeof__. Runtime strings
   * never get one through the subset's operations; the static latin-1 singletons chr(128..255) do
   * in 3.12+ (see latin1SingletonHasUtf8).
   */
  readonly hasUtf8Cache?: boolean;
}

/** sys.getsizeof(str). */
export function sizeofStr(profile: Profile, s: string, opts: StrSizeOptions = {}): number {
  const kind = strKind(s);
  const cache = kind !== 'ascii' && opts.hasUtf8Cache ? utf8Length(s) + 1 : 0;
  return allocationBytesStr(profile, s) + cache;
}

/**
 * Whether `s` is one of the static one-character latin-1 singletons that carry their UTF-8 bytes
 * (3.12+, _PyUnicode_LATIN1_INIT): chr(128) .. chr(255).
 */
export function latin1SingletonHasUtf8(profile: Profile, s: string): boolean {
  if (!profile.layout.latin1SingletonsHaveUtf8 || s.length !== 1) return false;
  const cp = s.codePointAt(0)!;
  return cp >= 0x80 && cp <= 0xff;
}
