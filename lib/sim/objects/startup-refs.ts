// References to static / cached objects that exist before the program starts (the interpreter's
// own uses: module dicts, code constants of the stdlib...). Before 3.12 these objects are mortal
// and sys.getrefcount shows such numbers; they vary from run to run and are never graded (see
// cpython-memory-model.md §2.4), but "getrefcount(None) is large" must hold. Values measured in a
// trivial script (python3 -c) on 3.10.13 and 3.11.7; 3.11's small ints, '' and 1-char strings
// start at profile.immortality.staticObjectInitialRefcount instead.

import type { PythonVersion } from '../versions/profile';

export type StartupObject = 'None' | 'True' | 'False' | 'Ellipsis' | 'NotImplemented' | 'emptyTuple' | 'emptyStr' | 'emptyBytes' | 'latin1' | 'singleByte' | 'type';

const V310: Record<StartupObject, number> = {
  None: 4142, True: 112, False: 106, Ellipsis: 5, NotImplemented: 5, emptyTuple: 1304, emptyStr: 61, emptyBytes: 15, latin1: 6, singleByte: 3, type: 69,
};
const V311: Record<StartupObject, number> = {
  None: 5491, True: 409, False: 386, Ellipsis: 15, NotImplemented: 5, emptyTuple: 553, emptyStr: 148, emptyBytes: 1716, latin1: 23, singleByte: 3, type: 99,
};

/** Start-up references for a static object, or null where the profile's model decides (3.12+ immortal). */
export function startupRefs(python: PythonVersion, what: StartupObject): number | null {
  if (python === '3.10') return V310[what];
  if (python === '3.11') return V311[what];
  return null;
}

/** 3.10 small ints: heap objects created at start-up, referenced from all over the stdlib. */
export function smallIntStartupRefs(v: number): number {
  if (v >= 0 && v <= 2) return [234, 106, 91][v];
  if (v >= -5 && v <= 16) return 14;
  return 5;
}
