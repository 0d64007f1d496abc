// FrameLocalsProxy (3.13+, PEP 667): what frame.f_locals returns for a function frame. Mirrors
// Objects/frameobject.c (framelocalsproxy_*): a new proxy on every access, holding a reference to
// the frame object; reads see the fast locals as they are now, writes go through to them, and
// names that are not locals of the code live in the frame object's f_extra_locals dict.

import type { PyObj, Visit } from './object';
import type { Runtime } from '../vm/runtime';
import type { Frame } from '../vm/frame';
import type { FrameObj } from '../vm/frameobject';
import type { DictObj } from './dict';
import { defineType } from './types';
import { decref, incref } from '../heap/refcount';
import { raise, raiseKeyError } from './exception';
import { dictGet, dictItems, dictPop, newDict } from './dict';
import { isStr, newStr, type StrObj } from './str';
import { newTuple } from './tuple';
import { getIter, reprOf, richCompare } from './protocol';

/** Proxies whose repr is being built (recursion guard). */
const inRepr = new Set<PyObj>();

export interface FrameLocalsProxyObj extends PyObj {
  frameObj: FrameObj;
}

export function newFrameLocalsProxy(rt: Runtime, fo: FrameObj): FrameLocalsProxyObj {
  incref(rt, fo, 'FrameLocalsProxy frame');
  const p = rt.profile.platformModel.pointerBytes;
  // PyFrameLocalsProxyObject: header, frame
  const o = rt.alloc<FrameLocalsProxyObj>(rt.types.FrameLocalsProxy, { frameObj: fo }, rt.profile.platformModel.gcHeadBytes + p * 3);
  rt.gc.track(o);
  return o;
}

/** The fast-locals slot named `name` (hidden comprehension temporaries excluded), or -1. */
function slotOf(f: Frame, name: string): number {
  return f.code.code.localsplusNames.indexOf(name);
}

function keyName(rt: Runtime, key: PyObj): string | null {
  return isStr(rt, key) ? (key as StrObj).value : null;
}

/** Bound locals then extra locals, as (name, borrowed value) pairs, in CPython's order. */
function entries(rt: Runtime, proxy: FrameLocalsProxyObj): [PyObj | string, PyObj][] {
  const fo = proxy.frameObj;
  const f = fo.frame;
  const out: [PyObj | string, PyObj][] = [];
  f.code.code.localsplusNames.forEach((name, i) => {
    const v = f.localValue(i);
    if (v) out.push([name, v]);
  });
  if (fo.extraLocals) for (const e of dictItems(fo.extraLocals)) out.push([e.key, e.value]);
  return out;
}

/** A new dict with the proxy's current contents (what repr, comparison and copy() see). */
function snapshot(rt: Runtime, proxy: FrameLocalsProxyObj): DictObj {
  const d = newDict(rt);
  for (const [k, v] of entries(rt, proxy)) {
    const key = typeof k === 'string' ? newStr(rt, k) : (incref(rt, k, 'temporary'), k);
    rt.dictSet(d, key, v);
    decref(rt, key, 'temporary');
  }
  return d;
}

function getItem(rt: Runtime, proxy: FrameLocalsProxyObj, key: PyObj): PyObj | null {
  const fo = proxy.frameObj;
  const name = keyName(rt, key);
  if (name !== null) {
    const i = slotOf(fo.frame, name);
    if (i >= 0) {
      const v = fo.frame.localValue(i);
      if (v) incref(rt, v, 'result');
      return v;
    }
  }
  if (!fo.extraLocals) return null;
  const v = dictGet(rt, fo.extraLocals, key);
  if (v) incref(rt, v, 'result');
  return v;
}

function setItem(rt: Runtime, proxy: FrameLocalsProxyObj, key: PyObj, value: PyObj): void {
  const fo = proxy.frameObj;
  const f = fo.frame;
  const name = keyName(rt, key);
  const i = name === null ? -1 : slotOf(f, name);
  if (i >= 0) {
    const kind = f.code.code.localsplusKinds[i]!;
    const cell = f.fast[i];
    incref(rt, value, 'local variable');
    if (cell && (kind.cell || kind.free)) {
      const c = cell as unknown as { ref: PyObj | null };
      const old = c.ref;
      c.ref = value;
      if (old) decref(rt, old, 'cell contents');
      return;
    }
    const old = f.fast[i];
    const borrowed = f.fastBorrowed[i];
    f.fast[i] = value;
    f.fastBorrowed[i] = false;
    if (old && !borrowed) decref(rt, old, 'local variable');
    return;
  }
  if (!fo.extraLocals) fo.extraLocals = newDict(rt);
  rt.dictSet(fo.extraLocals, key, value);
}

defineType({
  key: 'FrameLocalsProxy', name: 'FrameLocalsProxy', isGC: true, baseType: false,
  slots: {
    traverse: (o: PyObj, visit: Visit) => visit((o as FrameLocalsProxyObj).frameObj, 'frame'),
    dealloc(rt, o) {
      decref(rt, (o as FrameLocalsProxyObj).frameObj, 'FrameLocalsProxy frame');
    },
    repr(rt, o) {
      // Py_ReprEnter: the proxy is usually among the locals it shows
      if (inRepr.has(o)) return '{...}';
      inRepr.add(o);
      const d = snapshot(rt, o as FrameLocalsProxyObj);
      try {
        return reprOf(rt, d);
      } finally {
        inRepr.delete(o);
        decref(rt, d, 'temporary');
      }
    },
    len: (rt, o) => entries(rt, o as FrameLocalsProxyObj).length,
    contains(rt, o, key) {
      const v = getItem(rt, o as FrameLocalsProxyObj, key);
      if (v) decref(rt, v, 'temporary');
      return v !== null;
    },
    getitem(rt, o, key) {
      return getItem(rt, o as FrameLocalsProxyObj, key) ?? raiseKeyError(rt, key);
    },
    setitem: (rt, o, key, value) => setItem(rt, o as FrameLocalsProxyObj, key, value),
    delitem(rt, o, key) {
      const fo = (o as FrameLocalsProxyObj).frameObj;
      const name = keyName(rt, key);
      if ((name !== null && slotOf(fo.frame, name) >= 0) || !fo.extraLocals) {
        raise(rt, 'TypeError', 'cannot remove variables from FrameLocalsProxy');
      }
      const v = dictPop(rt, fo.extraLocals, key);
      if (!v) raiseKeyError(rt, key);
      decref(rt, v, 'dict value');
    },
    iter(rt, o) {
      const keys = proxyKeys(rt, o as FrameLocalsProxyObj);
      try {
        return getIter(rt, keys);
      } finally {
        decref(rt, keys, 'temporary');
      }
    },
    richcompare(rt, a, b, op) {
      if (op !== 'eq' && op !== 'ne') return null;
      const other = b.type === a.type ? snapshot(rt, b as FrameLocalsProxyObj) : b.type === rt.types.dict ? (incref(rt, b, 'temporary'), b) : null;
      if (!other) return null;
      const mine = snapshot(rt, a as FrameLocalsProxyObj);
      try {
        return richCompare(rt, mine, other, op);
      } finally {
        decref(rt, mine, 'temporary');
        decref(rt, other, 'temporary');
      }
    },
  },
  methods: {
    keys: (rt, _a, _k, self) => proxyKeys(rt, self as FrameLocalsProxyObj),
    values: (rt, _a, _k, self) => rt.newList(entries(rt, self as FrameLocalsProxyObj).map(([, v]) => (incref(rt, v, 'list item'), v))),
    items(rt, _a, _k, self) {
      return rt.newList(entries(rt, self as FrameLocalsProxyObj).map(([k, v]) => {
        const key = typeof k === 'string' ? newStr(rt, k) : (incref(rt, k, 'tuple item'), k);
        incref(rt, v, 'tuple item');
        return newTuple(rt, [key, v]);
      }));
    },
    get(rt, args, _k, self) {
      const v = getItem(rt, self as FrameLocalsProxyObj, args[0]!);
      if (v) return v;
      const d = args[1] ?? rt.None;
      incref(rt, d, 'result');
      return d;
    },
    copy: (rt, _a, _k, self) => snapshot(rt, self as FrameLocalsProxyObj),
  },
});

/** framelocalsproxy_keys: a new list of the names, locals first. */
function proxyKeys(rt: Runtime, proxy: FrameLocalsProxyObj): PyObj {
  return rt.newList(entries(rt, proxy).map(([k]) => (typeof k === 'string' ? newStr(rt, k) : (incref(rt, k, 'list item'), k))));
}
