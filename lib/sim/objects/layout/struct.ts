// C struct layout: offsets, padding and sizeof for a list of fields on a given platform, so every
// object size is computed from CPython's field lists (Include/object.h, Include/cpython/*.h)
// instead of being a magic total.

import type { PlatformModel } from '../../versions/profile';

/** The C types that appear in CPython's object structs. */
export type CType =
  | 'ssize' // Py_ssize_t
  | 'ptr' // any pointer (PyObject *, PyTypeObject *, void *)
  | 'hash' // Py_hash_t
  | 'uintptr' // uintptr_t (PyGC_Head words, lv_tag)
  | 'double'
  | 'u64' // uint64_t (dict watcher / version tag)
  | 'u32' // uint32_t, unsigned int, int
  | 'u16'
  | 'u8' // uint8_t, char
  | 'digit'; // int digit (30-bit digits stored in uint32_t)

export interface Field {
  readonly name: string;
  readonly type: CType;
  /** Array length for inline arrays (default 1). */
  readonly count?: number;
}

export interface PlacedField extends Field {
  readonly offset: number;
  readonly bytes: number;
}

export interface StructLayout {
  readonly fields: readonly PlacedField[];
  /** Offset just past the last field (offsetof a following flexible array member of byte type). */
  readonly end: number;
  /** sizeof(struct): end rounded up to the struct's alignment. */
  readonly size: number;
  readonly alignment: number;
}

export function ctypeSize(type: CType, platform: PlatformModel): number {
  switch (type) {
    case 'ssize':
    case 'ptr':
    case 'hash':
    case 'uintptr':
      return platform.pointerBytes;
    case 'double':
    case 'u64':
      return 8;
    case 'u32':
    case 'digit':
      return 4;
    case 'u16':
      return 2;
    case 'u8':
      return 1;
  }
}

export function ctypeAlignment(type: CType, platform: PlatformModel): number {
  return type === 'double' || type === 'u64' ? platform.int64Alignment : ctypeSize(type, platform);
}

function roundUp(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

/** Lay out fields in order with natural alignment, as a C compiler does. */
export function layoutStruct(fields: readonly Field[], platform: PlatformModel): StructLayout {
  let offset = 0;
  let alignment = 1;
  const placed: PlacedField[] = [];
  for (const f of fields) {
    const align = ctypeAlignment(f.type, platform);
    alignment = Math.max(alignment, align);
    offset = roundUp(offset, align);
    const bytes = ctypeSize(f.type, platform) * (f.count ?? 1);
    placed.push({ ...f, offset, bytes });
    offset += bytes;
  }
  return { fields: placed, end: offset, size: roundUp(offset, alignment), alignment };
}

/** offsetof(struct, member) of a flexible array member of `memberType` placed after `fields`. */
export function offsetOfTrailingArray(fields: readonly Field[], memberType: CType, platform: PlatformModel): number {
  return roundUp(layoutStruct(fields, platform).end, ctypeAlignment(memberType, platform));
}

/** Round n up to a multiple of `to` (_Py_SIZE_ROUND_UP). */
export function roundUpTo(n: number, to: number): number {
  return roundUp(n, to);
}
