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
}

const OLD: VmBehaviour = { frameClearsTopDown: false, borrowedArgumentsStayBorrowed: false, importsLeavingGarbage: [] };
const V313: VmBehaviour = { ...OLD, importsLeavingGarbage: ['weakref', 'copy'] };
const V314: VmBehaviour = { frameClearsTopDown: true, borrowedArgumentsStayBorrowed: true, importsLeavingGarbage: [] };

export const VM_BEHAVIOUR: Record<PythonVersion, VmBehaviour> = { '3.10': OLD, '3.11': OLD, '3.12': OLD, '3.13': V313, '3.14': V314 };
