// The wrapper_descriptor and method-wrapper types (Objects/descrobject.c). Registered from objects/all.ts
// after every other type so the other static types keep their ids; the functions that create these
// objects live in slotwrapper.ts.

import type { PyType, PyObj } from './object';
import type { Runtime } from '../vm/runtime';
import { defineType } from './types';
import { isSubtype } from './object';
import { incref, xdecref } from '../heap/refcount';
import { raise } from './exception';
import { newMethodWrapper, type MethodWrapperObj, type SlotWrapperObj } from './slotwrapper';
import { newMethodDoc } from './introspection';

function checkSelf(rt: Runtime, owner: PyType, name: string, self: PyObj | undefined): PyObj {
  if (!self) raise(rt, 'TypeError', `descriptor '${name}' of '${owner.name}' object needs an argument`);
  if (!isSubtype(self.type, owner)) {
    raise(rt, 'TypeError', `descriptor '${name}' requires a '${owner.name}' object but received a '${self.type.name}'`);
  }
  return self;
}

defineType({
  key: 'wrapper_descriptor', name: 'wrapper_descriptor', isGC: true, baseType: false,
  slots: {
    repr: (_rt, o) => `<slot wrapper '${(o as SlotWrapperObj).method.name}' of '${(o as SlotWrapperObj).owner.name}' objects>`,
    call(rt, o, args, kwargs) {
      const d = o as SlotWrapperObj;
      const self = checkSelf(rt, d.owner, d.method.name, args[0]);
      return d.method.fn(rt, args.slice(1), kwargs, self);
    },
    descrGet(rt, o, obj) {
      const d = o as SlotWrapperObj;
      if (obj === null) return (incref(rt, o, 'attribute value'), o);
      return newMethodWrapper(rt, d.owner, d.method, obj);
    },
    getattr(rt, o, name) {
      const d = o as SlotWrapperObj;
      if (name === '__name__' || name === '__qualname__') return rt.str(name === '__name__' ? d.method.name : `${d.owner.name}.${d.method.name}`);
      if (name === '__objclass__') return (incref(rt, d.owner, 'attribute value'), d.owner);
      if (name === '__doc__') return newMethodDoc(rt, d.owner.name, d.method.name, 'slot');
      return null;
    },
  },
});

defineType({
  key: 'method_wrapper', name: 'method-wrapper', isGC: true, baseType: false,
  slots: {
    traverse(o, visit) {
      visit((o as MethodWrapperObj).self, '__self__');
    },
    dealloc(rt, o) {
      const w = o as MethodWrapperObj;
      const s = w.self;
      (w as { self: PyObj | null }).self = null;
      xdecref(rt, s, 'method-wrapper self');
    },
    repr: (rt, o) => {
      const w = o as MethodWrapperObj;
      const width = rt.profile.platformModel.pointerBytes === 8 ? 12 : 8;
      return `<method-wrapper '${w.method.name}' of ${w.self.type.name} object at 0x${w.self.id.toString(16).padStart(width, '0')}>`;
    },
    call: (rt, o, args, kwargs) => {
      const w = o as MethodWrapperObj;
      return w.method.fn(rt, args, kwargs, w.self);
    },
    getattr(rt, o, name) {
      const w = o as MethodWrapperObj;
      if (name === '__name__') return rt.str(w.method.name);
      if (name === '__qualname__') return rt.str(`${w.owner.name}.${w.method.name}`);
      if (name === '__self__') return (incref(rt, w.self, 'attribute value'), w.self);
      if (name === '__objclass__') return (incref(rt, w.owner, 'attribute value'), w.owner);
      if (name === '__doc__') return newMethodDoc(rt, w.owner.name, w.method.name, 'slot');
      return null;
    },
    richcompare(rt, a, b, op) {
      if ((op !== 'eq' && op !== 'ne') || b.type !== a.type) return null;
      const x = a as MethodWrapperObj, y = b as MethodWrapperObj;
      const eq = x.method === y.method && x.self === y.self;
      return rt.bool(op === 'eq' ? eq : !eq);
    },
  },
});

