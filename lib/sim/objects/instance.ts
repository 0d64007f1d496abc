// Instances of classes (heap types). Mirrors Objects/typeobject.c (object_new, subtype_traverse,
// subtype_clear, subtype_dealloc, __slots__ member descriptors) and Objects/dictobject.c's instance
// attribute storage: 3.10 a real __dict__ object created on the first attribute store; 3.11+ inline
// values keyed by the class's shared keys, with a dict materialised only when __dict__ is asked for.

import type { PyObj, PyType, Visit } from './object';
import type { Runtime } from '../vm/runtime';
import { decref, incref } from '../heap/refcount';
import { newDict, dictGetStr, dictSet, dictDelStr, type DictObj } from './dict';
import { internedName } from './str';
import { noteAttributeName, hasManagedDict } from './sizeof';

export interface InstanceObj extends PyObj {
  /** The __dict__ object (3.10 always once an attribute is set; 3.11+ only when materialised). */
  dict: DictObj | null;
  /** 3.11+ inline values (insertion order), when no dict has been materialised. */
  values: Map<string, PyObj> | null;
  /** __slots__ storage, in slot order. */
  slotValues: (PyObj | null)[] | null;
  /** 3.11/3.12: address of the separately allocated values array (0 = none). */
  valuesBlock?: number;
}

export function allocInstanceFields(rt: Runtime, type: PyType): Pick<InstanceObj, 'dict' | 'values' | 'slotValues'> {
  return instanceFieldsFor(rt, type);
}

export function instanceFieldsFor(_rt: Runtime, type: PyType): Pick<InstanceObj, 'dict' | 'values' | 'slotValues'> {
  return { dict: null, values: null, slotValues: type.slotNames && type.slotNames.length ? new Array(type.slotNames.length).fill(null) : null };
}

export function usesInlineValues(rt: Runtime): boolean {
  return rt.profile.layout.instanceLayout !== 'bodyDictWeakref';
}

/** Borrowed instance attribute from the dict / inline values (not slots), or null. */
export function instanceAttr(o: PyObj, name: string): PyObj | null {
  const i = o as InstanceObj;
  if (i.values) return i.values.get(name) ?? null;
  if (i.dict) return dictGetStr(i.dict, name);
  return null;
}

/** Store (or delete, value null) an attribute in the instance's dict or inline values. False = no storage. */
export function setInstanceAttr(rt: Runtime, o: PyObj, name: string, value: PyObj | null): boolean {
  const i = o as InstanceObj;
  if (i.slotValues && o.type.slotNames) {
    const k = o.type.slotNames.indexOf(name);
    if (k >= 0) {
      const old = i.slotValues[k];
      if (value === null && old === null) return false;
      if (value) incref(rt, value, `slot ${name}`);
      i.slotValues[k] = value;
      if (old) decref(rt, old, `slot ${name}`);
      if (rt.tracing) rt.trace.touch(o);
      return true;
    }
  }
  if (!o.type.hasInstanceDict) return false;
  if (value) noteAttributeName(rt, o.type, name);
  if (i.dict) {
    if (value === null) return dictDelStr(rt, i.dict, name);
    const key = internedName(rt, name);
    dictSet(rt, i.dict, key, value);
    decref(rt, key, 'temporary');
    return true;
  }
  if (usesInlineValues(rt)) {
    if (!i.values) {
      if (value === null) return false;
      i.values = new Map();
    }
    const old = i.values.get(name) ?? null;
    if (value === null) {
      if (!old) return false;
      i.values.delete(name);
      decref(rt, old, `attribute ${name}`);
    } else {
      incref(rt, value, `attribute ${name}`);
      i.values.set(name, value);
      if (old) decref(rt, old, `attribute ${name}`);
    }
    if (rt.tracing) rt.trace.touch(o);
    return true;
  }
  if (value === null) return false;
  i.dict = newDict(rt);
  i.dict.splitOf = o.type;
  const key = internedName(rt, name);
  dictSet(rt, i.dict, key, value);
  decref(rt, key, 'temporary');
  return true;
}

/** obj.__dict__: the dict (materialised from inline values when needed). New reference. */
export function instanceDict(rt: Runtime, o: PyObj): PyObj {
  const i = o as InstanceObj;
  if (!i.dict) {
    const d = newDict(rt);
    if (i.values) {
      for (const [name, v] of i.values) {
        const key = internedName(rt, name);
        dictSet(rt, d, key, v);
        decref(rt, key, 'temporary');
        decref(rt, v, `attribute ${name}`);
      }
      i.values = null;
    }
    if (hasManagedDict(rt, o.type)) d.splitOf = o.type;
    i.dict = d;
  }
  incref(rt, i.dict, 'attribute value');
  return i.dict;
}

/** subtype_traverse: slots, then the dict or inline values, then the type. */
export function instanceTraverse(o: PyObj, visit: Visit): void {
  const i = o as InstanceObj;
  if (i.slotValues && o.type.slotNames) i.slotValues.forEach((v, k) => { if (v) visit(v, visit.named ? `slot ${o.type.slotNames![k]}` : 'slot'); });
  if (i.values) for (const [name, v] of i.values) visit(v, visit.named ? `attribute ${name}` : 'attribute');
  if (i.dict) visit(i.dict, '__dict__');
  if (o.type.heap) visit(o.type, 'type');
}

/** subtype_clear */
export function instanceClear(rt: Runtime, o: PyObj): void {
  const i = o as InstanceObj;
  if (i.slotValues) {
    const vals = i.slotValues;
    i.slotValues = vals.map(() => null);
    vals.forEach((v, k) => { if (v) decref(rt, v, `slot ${o.type.slotNames![k]}`); });
  }
  if (i.values) {
    const vals = [...i.values];
    i.values = null;
    for (const [name, v] of vals) decref(rt, v, `attribute ${name}`);
  }
  if (i.dict) {
    const d = i.dict;
    i.dict = null;
    decref(rt, d, '__dict__');
  }
}

/** What subtype_dealloc releases (slots, then dict/values); the type itself is released by the caller. */
export function instanceDeallocFields(rt: Runtime, o: PyObj): void {
  instanceClear(rt, o);
  const i = o as InstanceObj;
  if (i.valuesBlock) {
    rt.addresses.rawFree(i.valuesBlock);
    i.valuesBlock = 0;
  }
}

export function instanceSlotValue(o: PyObj, name: string): PyObj | null | undefined {
  const i = o as InstanceObj;
  if (!i.slotValues || !o.type.slotNames) return undefined;
  const k = o.type.slotNames.indexOf(name);
  return k < 0 ? undefined : i.slotValues[k];
}
