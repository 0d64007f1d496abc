// tuple and list sizes. Mirrors tuple.__sizeof__ (object.__sizeof__ with tp_itemsize) in
// Objects/tupleobject.c and list___sizeof___impl in Objects/listobject.c: a list's object is fixed
// size and its item array is a separate allocation of `allocated` pointers.

import type { Profile } from '../../versions/profile';
import { builtinLayout } from './builtins';
import { basicSizeof } from './type-layout';

/** sys.getsizeof(tuple of n items); () is the same formula with n = 0. */
export function sizeofTuple(profile: Profile, n: number): number {
  return basicSizeof(builtinLayout(profile, 'tuple'), n);
}

/** Bytes of the tuple's single allocation (pre-header + header + items). */
export function allocationBytesTuple(profile: Profile, n: number): number {
  return sizeofTuple(profile, n);
}

/** sys.getsizeof(list) for a list whose array has `capacity` slots (its `allocated`). */
export function sizeofList(profile: Profile, capacity: number): number {
  return basicSizeof(builtinLayout(profile, 'list')) + capacity * profile.platformModel.pointerBytes;
}

/** Bytes of the list object itself (GC pre-header + PyListObject); the array is allocated separately. */
export function allocationBytesListObject(profile: Profile): number {
  return basicSizeof(builtinLayout(profile, 'list'));
}

/** Bytes of a list's item array (PyMem_Malloc of capacity pointers); 0 = no array. */
export function allocationBytesListItems(profile: Profile, capacity: number): number {
  return capacity * profile.platformModel.pointerBytes;
}
