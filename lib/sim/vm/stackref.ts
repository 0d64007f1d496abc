// Releasing value-stack entries according to their ownership (strong or borrowed), the
// simulator's counterpart of 3.14's _PyStackRef (Include/internal/pycore_stackref.h).
import type { PyObj } from '../objects/object';
import type { Runtime } from './runtime';
import { decref, decrefInt } from '../heap/refcount';

/** Release a popped stack entry respecting its ownership. */
export function releaseEntry(rt: Runtime, o: PyObj | null, borrowed: boolean, why = 'popped from value stack'): void {
  if (o && !borrowed) decref(rt, o, why);
}

/** releaseEntry for an entry the int fast paths know is an exact int (see decrefInt). */
export function releaseIntEntry(rt: Runtime, o: PyObj, borrowed: boolean): void {
  if (!borrowed) decrefInt(rt, o, 'popped from value stack');
}
