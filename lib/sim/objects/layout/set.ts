// set / frozenset sizes and table growth. Mirrors Objects/setobject.c: the 8-entry smalltable
// inside the object, set_add_entry's load check (fill*5 >= mask*3), set_table_resize and
// set_merge's pre-sizing, and set___sizeof__ (the table counts only when it is not the smalltable).

import type { Profile } from '../../versions/profile';
import { builtinLayout } from './builtins';
import { basicSizeof } from './type-layout';

/** PySet_MINSIZE: the inline smalltable. */
export const SET_MINSIZE = 8;

export interface SetTableShape {
  /** Slots in the table (mask + 1); SET_MINSIZE means the inline smalltable. */
  readonly tableSize: number;
  /** Live keys. */
  readonly used: number;
  /** Live keys plus dummies (deleted entries still occupying slots). */
  readonly fill: number;
}

export const EMPTY_SET_TABLE: SetTableShape = { tableSize: SET_MINSIZE, used: 0, fill: 0 };

/** set_table_resize(minused): the smallest power of two above minused, at least 8; drops dummies. */
export function setTableSizeFor(minused: number): number {
  let size = SET_MINSIZE;
  while (size <= minused) size *= 2;
  return size;
}

function resizedTo(minused: number, used: number): SetTableShape {
  return { tableSize: setTableSizeFor(minused), used, fill: used };
}

/** Shape after adding a NEW key: when fill*5 >= mask*3 the table grows to hold used*4 (used*2 past 50 000). */
export function setShapeAfterAdd(shape: SetTableShape): SetTableShape {
  const used = shape.used + 1;
  const fill = shape.fill + 1;
  const mask = shape.tableSize - 1;
  if (fill * 5 < mask * 3) return { tableSize: shape.tableSize, used, fill };
  return resizedTo(used > 50000 ? used * 2 : used * 4, used);
}

/** Discarding a key leaves a dummy; sets never shrink on removal. */
export function setShapeAfterDiscard(shape: SetTableShape): SetTableShape {
  return { ...shape, used: shape.used - 1 };
}

/** set.clear() returns to the smalltable. */
export function setShapeAfterClear(): SetTableShape {
  return EMPTY_SET_TABLE;
}

/**
 * set_merge / the dict branch of set_update_internal: before adding `incoming` keys from another
 * set, frozenset or dict, the table is pre-sized to (used + incoming) * 2 if the load check would
 * fail; then the `newKeys` not already present are added. Used by set.copy(), set(s), frozenset(s),
 * s.update(t), s | t and displays of 3+ constants (BUILD_SET then SET_UPDATE with a frozenset).
 */
export function setShapeAfterMerge(shape: SetTableShape, incoming: number, newKeys: number): SetTableShape {
  let s = shape;
  if (incoming === 0) return s;
  if ((s.fill + incoming) * 5 >= (s.tableSize - 1) * 3) s = resizedTo((s.used + incoming) * 2, s.used);
  for (let i = 0; i < newKeys; i++) s = setShapeAfterAdd(s);
  return s;
}

/** Shape of a set built by adding `n` distinct keys one at a time (set(iterable), comprehensions, BUILD_SET n). */
export function setShapeFromAdds(n: number): SetTableShape {
  let s = EMPTY_SET_TABLE;
  for (let i = 0; i < n; i++) s = setShapeAfterAdd(s);
  return s;
}

/** Bytes of one setentry (key pointer + hash). */
export function setEntryBytes(profile: Profile): number {
  return 2 * profile.platformModel.pointerBytes;
}

/** sys.getsizeof(set or frozenset). */
export function sizeofSet(profile: Profile, shape: SetTableShape): number {
  const base = basicSizeof(builtinLayout(profile, 'set'));
  return shape.tableSize === SET_MINSIZE ? base : base + shape.tableSize * setEntryBytes(profile);
}

/** Bytes of a separately allocated table (0 while the smalltable is in use). */
export function allocationBytesSetTable(profile: Profile, shape: SetTableShape): number {
  return shape.tableSize === SET_MINSIZE ? 0 : shape.tableSize * setEntryBytes(profile);
}
