// The weakref module: ref, finalize, WeakValueDictionary, WeakKeyDictionary, getweakrefcount,
// getweakrefs. Mirrors Modules/_weakref.c and Lib/weakref.py (the objects live in objects/weakref.ts).

import type { PyObj } from '../objects/object';
import type { Runtime } from '../vm/runtime';
import { incref } from '../heap/refcount';
import { newInt } from '../objects/int';
import { newList } from '../objects/list';
import { getWeakrefCount } from '../objects/weakref';
import { createModule, type ModuleEntry } from './module';

export function createWeakrefModule(rt: Runtime): PyObj {
  const type = (key: 'weakref' | 'weakref_finalize' | 'WeakValueDictionary' | 'WeakKeyDictionary'): ModuleEntry => ({
    value: (r) => (incref(r, r.types[key], 'module attribute'), r.types[key]),
  });
  const entries: Record<string, ModuleEntry> = {
    ref: type('weakref'),
    ReferenceType: type('weakref'),
    finalize: type('weakref_finalize'),
    WeakValueDictionary: type('WeakValueDictionary'),
    WeakKeyDictionary: type('WeakKeyDictionary'),
    getweakrefcount: (r, args) => newInt(r, getWeakrefCount(args[0])),
    getweakrefs: (r, args) => newList(r, (args[0].weakrefs ?? []).map((w) => (incref(r, w, 'list item'), w))),
  };
  return createModule(rt, 'weakref', entries);
}
