// Interpreter behaviours that differ between versions and that the profiles do not (yet) carry,
// as data keyed by the profile's version. Measured against real interpreters (3.10.13-3.13.0 and
// pyodide's 3.14.2); candidates to move into versions/profile.ts.

import type { PythonVersion } from '../versions/profile';

export interface VmBehaviour {
  /**
   * 3.14 (_PyFrame_ClearLocals): a finished frame releases its value stack and locals from the top
   * down (last local first); 3.10-3.13 release locals in slot order.
   */
  readonly frameClearsTopDown: boolean;
  /**
   * 3.14: a borrowed stack reference (LOAD_FAST_BORROW) passed as an argument stays borrowed in the
   * callee's frame (no new reference), measured with pyodide 3.14.2.
   */
  readonly borrowedArgumentsStayBorrowed: boolean;
  /**
   * Source modules of the subset that are not already imported at start-up: the first such
   * import leaves a discarded class (and its dict, MRO and bases tuples, descriptors and a method:
   * 7 objects) for the next collection. 3.13.0 `python file.py`: `import weakref` or `import copy`
   * then gc.collect() returns 7 (measured; 3.10-3.12 preload them: 0).
   */
  readonly importsLeavingGarbage: readonly string[];
  /**
   * The frame object's fixed part after the GC head (sys.getsizeof(frame) = GC head + fixedBytes +
   * (pointers + co_nlocalsplus + co_stacksize) * pointer size). Measured: 3.10 368 + 8 per slot
   * (PyFrameObject with its 20-entry block stack); 3.11/3.12 136; 3.13 152 (64-bit); pyodide 3.14.2
   * 88 + 4 per slot. The 3.14 64-bit value follows from the same fields (derived: 168).
   */
  readonly frameObjectLayout: { readonly pointers: number; readonly fixedBytes: number };

  /**
   * Heap frames (3.10) that start-up leaves on the frame free list, with their block size. 3.10.13
   * `python file.py`: a first call of a 10-deep recursion allocates 7 fresh frames (gc.get_count),
   * so 3 are parked; a first call does not take a block a program just freed (they are large).
   */
  readonly startupParkedFrames: { readonly count: number; readonly bytes: number };
  /**
   * 3.12+ (gh-100425): sum() adds exact floats with Neumaier's compensated summation, so
   * sum([0.1] * 10) == 1.0; before, a plain running double.
   */
  readonly compensatedFloatSum: boolean;
}

const OLD: VmBehaviour = {
  frameClearsTopDown: false, borrowedArgumentsStayBorrowed: false, importsLeavingGarbage: [], frameObjectLayout: { pointers: 14, fixedBytes: 8 },
  startupParkedFrames: { count: 0, bytes: 0 }, compensatedFloatSum: true,
};
const V311: VmBehaviour = { ...OLD, compensatedFloatSum: false };
const V310: VmBehaviour = { ...V311, frameObjectLayout: { pointers: 13, fixedBytes: 248 }, startupParkedFrames: { count: 3, bytes: 512 } };
const V313: VmBehaviour = { ...OLD, importsLeavingGarbage: ['weakref', 'copy'], frameObjectLayout: { pointers: 16, fixedBytes: 8 } };
const V314: VmBehaviour = { ...OLD, frameClearsTopDown: true, borrowedArgumentsStayBorrowed: true, frameObjectLayout: { pointers: 18, fixedBytes: 8 } };

export const VM_BEHAVIOUR: Record<PythonVersion, VmBehaviour> = { '3.10': V310, '3.11': V311, '3.12': OLD, '3.13': V313, '3.14': V314 };
