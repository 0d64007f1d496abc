// The copy module: copy() and deepcopy() with a memo. Mirrors Lib/copy.py (the dispatch tables for
// atomic types, _copy_immutable, _deepcopy_list/_tuple/_dict, __copy__/__deepcopy__, and
// _reconstruct via object.__reduce_ex__(4): cls.__new__(cls) then the state into __dict__/slots).

import type { PyObj, PyType } from '../objects/object';
import type { Runtime } from '../vm/runtime';
import { decref, incref } from '../heap/refcount';
import { raise } from '../objects/exception';
import { newList, listAppend, type ListObj } from '../objects/list';
import { newTuple, type TupleObj } from '../objects/tuple';
import { newDict, dictItems, dictSet, dictCopy, type DictObj } from '../objects/dict';
import { newSet, setAdd, setKeys, type SetObj } from '../objects/set';
import { lookupDunder, callDunder } from '../objects/protocol';
import { allocInstance } from '../objects/type';
import type { InstanceObj } from '../objects/instance';
import { createModule, type ModuleEntry } from './module';

function isAtomic(rt: Runtime, o: PyObj): boolean {
  const t = rt.types;
  const ty = o.type;
  return ty === t.NoneType || ty === t.int || ty === t.bool || ty === t.float || ty === t.str || ty === t.bytes
    || ty === t.range || ty === t.ellipsis || ty === t.NotImplementedType || ty === t.type || ty === t.function
    || ty === t.builtin_function_or_method || ty === t.weakref || ty === t.property || ty === t.code
    || (ty.heap && ty.mro.includes(t.type));
}

/** copy.copy (new reference) */
export function shallowCopy(rt: Runtime, x: PyObj): PyObj {
  const t = rt.types;
  if (isAtomic(rt, x) || x.type === t.tuple || x.type === t.frozenset) return (incref(rt, x, 'result'), x);
  if (x.type === t.list) return newList(rt, (x as ListObj).items.map((i) => (incref(rt, i, 'list item'), i)));
  if (x.type === t.dict) return dictCopy(rt, x as DictObj);
  if (x.type === t.set) {
    const s = newSet(rt);
    for (const k of setKeys(x as SetObj)) setAdd(rt, s, k);
    return s;
  }
  const cp = lookupDunder(x.type, '__copy__');
  if (cp) return callDunder(rt, cp, x, []);
  return reconstruct(rt, x, null);
}

interface Memo {
  map: Map<PyObj, PyObj>;
  keepAlive: PyObj[];
}

/** _reconstruct: a new instance of x's class with x's state (deep-copied when memo is given). */
function reconstruct(rt: Runtime, x: PyObj, memo: Memo | null): PyObj {
  if (!x.type.heap) raise(rt, 'TypeError', `cannot pickle '${x.type.name}' object`);
  const y = allocInstance(rt, x.type as PyType, [], null);
  if (memo) {
    memo.map.set(x, y);
    incref(rt, y, 'deepcopy memo');
  }
  const xi = x as InstanceObj;
  const src = xi.dict ? dictItems(xi.dict).map((e) => [(e.key as unknown as { value: string }).value, e.value] as const)
    : xi.values ? [...xi.values.entries()] : [];
  for (const [name, v] of src) {
    const nv = memo ? deepCopy(rt, v, memo) : (incref(rt, v, 'temporary'), v);
    rt.setInstanceAttr(y, name, nv);
    decref(rt, nv, 'temporary');
  }
  if (xi.slotValues && x.type.slotNames) {
    x.type.slotNames.forEach((name, k) => {
      const v = xi.slotValues![k];
      if (!v) return;
      const nv = memo ? deepCopy(rt, v, memo) : (incref(rt, v, 'temporary'), v);
      rt.setInstanceAttr(y, name, nv);
      decref(rt, nv, 'temporary');
    });
  }
  return y;
}

/** copy.deepcopy (new reference) */
export function deepCopy(rt: Runtime, x: PyObj, memo: Memo): PyObj {
  const hit = memo.map.get(x);
  if (hit) return (incref(rt, hit, 'result'), hit);
  const t = rt.types;
  let y: PyObj;
  if (isAtomic(rt, x)) y = (incref(rt, x, 'result'), x);
  else if (x.type === t.list) {
    const l = newList(rt, []);
    memo.map.set(x, l);
    incref(rt, l, 'deepcopy memo');
    for (const i of [...(x as ListObj).items]) listAppend(rt, l, deepCopy(rt, i, memo));
    y = l;
  } else if (x.type === t.tuple) {
    const items = (x as TupleObj).items.map((i) => deepCopy(rt, i, memo));
    const hit2 = memo.map.get(x);
    if (hit2) {
      for (const i of items) decref(rt, i, 'temporary');
      return (incref(rt, hit2, 'result'), hit2);
    }
    if (items.every((i, k) => i === (x as TupleObj).items[k])) {
      for (const i of items) decref(rt, i, 'temporary');
      y = (incref(rt, x, 'result'), x);
    } else y = newTuple(rt, items);
  } else if (x.type === t.dict) {
    const d = newDict(rt);
    memo.map.set(x, d);
    incref(rt, d, 'deepcopy memo');
    for (const e of dictItems(x as DictObj)) {
      const k = deepCopy(rt, e.key, memo);
      const v = deepCopy(rt, e.value, memo);
      dictSet(rt, d, k, v);
      decref(rt, k, 'temporary');
      decref(rt, v, 'temporary');
    }
    y = d;
  } else if (x.type === t.set || x.type === t.frozenset) {
    const s = newSet(rt, x.type);
    for (const k of setKeys(x as SetObj)) {
      const nk = deepCopy(rt, k, memo);
      setAdd(rt, s, nk);
      decref(rt, nk, 'temporary');
    }
    y = s;
  } else {
    const dc = lookupDunder(x.type, '__deepcopy__');
    if (dc) {
      const memoDict = newDict(rt);
      try {
        y = callDunder(rt, dc, x, [memoDict]);
      } finally {
        decref(rt, memoDict, 'temporary');
      }
    } else y = reconstruct(rt, x, memo);
  }
  if (y !== x) {
    if (!memo.map.has(x)) {
      memo.map.set(x, y);
      incref(rt, y, 'deepcopy memo');
    }
    // _keep_alive: the memo keeps the original alive while copying
    incref(rt, x, 'deepcopy memo keep-alive');
    memo.keepAlive.push(x);
  }
  return y;
}

export function createCopyModule(rt: Runtime): PyObj {
  const entries: Record<string, ModuleEntry> = {
    copy: (r, args) => shallowCopy(r, args[0]),
    deepcopy(r, args) {
      const memo: Memo = { map: new Map(), keepAlive: [] };
      try {
        return deepCopy(r, args[0], memo);
      } finally {
        for (const v of memo.map.values()) decref(r, v, 'deepcopy memo');
        for (const v of memo.keepAlive) decref(r, v, 'deepcopy memo keep-alive');
      }
    },
    Error: { value: (r) => (incref(r, r.types.Exception, 'module attribute'), r.types.Exception) },
  };
  return createModule(rt, 'copy', entries);
}
