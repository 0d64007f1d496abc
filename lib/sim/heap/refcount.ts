// Reference counting: the only path that changes a count.
// Mirrors Include/refcount.h (Py_INCREF/Py_DECREF, immortal checks) and Objects/object.c (_Py_Dealloc).
// A count reaching zero deallocates at once; the cascade follows each type's dealloc order.

import type { ObHeader, PyObj } from '../objects/object';
import type { Runtime } from '../vm/runtime';

/**
 * Every immortal object's count is at least this (PEP 683: the counts the profiles report are
 * 2**30 - 1 and above), and no mortal count reaches it (3.11's static objects start at 999,999,999),
 * so the count alone tells the two apart, as Py_INCREF does from 3.12: one read of the object
 * instead of two, on the hottest path there is.
 */
export const IMMORTAL_FLOOR = 2 ** 30 - 1;

/** Add one reference. `why` says which holder gains it (shown in the trace). */
export function incref(rt: Runtime, o: PyObj, why: string): void {
  const ob = o.ob;
  const rc = ob.rc;
  if (rc >= IMMORTAL_FLOOR) return;
  ob.rc = rc + 1;
  if (rt.tracing) rt.trace.ref(o, 1, why);
}

/** Drop one reference; at zero the object is deallocated immediately. */
export function decref(rt: Runtime, o: PyObj, why: string): void {
  const ob = o.ob;
  const rc = ob.rc - 1;
  if (rc >= IMMORTAL_FLOOR - 1) return;
  if (rc > 0) {
    ob.rc = rc;
    if (rt.tracing) rt.trace.ref(o, -1, why);
    return;
  }
  lastReference(rt, o, ob, why);
}

/**
 * decref on the int fast paths (BINARY_OP and COMPARE_OP on two exact ints), as CPython's
 * _Py_DECREF_SPECIALIZED there. decref's steps, in a function of their own: V8 keeps its inline
 * caches per function, and decref's have seen objects of every shape (a slow lookup each time)
 * where this one sees only ints and bools.
 */
export function decrefInt(rt: Runtime, o: PyObj, why: string): void {
  const ob = o.ob;
  const rc = ob.rc - 1;
  if (rc >= IMMORTAL_FLOOR - 1) return;
  if (rc > 0) {
    ob.rc = rc;
    if (rt.tracing) rt.trace.ref(o, -1, why);
    return;
  }
  lastReference(rt, o, ob, why);
}

/** decref of a count of 1 or less: deallocation, or a bug in the simulator (kept out of decref so it inlines). */
function lastReference(rt: Runtime, o: PyObj, ob: ObHeader, why: string): void {
  // a freed object's count is 0 (it went through here): only a last reference needs the check
  if (ob.freed) rt.bug(`decref of freed object ${o.type.name} (${why})`);
  const rc = --ob.rc;
  if (rt.tracing) rt.trace.ref(o, -1, why);
  if (rc === 0) rt.dealloc(o, ob);
  else rt.bug(`negative refcount on ${o.type.name} (${why})`);
}

/** Py_XDECREF */
export function xdecref(rt: Runtime, o: PyObj | null | undefined, why: string): void {
  if (o) decref(rt, o, why);
}

/** Returns o after adding a reference (Py_NewRef). */
export function newRef<T extends PyObj>(rt: Runtime, o: T, why: string): T {
  incref(rt, o, why);
  return o;
}
