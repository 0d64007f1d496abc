// dict sizes and the keys-table sizing rules. Mirrors Objects/dictobject.c: PyDictKeysObject
// (Include/internal/pycore_dict.h), _PyDict_KeysSize, _PyDict_SizeOf, calculate_log2_keysize,
// estimate_log2_keysize, GROWTH_RATE, insertion_resize, _PyDict_NewPresized, PyDict_Copy and
// dict_merge. The runtime keeps a DictTableShape on each dict; these functions give its next value.

import type { Profile } from '../../versions/profile';
import { builtinLayout } from './builtins';
import { layoutStruct, type Field } from './struct';
import { basicSizeof } from './type-layout';

/** PyDict_LOG_MINSIZE: a new table has 8 slots. */
export const DICT_LOG_MINSIZE = 3;

/**
 * 'general': (hash, key, value) entries; 'unicode': (key, value) entries, all keys exact str
 * (3.11+); 'split': a class's shared keys (values live elsewhere).
 */
export type DictKeysKind = 'general' | 'unicode' | 'split';

/** The keys table of a dict, as far as sizes are concerned. */
export interface DictTableShape {
  /** log2 of the slot count; null = the shared empty keys (no table of its own). */
  readonly log2Size: number | null;
  readonly kind: DictKeysKind;
  /** Live items (ma_used). */
  readonly used: number;
  /** Entries consumed, including deleted ones (dk_nentries); never shrinks until a resize. */
  readonly nentries: number;
}

export const EMPTY_DICT_TABLE: DictTableShape = { log2Size: null, kind: 'unicode', used: 0, nentries: 0 };

/** USABLE_FRACTION: a table of n slots holds at most 2n/3 entries. */
export function usableFraction(slots: number): number {
  return Math.floor((slots * 2) / 3);
}

function bitLength(n: number): number {
  return n <= 0 ? 0 : 32 - Math.clz32(n);
}

/** calculate_log2_keysize: log2 of the smallest table for `minsize` slots (see the profile's quirk flag). */
export function calculateLog2Keysize(profile: Profile, minsize: number): number {
  if (profile.layout.dictKeysizeMinsizeQuirk) return bitLength((((minsize | 8) - 1) | 7) >>> 0);
  return bitLength(Math.max(minsize, 8) - 1);
}

/** estimate_log2_keysize(n): a table that holds n items without growing. */
export function estimateLog2Keysize(profile: Profile, n: number): number {
  return calculateLog2Keysize(profile, Math.floor((n * 3 + 1) / 2));
}

/** Table size after insertion_resize: GROWTH_RATE(d) = used * 3. */
export function growthLog2Keysize(profile: Profile, used: number): number {
  return calculateLog2Keysize(profile, used * 3);
}

/** Bytes per dk_indices entry: 1, 2, 4 or 8 depending on the slot count. */
export function dictIndexBytes(log2Size: number): number {
  return log2Size < 8 ? 1 : log2Size < 16 ? 2 : log2Size < 32 ? 4 : 8;
}

/** PyDictKeysObject header fields (before dk_indices). */
export function dictKeysHeaderFields(profile: Profile): Field[] {
  if (profile.layout.dictKeysHeader === '3.10') {
    return [
      { name: 'dk_refcnt', type: 'ssize' },
      { name: 'dk_size', type: 'ssize' },
      { name: 'dk_lookup', type: 'ptr' },
      { name: 'dk_usable', type: 'ssize' },
      { name: 'dk_nentries', type: 'ssize' },
    ];
  }
  return [
    { name: 'dk_refcnt', type: 'ssize' },
    { name: 'dk_log2_size', type: 'u8' },
    { name: 'dk_log2_index_bytes', type: 'u8' },
    { name: 'dk_kind', type: 'u8' },
    { name: 'dk_version', type: 'u32' },
    { name: 'dk_usable', type: 'ssize' },
    { name: 'dk_nentries', type: 'ssize' },
  ];
}

/** Bytes per entry: 3 words, or 2 for str-only / split tables in 3.11+. */
export function dictEntryBytes(profile: Profile, kind: DictKeysKind): number {
  const words = profile.layout.dictUnicodeEntries && kind !== 'general' ? 2 : 3;
  return words * profile.platformModel.pointerBytes;
}

/** _PyDict_KeysSize: header + indices + usable entries. Also the keys table's allocation size. */
export function dictKeysTableBytes(profile: Profile, log2Size: number, kind: DictKeysKind): number {
  const slots = 2 ** log2Size;
  const header = layoutStruct(dictKeysHeaderFields(profile), profile.platformModel).end;
  return header + slots * dictIndexBytes(log2Size) + usableFraction(slots) * dictEntryBytes(profile, kind);
}

/**
 * sys.getsizeof(dict): the dict object, plus its keys table when it owns it (not the shared empty
 * keys, not a class's shared keys), plus a split dict's values array (`valuesSlots` pointers).
 */
export function sizeofDict(profile: Profile, shape: DictTableShape, opts: { valuesSlots?: number } = {}): number {
  let size = basicSizeof(builtinLayout(profile, 'dict'));
  if (shape.log2Size !== null && shape.kind !== 'split') size += dictKeysTableBytes(profile, shape.log2Size, shape.kind);
  if (opts.valuesSlots) size += opts.valuesSlots * profile.platformModel.pointerBytes;
  return size;
}

/** Bytes of the dict object's own allocation (GC pre-header + PyDictObject). */
export function allocationBytesDictObject(profile: Profile): number {
  return basicSizeof(builtinLayout(profile, 'dict'));
}

function tableKind(profile: Profile, keysAllStr: boolean): DictKeysKind {
  return profile.layout.dictUnicodeEntries && keysAllStr ? 'unicode' : 'general';
}

/**
 * Shape after inserting a NEW key (an existing key only replaces a value: no change).
 * An empty dict gets an 8-slot table; a full table (no usable entry left) is rebuilt at
 * GROWTH_RATE, dropping deleted entries; in 3.11+ the first non-str key converts a str-only table
 * (a resize at GROWTH_RATE too).
 */
export function dictShapeAfterInsert(profile: Profile, shape: DictTableShape, keyIsExactStr: boolean): DictTableShape {
  if (shape.log2Size === null) {
    return { log2Size: DICT_LOG_MINSIZE, kind: tableKind(profile, keyIsExactStr), used: 1, nentries: 1 };
  }
  const used = shape.used;
  let { log2Size, kind, nentries } = shape;
  if (kind === 'unicode' && !keyIsExactStr && profile.layout.dictUnicodeEntries) {
    log2Size = growthLog2Keysize(profile, used);
    kind = 'general';
    nentries = used;
  }
  if (nentries >= usableFraction(2 ** log2Size)) {
    log2Size = growthLog2Keysize(profile, used);
    nentries = used;
  }
  return { log2Size, kind, used: used + 1, nentries: nentries + 1 };
}

/** Deleting a key leaves a dummy: the table keeps its size and nentries. */
export function dictShapeAfterDelete(shape: DictTableShape): DictTableShape {
  return { ...shape, used: shape.used - 1 };
}

/** dict.clear() drops the table for the shared empty keys. */
export function dictShapeAfterClear(): DictTableShape {
  return EMPTY_DICT_TABLE;
}

/** A freshly resized table holding `used` live items (dictresize compacts). */
function resized(log2Size: number, kind: DictKeysKind, used: number): DictTableShape {
  return { log2Size, kind, used, nentries: used };
}

/**
 * _PyDict_NewPresized(n) then n inserts: BUILD_MAP / BUILD_CONST_KEY_MAP with n items and
 * dict(**kwargs). Up to 5 items start from an empty dict (8 slots at the first insert).
 */
export function dictShapePresized(profile: Profile, n: number, keysAllStr: boolean): DictTableShape {
  if (n === 0) return EMPTY_DICT_TABLE;
  const log2 = n <= usableFraction(2 ** DICT_LOG_MINSIZE) ? DICT_LOG_MINSIZE : estimateLog2Keysize(profile, n);
  return resized(log2, tableKind(profile, keysAllStr), n);
}

/**
 * The target's shape after dict_merge(target, other) where `newKeys` of other's keys are not in the
 * target (dict(d), {**d}, d.update(other_dict), PyDict_Copy's slow path). Into an empty target, a
 * clean other (no deleted entries) whose table is minimal or more than half full is cloned;
 * otherwise the target is first resized to hold both (estimate_log2_keysize), then keys are inserted.
 */
export function dictShapeAfterMerge(
  profile: Profile,
  target: DictTableShape,
  other: DictTableShape,
  newKeys: number,
  otherKeysAllStr: boolean,
): DictTableShape {
  if (other.used === 0) return target;
  if (target.used === 0 && other.log2Size !== null && other.kind !== 'split' && other.used === other.nentries) {
    const slots = 2 ** other.log2Size;
    if (other.log2Size === DICT_LOG_MINSIZE || usableFraction(slots / 2) < other.used) return { ...other };
  }
  let shape = target;
  const targetUsable = shape.log2Size === null ? 0 : usableFraction(2 ** shape.log2Size);
  if (targetUsable < other.used) {
    const kind = shape.used === 0 ? tableKind(profile, otherKeysAllStr) : shape.kind;
    shape = resized(estimateLog2Keysize(profile, shape.used + other.used), kind, shape.used);
    // a resize keeps only live entries
  }
  for (let i = 0; i < newKeys; i++) shape = dictShapeAfterInsert(profile, shape, otherKeysAllStr);
  return shape;
}

/**
 * PyDict_Copy (dict.copy(), copy.copy(d)): an empty dict for an empty source; a clone of the table
 * when at most a third of its entries are deleted (used >= nentries * 2 / 3); otherwise a compacted
 * copy built by dict_merge into a new empty dict.
 */
export function dictShapeAfterCopy(profile: Profile, source: DictTableShape, keysAllStr: boolean): DictTableShape {
  if (source.used === 0) return EMPTY_DICT_TABLE;
  if (source.kind !== 'split' && source.used >= Math.floor((source.nentries * 2) / 3)) return { ...source };
  return dictShapeAfterMerge(profile, EMPTY_DICT_TABLE, source, source.used, keysAllStr);
}
