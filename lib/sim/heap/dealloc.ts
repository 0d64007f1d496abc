// Deallocation when a count reaches zero. Mirrors Objects/object.c (_Py_Dealloc,
// PyObject_CallFinalizerFromDealloc) and Objects/typeobject.c (subtype_dealloc's order:
// untrack, __del__ (PEP 442, once; resurrection aborts), clear weakrefs and run their callbacks,
// release what the object holds, free the memory, release the type).

import type { ObHeader, PyObj } from '../objects/object';
import type { Runtime } from '../vm/runtime';
import { decref } from './refcount';
import { clearWeakrefs } from '../objects/weakref';

export function deallocObject(rt: Runtime, o: PyObj, ob: ObHeader, by: 'refcount' | 'gc'): void {
  if (ob.freed) return;
  const type = o.type;
  if (!type.heap && !type.isGC && !type.weakrefable && !type.slots.dealloc) {
    // int, float, str and kin: never tracked, no finalizer, no weak references, nothing held (their
    // tp_dealloc frees at once); the most common death, so it skips the checks below
    rt.release(o, by, type, ob);
    return;
  }
  const wasTracked = o.tracked;
  rt.gc.forget(o);
  if (!o.finalized && rt.hasFinalizer(o)) {
    // PyObject_CallFinalizerFromDealloc: temporarily resurrect with one reference
    o.finalized = true;
    ob.rc = 1;
    if (rt.tracing) rt.trace.event({ k: 'finalize', id: o.id });
    rt.runFinalizer(o);
    ob.rc--;
    if (ob.rc > 0) {
      // resurrected: tracked again, still alive
      if (wasTracked || o.type.isGC) rt.gc.track(o);
      return;
    }
  }
  if (o.weakrefs && o.weakrefs.length) {
    ob.rc = 1;
    clearWeakrefs(rt, o);
    ob.rc--;
    if (ob.rc > 0) return;
  }
  type.slots.dealloc?.(rt, o);
  rt.release(o, by, type, ob);
  if (type.heap) decref(rt, type, 'instance of');
}
