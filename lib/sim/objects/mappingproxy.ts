// mappingproxy: the read-only view of a class's namespace that `C.__dict__` returns. Mirrors
// Objects/descrobject.c (PyDictProxy_New, mappingproxy_*): a new proxy on every access, holding a
// reference to the dict; reads go to the dict, writes are refused.

import type { PyObj, Visit } from './object';
import type { Runtime } from '../vm/runtime';
import { defineType } from './types';
import { decref, incref } from '../heap/refcount';
import { raiseKeyError } from './exception';
import { dictCopy, dictGet, newDictView, type DictObj } from './dict';
import { getIter, reprOf, richCompare } from './protocol';

export interface MappingProxyObj extends PyObj {
  mapping: DictObj;
}

/** PyDictProxy_New(d): a new reference to a new proxy. */
export function newMappingProxy(rt: Runtime, d: DictObj): MappingProxyObj {
  incref(rt, d, 'mappingproxy mapping');
  // mappingproxyobject: header, mapping
  const o = rt.alloc<MappingProxyObj>(rt.types.mappingproxy, { mapping: d }, rt.profile.platformModel.gcHeadBytes + rt.profile.platformModel.pointerBytes * 3);
  rt.gc.track(o);
  return o;
}

const mappingOf = (o: PyObj): DictObj => (o as MappingProxyObj).mapping;

defineType({
  key: 'mappingproxy', name: 'mappingproxy', isGC: true, baseType: false,
  slots: {
    traverse: (o: PyObj, visit: Visit) => visit(mappingOf(o), 'mapping'),
    dealloc: (rt, o) => decref(rt, mappingOf(o), 'mappingproxy mapping'),
    repr: (rt, o) => `mappingproxy(${reprOf(rt, mappingOf(o))})`,
    len: (_rt, o) => mappingOf(o).used,
    contains: (rt, o, key) => dictGet(rt, mappingOf(o), key) !== null,
    getitem(rt, o, key) {
      const v = dictGet(rt, mappingOf(o), key);
      if (!v) raiseKeyError(rt, key);
      incref(rt, v, 'result');
      return v;
    },
    iter: (rt, o) => getIter(rt, mappingOf(o)),
    richcompare: (rt, a, b, op) => richCompare(rt, mappingOf(a), b.type === a.type ? mappingOf(b) : b, op),
  },
  methods: {
    keys: (rt, _a, _k, self) => newDictView(rt, rt.types.dict_keys, mappingOf(self!)),
    values: (rt, _a, _k, self) => newDictView(rt, rt.types.dict_values, mappingOf(self!)),
    items: (rt, _a, _k, self) => newDictView(rt, rt.types.dict_items, mappingOf(self!)),
    get(rt, args, _k, self) {
      const v = dictGet(rt, mappingOf(self!), args[0]!) ?? args[1] ?? rt.None;
      incref(rt, v, 'result');
      return v;
    },
    copy: (rt, _a, _k, self) => dictCopy(rt, mappingOf(self!)),
  },
});
