// sys.modules: the modules of the subset, created on first import. Mirrors Python/import.c
// (import_find_and_load over the built-in module table).

import type { PyObj } from '../objects/object';
import type { Runtime } from '../vm/runtime';
import { incref } from '../heap/refcount';
import { createSysModule } from './sys';
import { createGcModule } from './gc';
import { createWeakrefModule } from './weakref';
import { createCopyModule } from './copy';
import { VM_BEHAVIOUR } from '../vm/behaviour';
import { newDict } from '../objects/dict';
import { createClass } from '../objects/type';
import { setName } from './module';
import { decref } from '../heap/refcount';

const FACTORIES: Record<string, (rt: Runtime) => PyObj> = {
  sys: createSysModule,
  gc: createGcModule,
  weakref: createWeakrefModule,
  copy: createCopyModule,
};

/** The import machinery's discarded helper class (a cycle the next collection finds). */
function leaveImportGarbage(rt: Runtime): void {
  const ns = newDict(rt);
  const fn = rt.newBuiltin('__init__', (r) => (incref(r, r.None, 'result'), r.None), null);
  setName(rt, ns, '__init__', fn);
  decref(rt, fn, 'temporary');
  const cls = createClass(rt, '_ImportHelper', [], ns);
  decref(rt, ns, 'temporary');
  decref(rt, cls, 'discarded class');
}

/** Import a module: a new reference, or null when it does not exist. */
export function importModule(rt: Runtime, name: string): PyObj | null {
  let m = rt.modules.get(name);
  if (!m) {
    const make = FACTORIES[name];
    if (!make) return null;
    m = make(rt);
    rt.modules.set(name, m); // sys.modules keeps the creation reference
    if (rt.profile.platform === '64bit' && VM_BEHAVIOUR[rt.profile.python].importsLeavingGarbage.includes(name) && !rt.importGarbageLeft) {
      rt.importGarbageLeft = true;
      leaveImportGarbage(rt);
    }
  }
  incref(rt, m, 'imported module');
  return m;
}
