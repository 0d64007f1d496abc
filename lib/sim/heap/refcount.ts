// Reference counting: the only path that changes a count.
// Mirrors Include/refcount.h (Py_INCREF/Py_DECREF, immortal checks) and Objects/object.c (_Py_Dealloc).
// A count reaching zero deallocates at once; the cascade follows each type's dealloc order.

import type { PyObj } from '../objects/object';
import type { Runtime } from '../vm/runtime';

/** Add one reference. `why` says which holder gains it (shown in the trace). */
export function incref(rt: Runtime, o: PyObj, why: string): void {
  if (o.immortal) return;
  o.rc++;
  if (rt.tracing) rt.trace.ref(o, 1, why);
}

/** Drop one reference; at zero the object is deallocated immediately. */
export function decref(rt: Runtime, o: PyObj, why: string): void {
  if (o.immortal) return;
  if (o.freed) rt.bug(`decref of freed object ${o.type.name} (${why})`);
  o.rc--;
  if (rt.tracing) rt.trace.ref(o, -1, why);
  if (o.rc === 0) rt.dealloc(o);
  else if (o.rc < 0) rt.bug(`negative refcount on ${o.type.name} (${why})`);
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
