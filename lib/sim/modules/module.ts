// Creating built-in module objects from tables of native functions and values.
// Mirrors Objects/moduleobject.c (PyModule_New, module dict with __name__) and PyModule_AddFunctions.

import type { NativeFn, PyObj } from '../objects/object';
import type { Runtime } from '../vm/runtime';
import { decref } from '../heap/refcount';
import { newDict, dictSet } from '../objects/dict';
import type { ModuleObj } from '../objects/function';
import { internedName } from '../objects/str';

export type ModuleEntry = NativeFn | { value: (rt: Runtime) => PyObj };

export function setName(rt: Runtime, d: import('../objects/dict').DictObj, name: string, value: PyObj): void {
  const k = internedName(rt, name);
  dictSet(rt, d, k, value);
  decref(rt, k, 'temporary');
}

/** A module whose dict holds the given functions (as builtin function objects) and values. */
export function createModule(rt: Runtime, name: string, entries: Record<string, ModuleEntry>, allow?: readonly string[]): ModuleObj {
  const dict = newDict(rt);
  const nameObj = rt.str(name);
  setName(rt, dict, '__name__', nameObj);
  decref(rt, nameObj, 'temporary');
  for (const [k, e] of Object.entries(entries)) {
    if (allow && typeof e === 'function' && !allow.includes(k)) continue;
    const v = typeof e === 'function' ? rt.newBuiltin(k, e, null, name) : e.value(rt);
    setName(rt, dict, k, v);
    decref(rt, v, 'temporary');
  }
  const p = rt.profile.platformModel.pointerBytes;
  const m = rt.alloc<ModuleObj>(rt.types.module, { name, dict, doc: null }, rt.profile.platformModel.gcHeadBytes + p * 8);
  rt.gc.track(m);
  return m;
}
