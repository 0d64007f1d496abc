// How many item slots a list's array has after each operation. Mirrors list_resize and
// list_preallocate_exact in Objects/listobject.c (unchanged 3.9-3.14) and the callers that pick
// one or the other (PyList_New, list_extend, list___init__, BUILD_LIST, LIST_EXTEND, list_repeat).
// The capacity is state the runtime keeps on each list; these functions give its next value.

import type { Profile } from '../../versions/profile';

/**
 * list_resize(self, newsize): the capacity after asking for room for `newSize` items when the list
 * currently holds `size` items in `allocated` slots. No reallocation while allocated/2 <= newSize <=
 * allocated. Growth over-allocates by ~1/8 plus 6, rounded down to a multiple of 4; if that would
 * over-allocate more than the requested growth, it rounds newSize up to a multiple of 4 instead.
 */
export function listResize(size: number, allocated: number, newSize: number): number {
  if (allocated >= newSize && newSize >= allocated >> 1) return allocated;
  if (newSize === 0) return 0;
  let next = (newSize + (newSize >> 3) + 6) & ~3;
  if (newSize - size > next - newSize) next = (newSize + 3) & ~3;
  return next;
}

/** list_preallocate_exact(n): room for n items rounded up to an even count. */
export function listPreallocateExact(n: number): number {
  return (n + 1) & ~1;
}

/** Capacity after appending (or inserting) one item: list_resize(size + 1). */
export function listCapacityAfterAppend(size: number, allocated: number): number {
  return listResize(size, allocated, size + 1);
}

/** Capacity after removing items down to `newSize` (pop, del, slice deletion, remove). */
export function listCapacityAfterShrink(size: number, allocated: number, newSize: number): number {
  return listResize(size, allocated, newSize);
}

/**
 * Where the items of list.extend / list(...) / `+=` / LIST_EXTEND come from, which decides how the
 * array is sized.
 * - 'sequence': a list or tuple (PySequence_Fast path; also the list itself).
 * - 'dictOrSet': a dict, dict view or set. 3.10-3.12 treat it as any iterable with a length hint
 *   (exact pre-allocation into an empty list); 3.13+ have dedicated paths that use list_resize.
 * - 'sized': any other iterable reporting an exact __length_hint__ (range, str, reversed list, ...).
 * - 'unsized': an iterator with no length hint (generators, map, zip, enumerate, filter).
 */
export type ExtendSource = 'sequence' | 'dictOrSet' | 'sized' | 'unsized';

/** PyObject_LengthHint default when an iterator has no hint. */
export const DEFAULT_LENGTH_HINT = 8;

/**
 * Capacity of a list of `size` items in `allocated` slots after extending it with `count` items
 * from `source`. An empty list with no array (ob_item == NULL, e.g. `[]`, `list()`) is
 * pre-allocated exactly; otherwise list_resize; iterators are then appended one by one and the
 * array is cut back to the final length.
 */
export function listCapacityAfterExtend(
  profile: Profile,
  size: number,
  allocated: number,
  count: number,
  source: ExtendSource,
): number {
  if (source === 'dictOrSet' && profile.layout.listExtendDictSetUsesResize) {
    return count === 0 ? allocated : listResize(size, allocated, size + count);
  }
  if (source === 'sequence' || source === 'dictOrSet' || source === 'sized') {
    if (count === 0) return allocated;
    if (allocated === 0 && size === 0) return listPreallocateExact(count);
    return listResize(size, allocated, size + count);
  }
  // Unsized iterator: guess DEFAULT_LENGTH_HINT, append, then cut back (list_extend_iter).
  let cap = allocated === 0 && size === 0 ? listPreallocateExact(DEFAULT_LENGTH_HINT) : listResize(size, allocated, size + DEFAULT_LENGTH_HINT);
  let n = size;
  for (let i = 0; i < count; i++) {
    if (n >= cap) cap = listResize(n, cap, n + 1);
    n++;
  }
  return n < cap ? listResize(n, cap, n) : cap;
}

/**
 * Capacity of a list built by an expression, for the common builders:
 * - 'buildList' (BUILD_LIST n: a display of non-constant items, up to 2 constants), 'repeat' ([x]*n,
 *   list_repeat), 'copy' (list.copy(), l[:], slicing), 'concat' (a + b): PyList_New(n), exact.
 * - 'constDisplay' (a display of 3+ constants: BUILD_LIST 0 then LIST_EXTEND a constant tuple):
 *   extend of an empty list, i.e. exact rounded up to even.
 * - 'listCall' (list(iterable)) and 'sorted': list_extend into an empty list, see listCapacityAfterExtend.
 * - 'comprehension': BUILD_LIST 0 then one LIST_APPEND per item.
 */
export type ListBuilder = 'buildList' | 'repeat' | 'copy' | 'concat' | 'constDisplay' | 'comprehension';

export function listCapacityForBuilder(builder: ListBuilder, n: number): number {
  switch (builder) {
    case 'buildList':
    case 'repeat':
    case 'copy':
    case 'concat':
      return n;
    case 'constDisplay':
      return n === 0 ? 0 : listPreallocateExact(n);
    case 'comprehension': {
      let cap = 0;
      for (let i = 0; i < n; i++) cap = listCapacityAfterAppend(i, cap);
      return cap;
    }
  }
}

/** Capacity of `list(iterable)` / `sorted(iterable)` with `count` items from `source`. */
export function listCapacityFromIterable(profile: Profile, count: number, source: ExtendSource): number {
  return listCapacityAfterExtend(profile, 0, 0, count, source);
}

/** str.split pre-allocates at most MAX_PREALLOC slots (Objects/stringlib/split.h). */
export const STR_SPLIT_MAX_PREALLOC = 12;

/**
 * Capacity of the list returned by str.split(sep) on a string of `strLength` code points that
 * produced `parts` items. The list is pre-allocated (PREALLOC_SIZE(maxcount) = min(maxcount + 1,
 * 12)) and appended to past that; it is never shrunk. Without maxsplit, 3.10/3.11 use an unbounded
 * maxcount (so 12 slots); 3.12+ bound it by the string: (len - 1) / 2 + 1 splits on whitespace,
 * len / len(sep) + 1 with a separator. A string shorter than its separator returns a 1-item list.
 * Measured 3.10.13-3.13.0 (README.md).
 */
export function listCapacityAfterStrSplit(
  profile: Profile,
  strLength: number,
  separatorLength: number | null,
  parts: number,
): number {
  if (separatorLength !== null && strLength < separatorLength) return 1;
  let maxcount = Number.MAX_SAFE_INTEGER;
  if (profile.layout.strSplitPreallocatesFromLength) {
    maxcount = separatorLength === null ? Math.trunc((strLength - 1) / 2) + 1 : Math.trunc(strLength / separatorLength) + 1;
  }
  let cap = Math.min(maxcount + 1, STR_SPLIT_MAX_PREALLOC);
  for (let n = cap; n < parts; n++) cap = listResize(n, cap, n + 1);
  return cap;
}
