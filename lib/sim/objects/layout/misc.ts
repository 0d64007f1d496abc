// Sizes of the remaining objects a program can measure: functions, cells, bound methods, builtin
// functions, weakrefs, ranges, iterators, slices, exceptions and class objects. Fixed-size objects
// use object.__sizeof__ (tp_basicsize) plus the GC pre-header; class objects use type.__sizeof__
// (Objects/typeobject.c: sizeof(PyHeapTypeObject) plus the cached shared keys).

import type { Profile, PythonVersion } from '../../versions/profile';
import { builtinLayout, type BuiltinLayoutName } from './builtins';
import { dictKeysTableBytes } from './dict';
import { basicSizeof } from './type-layout';

/** sys.getsizeof of a fixed-size built-in object (function, cell, method, weakref, range, iterators...). */
export function sizeofFixed(profile: Profile, name: BuiltinLayoutName): number {
  return basicSizeof(builtinLayout(profile, name));
}

/**
 * sizeof(PyHeapTypeObject) (type.__basicsize__): measured on 3.10.13-3.13.0 (64-bit) and Pyodide
 * 3.14.2 (wasm32). The type struct is too large to be worth a field list. Unmeasured builds are
 * estimated (64-bit 3.14: the 3.13 size; other wasm32 builds: half the 64-bit size) and
 * classObjectSizeMeasured() says so.
 */
const HEAP_TYPE_BYTES: Record<'64bit' | 'wasm32', Partial<Record<PythonVersion, number>>> = {
  '64bit': { '3.10': 888, '3.11': 904, '3.12': 920, '3.13': 928 },
  wasm32: { '3.14': 468 },
};

function heapTypeBytes(profile: Profile): number {
  const measured = HEAP_TYPE_BYTES[profile.platform][profile.python];
  if (measured !== undefined) return measured;
  const native = HEAP_TYPE_BYTES['64bit'][profile.python] ?? HEAP_TYPE_BYTES['64bit']['3.13']!;
  return profile.platformModel.pointerBytes === 8 ? native : native / 2;
}

/** Whether sizeofClassObject is measured for this profile (false: an estimate). */
export function classObjectSizeMeasured(profile: Profile): boolean {
  return HEAP_TYPE_BYTES[profile.platform][profile.python] !== undefined;
}

/**
 * sys.getsizeof(SomeClass): the heap type object, its GC pre-header and, for classes whose
 * instances have a __dict__, the shared keys table (3.10: 8 slots; 3.11+: 64 slots).
 */
export function sizeofClassObject(profile: Profile, instancesHaveDict: boolean): number {
  const base = heapTypeBytes(profile);
  const keys = instancesHaveDict ? dictKeysTableBytes(profile, profile.layout.dictKeysHeader === '3.10' ? 3 : 6, 'split') : 0;
  return base + profile.platformModel.gcHeadBytes + keys;
}
