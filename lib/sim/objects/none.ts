// None, NotImplemented and Ellipsis: static singletons. Mirrors Objects/object.c (_Py_NoneStruct,
// _Py_NotImplementedStruct) and Objects/sliceobject.c (_Py_EllipsisObject).

import type { PyObj } from './object';
import type { Runtime } from '../vm/runtime';
import { defineType } from './types';
import { markStatic } from './str';
import type { StartupObject } from './startup-refs';

defineType({ key: 'NoneType', name: 'NoneType', isGC: false, baseType: false, slots: { repr: () => 'None', bool: () => false, hash: () => 0xfcfc_fcfc_fcfc_fcfn } });
defineType({ key: 'NotImplementedType', name: 'NotImplementedType', isGC: false, baseType: false, slots: { repr: () => 'NotImplemented' } });
defineType({ key: 'ellipsis', name: 'ellipsis', isGC: false, baseType: false, slots: { repr: () => 'Ellipsis' } });

/** The static singletons (data segment objects, immortal from 3.12). */
export function createSingletons(rt: Runtime): void {
  const make = (type: import('./object').PyType, what: StartupObject): PyObj => {
    const o = rt.alloc<PyObj>(type, {}, rt.profile.platformModel.pointerBytes * 2);
    markStatic(rt, o, 'singletons', what);
    return o;
  };
  rt.None = make(rt.types.NoneType, 'None');
  rt.NotImplemented = make(rt.types.NotImplementedType, 'NotImplemented');
  rt.Ellipsis = make(rt.types.ellipsis, 'Ellipsis');
}
