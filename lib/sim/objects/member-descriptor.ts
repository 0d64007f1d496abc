// The getset and member descriptors in built-in types' dicts (`int.real`, `range.start`,
// `BaseException.args`): Objects/descrobject.c (PyGetSetDescr_Type, PyMemberDescr_Type). The
// member_descriptor type is registered from objects/all.ts after every other type so the other
// static types keep their ids; getset_descriptor itself lives in type.ts (classes' __dict__/__weakref__).
//
// CPython creates these when a type is readied; the simulator makes each on first lookup and counts
// the type dict's reference in baseRefs, so no refcount a program can read changes.

import type { PyObj, PyType } from './object';
import { isSubtype } from './object';
import type { Runtime } from '../vm/runtime';
import { defineType } from './types';
import { incref } from '../heap/refcount';
import { raise } from './exception';
import { getAttr } from './protocol';
import type { DataDescriptorKind } from './introspection';

/** A descriptor of a built-in type's getset or member: `owner.attr`, read through the owner's getattr hook. */
export interface BuiltinDataDescrObj extends PyObj {
  owner: PyType;
  attr: string;
  builtinOwner: true;
}

const cache = new WeakMap<PyType, Map<string, BuiltinDataDescrObj>>();

/** `Type.attr` for a getset/member of a built-in type (new reference). */
export function builtinDataDescr(rt: Runtime, owner: PyType, attr: string, kind: DataDescriptorKind): PyObj {
  let byName = cache.get(owner);
  if (!byName) cache.set(owner, (byName = new Map()));
  let d = byName.get(attr);
  if (!d) {
    const type = kind === 'getset' ? rt.types.getset_descriptor : rt.types.member_descriptor;
    // PyDescr_COMMON (header, d_type, d_name, d_qualname) plus the getset/member pointer
    const bytes = rt.profile.platformModel.gcHeadBytes + rt.profile.platformModel.pointerBytes * 6;
    // the owner is static: its reference from the descriptor is part of its start-up count
    d = rt.allocTypeDictEntry<BuiltinDataDescrObj>(type, { owner, attr, builtinOwner: true }, bytes);
    byName.set(attr, d);
  }
  incref(rt, d, 'new reference');
  return d;
}

export function isBuiltinDataDescr(o: PyObj): o is BuiltinDataDescrObj {
  return (o as Partial<BuiltinDataDescrObj>).builtinOwner === true;
}

/** descr.__get__(obj): the attribute of obj (new reference). */
export function builtinDataDescrGet(rt: Runtime, d: BuiltinDataDescrObj, obj: PyObj): PyObj {
  if (!isSubtype(obj.type, d.owner)) {
    raise(rt, 'TypeError', `descriptor '${d.attr}' for '${d.owner.name}' objects doesn't apply to a '${obj.type.name}' object`);
  }
  return getAttr(rt, obj, d.attr);
}

/** __name__, __qualname__, __objclass__ and __doc__ of a descriptor (new reference or null). */
export function builtinDataDescrAttr(rt: Runtime, d: BuiltinDataDescrObj, name: string): PyObj | null {
  switch (name) {
    case '__name__': return rt.str(d.attr);
    case '__qualname__': return rt.str(`${d.owner.name}.${d.attr}`);
    case '__objclass__': return (incref(rt, d.owner, 'attribute value'), d.owner);
    case '__doc__': return rt.str(`Attribute ${d.attr} of ${d.owner.name} objects (simulated; CPython's docstring text is not reproduced).`);
  }
  return null;
}

defineType({
  key: 'member_descriptor', name: 'member_descriptor', isGC: true, baseType: false,
  slots: {
    isDataDescr: true,
    repr: (_rt, o) => `<member '${(o as BuiltinDataDescrObj).attr}' of '${(o as BuiltinDataDescrObj).owner.name}' objects>`,
    descrGet(rt, o, obj) {
      if (obj === null) return (incref(rt, o, 'attribute value'), o);
      return builtinDataDescrGet(rt, o as BuiltinDataDescrObj, obj);
    },
    getattr: (rt, o, name) => builtinDataDescrAttr(rt, o as BuiltinDataDescrObj, name),
  },
});
