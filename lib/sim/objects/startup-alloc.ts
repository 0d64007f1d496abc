// Objects CPython creates while readying the built-in types (descriptors in their dicts), which the
// simulator creates on first lookup instead. Mirrors no CPython file.
//
// Such an allocation must not show in what a program can read afterwards: CPython made it before
// the program ran, so gc.get_count() and a pending automatic collection stay as they were. (The
// object still takes an address from the allocator model; a dedicated start-up region would need
// a Runtime entry point: see the introspection report.)

import type { PyObj, PyType } from './object';
import type { Runtime } from '../vm/runtime';

/** rt.alloc without the GC allocation count (new reference). */
export function allocStartupObject<T extends PyObj>(rt: Runtime, type: PyType, fields: Omit<T, keyof PyObj>, bytes: number): T {
  const pending = rt.gc.pending;
  const count0 = rt.gc.count[0];
  const o = rt.alloc<T>(type, fields, bytes);
  rt.gc.count[0] = count0;
  rt.gc.pending = pending;
  return o;
}
