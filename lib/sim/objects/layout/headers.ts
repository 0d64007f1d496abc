// Object headers and pre-headers as field lists. Mirrors Include/object.h (PyObject_HEAD,
// PyObject_VAR_HEAD), Include/internal/pycore_gc.h (PyGC_Head) and the managed dict / weakref
// pre-header of Include/internal/pycore_object.h (_PyType_PreHeaderSize, 3.11+).

import type { Profile } from '../../versions/profile';
import { layoutStruct, type Field } from './struct';

/**
 * PyObject_HEAD. The refcount word is one Py_ssize_t wide on every modelled build; 3.12/3.13
 * overlay it with two u32 halves and 3.14 with {u32 ob_refcnt, u16 ob_overflow, u16 ob_flags} on
 * 64-bit, which changes what it means but not its size.
 */
export function objectHead(profile: Profile): Field[] {
  const splitRefcnt = profile.immortality.enabled && profile.platformModel.pointerBytes === 8;
  return [
    { name: splitRefcnt ? 'ob_refcnt (split word)' : 'ob_refcnt', type: 'ssize' },
    { name: 'ob_type', type: 'ptr' },
  ];
}

/** PyObject_VAR_HEAD: the head plus ob_size. */
export function varObjectHead(profile: Profile): Field[] {
  return [...objectHead(profile), { name: 'ob_size', type: 'ssize' }];
}

/** PyGC_Head: two words in front of every object of a GC type. */
export function gcHead(): Field[] {
  return [
    { name: '_gc_next', type: 'uintptr' },
    { name: '_gc_prev', type: 'uintptr' },
  ];
}

/**
 * What sits in front of an instance of a class: the GC head, then (3.11+) the managed dict /
 * values / weakref words. 3.11: dict and values pointers (managed dict only); 3.12: dict-or-values
 * and weakref pointers whenever either is managed; 3.13+: dict and weakref pointers likewise.
 */
export function instancePreHeader(profile: Profile, opts: { managedDict: boolean; managedWeakref: boolean }): Field[] {
  const fields = gcHead();
  switch (profile.layout.instanceLayout) {
    case 'bodyDictWeakref':
      return fields;
    case 'preheaderDictValues':
      return opts.managedDict
        ? [...fields, { name: 'dict ptr', type: 'ptr' }, { name: 'values ptr', type: 'ptr' }]
        : fields;
    case 'preheaderDictOrValues':
      return opts.managedDict || opts.managedWeakref
        ? [...fields, { name: 'dict_or_values', type: 'ptr' }, { name: 'weakreflist', type: 'ptr' }]
        : fields;
    case 'inlineValues':
      return opts.managedDict || opts.managedWeakref
        ? [...fields, { name: 'managed dict', type: 'ptr' }, { name: 'weakreflist', type: 'ptr' }]
        : fields;
  }
}

/** Total bytes of a list of header fields (they are all word-sized, so no padding). */
export function fieldsBytes(profile: Profile, fields: readonly Field[]): number {
  return layoutStruct(fields, profile.platformModel).size;
}
