// Interpreter shutdown after the main module finished, as far as a program can observe it: which
// finalizers, weakref callbacks and atexit finalizers run, and in what order.
// Mirrors Python/pylifecycle.c (Py_FinalizeEx, finalize_modules, finalize_remove_modules,
// finalize_modules_clear_weaklist), Objects/moduleobject.c (_PyModule_ClearDict) and
// Lib/weakref.py (finalize._exitfunc, registered with atexit by the first finalize).
//
// `python file.py` finalizes the interpreter: (1) atexit functions run (weakref.finalize objects
// with atexit set, newest first, with automatic collection off); (2) if the collector is enabled,
// a full collection with gc.callbacks; (3) every module is dropped from sys.modules, then a full
// collection that runs even when the collector is disabled and calls no callbacks; (4) modules
// still alive have their dicts cleared (names with one leading underscore first). Objects still
// alive after that are never finalized (print and the builtins are gone by then).
// pyodide.runPython does none of this: the interpreter lives on after the program.

import type { Runtime } from './runtime';
import { dictSet, type DictObj } from '../objects/dict';
import type { StrObj } from '../objects/str';
import type { ModuleObj } from '../objects/function';
import type { PyObj } from '../objects/object';
import { decref, incref } from '../heap/refcount';
import { callFinalize, type FinalizeObj } from '../objects/weakref';
import { PyException } from '../objects/exception';

/** Modules the interpreter state itself keeps (interp->sysdict, interp->builtins). */
const INTERPRETER_MODULES = new Set(['builtins', 'sys']);

export function finalizeInterpreter(rt: Runtime): void {
  if (rt.profile.execution.runMode !== 'script' || rt.options.skipShutdown) return;
  if (rt.tracing) rt.trace.event({ k: 'exit' });
  runAtexitFinalizers(rt);
  if (rt.gc.enabled) rt.gc.collectWithCallbacks(2, 'manual');
  pinCollectorLists(rt);
  const modules = removeModules(rt);
  collectNoFail(rt);
  // newest module first (finalize_modules_clear_weaklist walks the weaklist backwards)
  for (const m of modules.reverse()) {
    if (m.ob.freed) continue;
    incref(rt, m, 'module being cleared');
    clearModuleDict(rt, (m as ModuleObj).dict);
    decref(rt, m, 'module being cleared');
  }
}

/** finalize._exitfunc: call the live atexit finalizers, newest first, with automatic collection off. */
function runAtexitFinalizers(rt: Runtime): void {
  if (rt.finalizeCounter === 0) return; // the first finalize() registers the exit function
  const reenable = rt.gc.enabled;
  rt.gc.enabled = false;
  try {
    for (;;) {
      const pending = [...rt.finalizeRegistry]
        .map((f) => f as FinalizeObj)
        .filter((f) => f.atexit)
        .sort((a, b) => a.index - b.index);
      const f = pending.pop();
      if (!f) break;
      incref(rt, f, 'finalizer being called');
      try {
        decref(rt, callFinalize(rt, f), 'temporary');
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        rt.reportUnraisable(e, 'atexit finalizer');
      } finally {
        decref(rt, f, 'finalizer being called');
      }
    }
  } finally {
    // finalize._shutdown: finalizers whose referent dies later do nothing
    rt.finalizeShutdown = true;
    if (reenable) rt.gc.enabled = true;
  }
}

/**
 * gc.garbage and gc.callbacks belong to the collector's state (gcstate), which outlives the gc
 * module: a callback keeps its globals alive to the end, so they are never finalized.
 */
function pinCollectorLists(rt: Runtime): void {
  for (const l of [rt.gc.garbage, rt.gc.callbacks]) {
    if (!l || l.ob.freed) continue;
    incref(rt, l, 'gcstate reference');
    l.baseRefs++;
  }
}

/**
 * finalize_remove_modules + finalize_clear_modules_dict: sys.modules lets go of every module.
 * Returns them all (CPython keeps a weakref to each; here an uncounted reference, checked with .ob.freed).
 */
function removeModules(rt: Runtime): PyObj[] {
  const dropped: PyObj[] = [];
  for (const [name, m] of [...rt.modules]) {
    if (INTERPRETER_MODULES.has(name)) continue;
    rt.modules.delete(name);
    dropped.push(m);
    decref(rt, m, 'sys.modules entry');
  }
  return dropped;
}

/** _PyGC_CollectNoFail: a full collection even when the collector is disabled, without callbacks. */
function collectNoFail(rt: Runtime): void {
  if (rt.gc.collecting) return;
  rt.gc.collecting = true;
  try {
    rt.gc.collect(2, 'manual');
  } finally {
    rt.gc.collecting = false;
  }
}

/** _PyModule_ClearDict: names with a single leading underscore become None first, then the rest but __builtins__. */
function clearModuleDict(rt: Runtime, d: DictObj): void {
  const pass = (wanted: (name: string) => boolean) => {
    for (let i = 0; i < d.entries.length; i++) {
      const e = d.entries[i];
      if (!e || e.value === rt.None || e.key.type !== rt.types.str) continue;
      if (!wanted((e.key as StrObj).value)) continue;
      const key = e.key;
      incref(rt, key, 'temporary');
      dictSet(rt, d, key, rt.None);
      decref(rt, key, 'temporary');
    }
  };
  pass((n) => n.startsWith('_') && n[1] !== '_');
  pass((n) => n !== '__builtins__');
}
