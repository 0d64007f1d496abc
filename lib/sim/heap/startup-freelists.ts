// Objects parked on the per-type free lists when a program starts: what the interpreter's own
// start-up freed (Objects/floatobject.c's free list after Py_Initialize, site and compiling the
// script; for wasm32 after Pyodide's loadPyodide and runPython). Measured: the n-th float created
// by a program is the first to take the block a just-freed int (64-bit, same pymalloc size class)
// or bytes object (wasm32, same dlmalloc chunk size) left. Profiles not listed were not measured
// and start with empty free lists.
//
// Lists, dicts and tuples of lengths 1-5 (scripts/measure-startup/freelists.py): a freed bytes
// object of the same pymalloc size class (wasm32: the same request, so the same dlmalloc chunk) is
// the block the first object created after the free list ran dry takes. What compiling the program freed is part of this state (a longer script leaves
// more: 45 lists after compiling twenty lambdas), so these are the counts for a short script.
// Tuples of lengths not listed start with none.

import type { ProfileId } from '../versions/profile';

export interface StartupFreeLists {
  readonly float: number;
  readonly list?: number;
  readonly dict?: number;
  /** Entries per tuple length: tuple[n] for length n (index 0 unused). */
  readonly tuple?: readonly number[];
}

const MEASURED: Partial<Record<ProfileId, StartupFreeLists>> = {
  '3.10-64bit': { float: 4, list: 5, dict: 8, tuple: [0, 4, 7, 2, 1, 4] },
  '3.11-64bit': { float: 4, list: 40, dict: 8, tuple: [0, 4, 8, 2, 2, 3] },
  '3.12-64bit': { float: 3, list: 9, dict: 14, tuple: [0, 5, 8, 3, 1, 1] },
  '3.13-64bit': { float: 5, list: 10, dict: 12, tuple: [0, 5, 8, 4, 1, 0] },
  // floats: the list is full (its capacity, 100) after Pyodide's start-up; lists, dicts, tuples:
  // the same probe with a bytes object asking for the same number of bytes (same dlmalloc chunk)
  '3.14-wasm32': { float: 100, list: 5, dict: 10, tuple: [0, 45, 772, 16, 13, 14] },
};

export function startupFreeLists(id: ProfileId): StartupFreeLists {
  return MEASURED[id] ?? { float: 0 };
}
