// sys.getsizeof for every type, reading the per-profile layouts in objects/layout (owned by the
// profiles engineer) and each object's current shape (list capacity, dict/set tables).
// Mirrors Python/sysmodule.c (_PySys_GetSizeOf: __sizeof__ plus the GC pre-header).

import type { PyObj, PyType } from './object';
import type { Runtime } from '../vm/runtime';
import * as L from './layout';
import type { StrObj } from './str';
import type { ListObj } from './list';
import type { DictObj } from './dict';
import type { SetObj } from './set';
import type { TupleObj } from './tuple';
import type { IntObj } from './int';
import type { BytesObj } from './bytes';

const FIXED: Record<string, L.BuiltinLayoutName> = {
  function: 'function', cell: 'cell', method: 'method', builtin_function_or_method: 'builtin_function_or_method',
  ReferenceType: 'weakref', range: 'range', range_iterator: 'range_iterator', list_iterator: 'list_iterator',
  list_reverseiterator: 'list_reverseiterator', tuple_iterator: 'tuple_iterator', str_ascii_iterator: 'str_ascii_iterator',
  dict_keyiterator: 'dict_iterator', dict_valueiterator: 'dict_iterator', dict_itemiterator: 'dict_iterator',
  dict_keys: 'dict_view', dict_values: 'dict_view', dict_items: 'dict_view', set_iterator: 'set_iterator',
  enumerate: 'enumerate', zip: 'zip', map: 'map', slice: 'slice',
  'method-wrapper': 'method_wrapper', wrapper_descriptor: 'wrapper_descriptor', FrameLocalsProxy: 'frame_locals_proxy', mappingproxy: 'mappingproxy',
};

function builtinName(rt: Runtime, t: PyType): L.BuiltinLayoutName {
  const ty = rt.types;
  if (t.isException) return 'BaseException';
  if (t === ty.int || t === ty.bool) return 'int';
  if (t === ty.frozenset) return 'set';
  const fixed = FIXED[t.name];
  if (fixed) return fixed;
  const names: L.BuiltinLayoutName[] = ['float', 'bytes', 'tuple', 'list', 'dict', 'set', 'object'];
  return names.find((n) => n === t.name) ?? 'object';
}

function classShape(rt: Runtime, t: PyType): L.ClassShape {
  return {
    builtinBase: builtinName(rt, t.builtinBase),
    slotCount: t.slotNames?.length ?? 0,
    hasDict: t.hasInstanceDict,
    hasWeakref: t.weakrefable,
  };
}

/** The instance layout of a class (cached per runtime). */
export function classLayout(rt: Runtime, t: PyType): L.TypeLayout {
  let l = rt.classLayouts.get(t);
  if (!l) {
    l = L.classInstanceLayout(rt.profile, classShape(rt, t));
    rt.classLayouts.set(t, l);
  }
  return l;
}

/** Instances keep attribute values outside a dict object (3.11+ managed dict of a plain class). */
export function hasManagedDict(rt: Runtime, t: PyType): boolean {
  return t.hasInstanceDict && t.builtinBase === rt.types.object && rt.profile.layout.instanceLayout !== 'bodyDictWeakref';
}

/** The class's shared keys (CACHED_KEYS): what sizes instance values arrays and materialised dicts. */
export function sharedKeysOf(rt: Runtime, t: PyType): { state: L.SharedKeysState; names: Set<string> } {
  let k = rt.sharedKeys.get(t);
  if (!k) {
    k = { state: L.initialSharedKeys(rt.profile), names: new Set() };
    rt.sharedKeys.set(t, k);
  }
  return k;
}

/** Bytes for a new instance (and its separate values array, 3.11/3.12); advances the shared keys. */
export function newInstanceBytes(rt: Runtime, t: PyType): { objectBytes: number; valuesBytes: number } {
  const layout = classLayout(rt, t);
  const managed = hasManagedDict(rt, t);
  if (!managed) return { objectBytes: layout.preHeaderBytes + layout.basicsize, valuesBytes: 0 };
  const keys = sharedKeysOf(rt, t);
  const a = L.newInstanceAllocation(rt.profile, layout, keys.state, true);
  keys.state = a.sharedKeys;
  return { objectBytes: a.objectBytes, valuesBytes: a.valuesBytes };
}

/** An instance stored attribute `name`: a new name joins the class's shared keys. */
export function noteAttributeName(rt: Runtime, t: PyType, name: string): void {
  const keys = sharedKeysOf(rt, t);
  if (keys.names.has(name) || keys.state.usable <= 0) return;
  keys.names.add(name);
  keys.state = L.sharedKeysAfterNewName(keys.state);
}

/** The layout behind a type's __basicsize__/__itemsize__; null for a built-in type without a modelled layout. */
export function typeLayoutOf(rt: Runtime, t: PyType): L.TypeLayout | null {
  if (t.heap) return classLayout(rt, t);
  const name = builtinName(rt, t);
  if (name === 'object' && t !== rt.types.object) return null;
  return L.builtinLayout(rt.profile, name);
}

/** tp_basicsize of a built-in type. */
export function basicSizeOf(rt: Runtime, t: PyType): number {
  return L.builtinLayout(rt.profile, builtinName(rt, t)).basicsize;
}

export function functionBytes(rt: Runtime): number {
  return L.sizeofFixed(rt.profile, 'function');
}

/** Layout computations are pure functions of the profile and a small key: memoise them per runtime. */
function memo(rt: Runtime, key: string, compute: () => number): number {
  let v = rt.sizeMemo.get(key);
  if (v === undefined) {
    v = compute();
    rt.sizeMemo.set(key, v);
  }
  return v;
}

/** The variable part of a built-in object (digits, items, table) as its built-in type sees it. */
function builtinSizeof(rt: Runtime, o: PyObj, t: PyType): number | null {
  const p = rt.profile;
  const ty = rt.types;
  if (t === ty.int || t === ty.bool) {
    return L.sizeofInt(p, (o as IntObj).value);
  }
  if (t === ty.float) return memo(rt, 'f', () => L.sizeofFloat(p));
  // frames and tracebacks are sized when made (vm/frameobject.ts, vm/traceback.ts): the allocation
  if (t === ty.frame || t === ty.traceback) return o.allocSize;
  if (t === ty.str) {
    const s = o as StrObj;
    const kind = L.strKind(s.value);
    return s.utf8 ? L.sizeofStr(p, s.value, { hasUtf8Cache: true }) : memo(rt, `s${kind}${L.strLength(s.value)}`, () => L.sizeofStr(p, s.value));
  }
  if (t === ty.bytes) return memo(rt, `b${(o as BytesObj).value.length}`, () => L.sizeofBytes(p, (o as BytesObj).value.length));
  if (t === ty.tuple) return memo(rt, `t${(o as TupleObj).items.length}`, () => L.sizeofTuple(p, (o as TupleObj).items.length));
  if (t === ty.list) return memo(rt, `l${(o as ListObj).allocated}`, () => L.sizeofList(p, (o as ListObj).allocated));
  if (t === ty.dict) {
    const d = o as DictObj;
    if (d.splitOf) {
      // an instance __dict__ sharing its class's keys: the values array is counted, the keys are not
      const slots = rt.profile.layout.instanceLayout === 'bodyDictWeakref'
        ? L.splitDictValuesBytes310(p) / p.platformModel.pointerBytes
        : sharedKeysOf(rt, d.splitOf).state.usable + sharedKeysOf(rt, d.splitOf).state.nentries;
      return L.sizeofDict(p, { ...d.shape, kind: 'split' }, { valuesSlots: slots });
    }
    const sh = d.shape;
    return memo(rt, `d${sh.log2Size}${sh.kind}`, () => L.sizeofDict(p, sh));
  }
  if (t === ty.set || t === ty.frozenset) {
    const s = o as SetObj;
    return memo(rt, `S${s.mask}`, () => L.sizeofSet(p, { tableSize: s.mask + 1, used: s.used, fill: s.fill }));
  }
  if (t === ty.NoneType || t === ty.object || t === ty.NotImplementedType || t === ty.ellipsis) return memo(rt, 'o', () => L.sizeofBareObject(p));
  const fixed = FIXED[t.name];
  if (fixed) return memo(rt, `F${fixed}`, () => L.sizeofFixed(p, fixed));
  if (t.isException) return memo(rt, 'E', () => L.sizeofFixed(p, 'BaseException'));
  return null;
}

/** sys.getsizeof(o) */
export function sizeOf(rt: Runtime, o: PyObj): number {
  const t = o.type;
  if (t === rt.types.type || (t.heap && t.mro.includes(rt.types.type))) {
    const c = o as PyType;
    if (!c.heap) return L.sizeofClassObject(rt.profile, false);
    return L.sizeofClassObject(rt.profile, c.hasInstanceDict);
  }
  if (!t.heap) return builtinSizeof(rt, o, t) ?? L.sizeofBareObject(rt.profile) + (t.isGC ? rt.profile.platformModel.gcHeadBytes : 0);
  // instances of classes: the class layout, plus items for variable-size bases
  const layout = classLayout(rt, t);
  const bb = t.builtinBase;
  if (bb === rt.types.object || bb.isException) return L.basicSizeof(layout);
  const base = builtinSizeof(rt, o, bb);
  const baseLayout = L.builtinLayout(rt.profile, builtinName(rt, bb));
  if (base === null) return L.basicSizeof(layout);
  // the built-in part already includes its GC head; add what the class adds
  return base + (layout.basicsize - baseLayout.basicsize) + (layout.preHeaderBytes - baseLayout.preHeaderBytes);
}
