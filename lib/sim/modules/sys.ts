// The sys module of the subset. Mirrors Python/sysmodule.c (getrefcount = Py_REFCNT, getsizeof =
// __sizeof__ + GC pre-header, intern, _is_interned, _is_immortal, version_info, maxsize).
// Which functions exist is profile data (profile.modules.sys).

import type { NativeFn, PyObj } from '../objects/object';
import type { Runtime } from '../vm/runtime';
import { decref, incref } from '../heap/refcount';
import { raise, type ExceptionObj } from '../objects/exception';
import { frameObjectOf } from '../vm/frameobject';
import { newInt, newBool, isInt, type IntObj } from '../objects/int';
import { isStr, intern, newStr, type StrObj } from '../objects/str';
import { newTuple } from '../objects/tuple';
import { createModule, type ModuleEntry } from './module';
import { lookupDunder, callDunder } from '../objects/protocol';

const FUNCTIONS: Record<string, NativeFn> = {
  getrefcount(rt, args) {
    if (args.length !== 1) raise(rt, 'TypeError', `getrefcount() takes exactly one argument (${args.length} given)`);
    return newInt(rt, args[0].ob.rc);
  },
  getsizeof(rt, args) {
    const o = args[0];
    const d = lookupDunder(o.type, '__sizeof__');
    if (d) {
      const r = callDunder(rt, d, o, []);
      const n = (r as IntObj).value;
      decref(rt, r, 'temporary');
      return newInt(rt, n + BigInt(o.type.isGC ? rt.profile.platformModel.gcHeadBytes : 0));
    }
    return newInt(rt, rt.sizeOf(o));
  },
  intern(rt, args) {
    const s = args[0];
    if (!isStr(rt, s) || s.type !== rt.types.str) raise(rt, 'TypeError', `intern() argument must be str, not ${s.type.name}`);
    incref(rt, s, 'temporary');
    return intern(rt, s, 'runtime');
  },
  _is_interned(rt, args) {
    const s = args[0] as StrObj;
    return newBool(rt, s.interned > 0 || (s.immortal && s.type === rt.types.str && rt.interned.get(s.value) === s));
  },
  _is_immortal: (rt, args) => newBool(rt, args[0].immortal),
  getrecursionlimit: (rt) => newInt(rt, rt.recursionLimit),
  setrecursionlimit(rt, args) {
    if (!isInt(rt, args[0])) raise(rt, 'TypeError', "'" + args[0].type.name + "' object cannot be interpreted as an integer");
    rt.recursionLimit = Number((args[0] as IntObj).value);
    incref(rt, rt.None, 'result');
    return rt.None;
  },
  getunicodeinternedsize: (rt) => newInt(rt, rt.interned.size),
  _getframe(rt, args) {
    const depth = args.length ? Number((args[0] as IntObj).value) : 0;
    const f = rt.frames[rt.frames.length - 1 - depth];
    if (depth < 0 || !f) raise(rt, 'ValueError', 'call stack is not deep enough');
    const o = frameObjectOf(rt, f);
    incref(rt, o, 'result');
    return o;
  },
  exc_info(rt) {
    // (type, value, traceback) of the exception being handled
    const e = rt.handledException as ExceptionObj | null;
    const items = e ? [e.type, e, e.traceback ?? rt.None] : [rt.None, rt.None, rt.None];
    return newTuple(rt, items.map((o) => (incref(rt, o, 'tuple item'), o)));
  },
  exception(rt) {
    const e = rt.handledException ?? rt.None;
    incref(rt, e, 'result');
    return e;
  },
  exit(rt) {
    raise(rt, 'SystemExit', null);
  },
};

export function createSysModule(rt: Runtime): PyObj {
  const p = rt.profile;
  const entries: Record<string, ModuleEntry> = {};
  for (const name of p.modules.sys) if (FUNCTIONS[name]) entries[name] = FUNCTIONS[name];
  entries.exit = FUNCTIONS.exit;
  entries.maxsize = { value: (r) => newInt(r, r.profile.platformModel.maxsize) };
  entries.version_info = {
    value: (r) => {
      const v = r.profile.versionInfo;
      return newTuple(r, [newInt(r, v.major), newInt(r, v.minor), newInt(r, v.micro), newStr(r, v.releaselevel), newInt(r, v.serial)]);
    },
  };
  entries.version = { value: (r) => newStr(r, r.profile.versionString) };
  entries.platform = { value: (r) => newStr(r, r.profile.platform === 'wasm32' ? 'emscripten' : 'linux') };
  entries.byteorder = { value: (r) => newStr(r, 'little') };
  return createModule(rt, 'sys', entries);
}
