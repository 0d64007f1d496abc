// Objects parked on the per-type free lists when a program starts: what the interpreter's own
// start-up freed (Objects/floatobject.c's free list after Py_Initialize, site and compiling the
// script; for wasm32 after Pyodide's loadPyodide and runPython). Measured: the n-th float created
// by a program is the first to take the block a just-freed int (64-bit, same pymalloc size class)
// or bytes object (wasm32, same dlmalloc chunk size) left. Profiles not listed were not measured
// and start with empty free lists.

import type { ProfileId } from '../versions/profile';

export interface StartupFreeLists {
  readonly float: number;
}

const MEASURED: Partial<Record<ProfileId, StartupFreeLists>> = {
  '3.10-64bit': { float: 4 },
  '3.11-64bit': { float: 4 },
  '3.12-64bit': { float: 3 },
  '3.13-64bit': { float: 5 },
  // the list is full (its capacity, 100) after Pyodide's start-up
  '3.14-wasm32': { float: 100 },
};

export function startupFreeLists(id: ProfileId): StartupFreeLists {
  return MEASURED[id] ?? { float: 0 };
}
