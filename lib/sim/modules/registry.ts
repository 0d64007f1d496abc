// sys.modules: the modules of the subset, created on first import. Mirrors Python/import.c
// (import_find_and_load over the built-in module table).

import type { PyObj } from '../objects/object';
import type { Runtime } from '../vm/runtime';
import { incref } from '../heap/refcount';
import { createSysModule } from './sys';
import { createGcModule } from './gc';
import { createWeakrefModule } from './weakref';
import { createCopyModule } from './copy';

const FACTORIES: Record<string, (rt: Runtime) => PyObj> = {
  sys: createSysModule,
  gc: createGcModule,
  weakref: createWeakrefModule,
  copy: createCopyModule,
};

/** Import a module: a new reference, or null when it does not exist. */
export function importModule(rt: Runtime, name: string): PyObj | null {
  let m = rt.modules.get(name);
  if (!m) {
    const make = FACTORIES[name];
    if (!make) return null;
    m = make(rt);
    rt.modules.set(name, m); // sys.modules keeps the creation reference
  }
  incref(rt, m, 'imported module');
  return m;
}
