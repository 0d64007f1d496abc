// The gc module. Mirrors Modules/gcmodule.c's Python interface: collect, get_count, thresholds,
// enable/disable, is_tracked, is_finalized, get_referrers/get_referents, get_objects, get_stats,
// freeze/unfreeze/get_freeze_count, garbage, callbacks, debug flags. The collector is heap/gc.ts.

import type { NativeFn, PyObj } from '../objects/object';
import type { Runtime } from '../vm/runtime';
import { incref } from '../heap/refcount';
import { raise } from '../objects/exception';
import { newInt, newBool, isInt, type IntObj } from '../objects/int';
import { newTuple } from '../objects/tuple';
import { newList } from '../objects/list';
import { newDict } from '../objects/dict';
import { createModule, setName, type ModuleEntry } from './module';
import type { ModuleObj } from '../objects/function';
import { DEBUG_SAVEALL } from '../heap/gc';

function none(rt: Runtime): PyObj {
  incref(rt, rt.None, 'result');
  return rt.None;
}

function intArg(rt: Runtime, o: PyObj | undefined, dflt: number): number {
  if (!o) return dflt;
  if (!isInt(rt, o)) raise(rt, 'TypeError', `'${o.type.name}' object cannot be interpreted as an integer`);
  return Number((o as IntObj).value);
}

/** Everything the collector can see as a container holding `target` (tracked objects only). */
function referrersOf(rt: Runtime, targets: Set<PyObj>): PyObj[] {
  const out: PyObj[] = [];
  for (let g = 0; g < 4; g++) {
    for (const o of rt.gc.gens[g]) {
      let hit = false;
      o.type.slots.traverse?.(o, (c) => { if (targets.has(c)) hit = true; });
      if (hit) out.push(o);
    }
  }
  // frames are objects too in CPython when materialised; module-level namespaces are dicts (already tracked)
  return out;
}

const FUNCTIONS: Record<string, NativeFn> = {
  collect(rt, args, kwargs) {
    const gen = intArg(rt, args[0] ?? kwargs?.get('generation'), 2);
    if (gen < 0 || gen > 2) raise(rt, 'ValueError', 'invalid generation');
    return newInt(rt, rt.gc.collectWithCallbacks(gen, 'manual'));
  },
  get_count: (rt) => newTuple(rt, rt.gc.count.map((c) => newInt(rt, c))),
  get_threshold: (rt) => newTuple(rt, rt.gc.thresholds.map((c) => newInt(rt, c))),
  set_threshold(rt, args) {
    const t = rt.gc.thresholds;
    // the incremental collector (3.14.0-3.14.4) has no third threshold: it stays 0
    const n = rt.profile.gc.design === 'incremental' ? 2 : 3;
    for (let i = 0; i < args.length && i < n; i++) t[i] = intArg(rt, args[i], t[i]);
    return none(rt);
  },
  enable(rt) {
    rt.gc.enabled = true;
    return none(rt);
  },
  disable(rt) {
    rt.gc.enabled = false;
    return none(rt);
  },
  isenabled: (rt) => newBool(rt, rt.gc.enabled),
  is_tracked: (rt, args) => newBool(rt, args[0].tracked),
  is_finalized: (rt, args) => newBool(rt, args[0].finalized),
  get_referents(rt, args) {
    const out: PyObj[] = [];
    for (const a of args) {
      if (!a.type.isGC) continue;
      a.type.slots.traverse?.(a, (c) => { incref(rt, c, 'list item'); out.push(c); });
    }
    return newList(rt, out);
  },
  get_referrers(rt, args) {
    const found = referrersOf(rt, new Set(args));
    for (const o of found) incref(rt, o, 'list item');
    return newList(rt, found);
  },
  get_objects(rt, args, kwargs) {
    const genArg = args[0] ?? kwargs?.get('generation');
    const gen = genArg && genArg !== rt.None ? intArg(rt, genArg, -1) : -1;
    const out: PyObj[] = [];
    for (let g = 0; g < 3; g++) {
      if (gen >= 0 && g !== gen) continue;
      for (const o of rt.gc.gens[g]) out.push(o);
    }
    for (const o of out) incref(rt, o, 'list item');
    return newList(rt, out);
  },
  get_stats(rt) {
    const items = rt.gc.stats.map((s) => {
      const d = newDict(rt);
      for (const [k, v] of Object.entries(s)) {
        const key = rt.str(k);
        const val = newInt(rt, v);
        rt.dictSet(d, key, val);
        rt.decref(key, 'temporary');
        rt.decref(val, 'temporary');
      }
      return d;
    });
    return newList(rt, items);
  },
  get_debug: (rt) => newInt(rt, rt.gc.debug),
  set_debug(rt, args) {
    rt.gc.debug = intArg(rt, args[0], 0);
    return none(rt);
  },
  freeze(rt) {
    rt.gc.freeze();
    return none(rt);
  },
  unfreeze(rt) {
    rt.gc.unfreeze();
    return none(rt);
  },
  get_freeze_count: (rt) => newInt(rt, rt.gc.gens[3].size + rt.gc.startupFrozen),
};

export function createGcModule(rt: Runtime): PyObj {
  const entries: Record<string, ModuleEntry> = {};
  for (const name of rt.profile.modules.gc) if (FUNCTIONS[name]) entries[name] = FUNCTIONS[name];
  const flags: Record<string, number> = { DEBUG_STATS: 1, DEBUG_COLLECTABLE: 2, DEBUG_UNCOLLECTABLE: 4, DEBUG_SAVEALL, DEBUG_LEAK: 38 };
  for (const [k, v] of Object.entries(flags)) entries[k] = { value: (r) => newInt(r, v) };
  const m = createModule(rt, 'gc', entries) as ModuleObj;
  const garbage = newList(rt, []);
  const callbacks = newList(rt, []);
  setName(rt, m.dict, 'garbage', garbage);
  setName(rt, m.dict, 'callbacks', callbacks);
  // the collector reads them through the module's dict references
  rt.gc.garbage = garbage;
  rt.gc.callbacks = callbacks;
  rt.decref(garbage, 'temporary');
  rt.decref(callbacks, 'temporary');
  return m;
}
