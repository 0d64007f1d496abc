// Field lists of the built-in object structs, per profile. Mirrors Include/cpython/longintrepr.h,
// floatobject.h, complexobject.h, bytesobject.h, bytearrayobject.h, tupleobject.h, listobject.h,
// dictobject.h, setobject.h, funcobject.h, cellobject.h, classobject.h, methodobject.h,
// weakrefobject.h, rangeobject.c, listobject.c / tupleobject.c / dictobject.c / setobject.c
// iterators, enumobject.c, bltinmodule.c (zip, map), sliceobject.h, pyerrors.h.
// Per-version differences are listed as data (FIELDS_BY_VERSION tables), read from profile.python.

import type { Profile, PythonVersion } from '../../versions/profile';
import { objectHead, varObjectHead } from './headers';
import type { Field } from './struct';
import { makeLayout, type TypeLayout } from './type-layout';

const ptr = (name: string): Field => ({ name, type: 'ptr' });
const ssize = (name: string): Field => ({ name, type: 'ssize' });

/** PyFunctionObject fields after PyObject_HEAD, by version (3.11 func_version; 3.12 typeparams; 3.14 annotate). */
const FUNCTION_FIELDS: Record<PythonVersion, readonly Field[]> = (() => {
  const common = ['func_globals', 'func_builtins', 'func_name', 'func_qualname', 'func_code', 'func_defaults', 'func_kwdefaults', 'func_closure'].map(ptr);
  const tail310 = ['func_doc', 'func_dict', 'func_weakreflist', 'func_module', 'func_annotations'].map(ptr);
  const v: Field = { name: 'func_version', type: 'u32' };
  return {
    '3.10': [...common, ...tail310, ptr('vectorcall')],
    '3.11': [...common, ...tail310, ptr('vectorcall'), v],
    '3.12': [...common, ...tail310, ptr('func_typeparams'), ptr('vectorcall'), v],
    '3.13': [...common, ...tail310, ptr('func_typeparams'), ptr('vectorcall'), v],
    '3.14': [...common, ...tail310, ptr('func_annotate'), ptr('func_typeparams'), ptr('vectorcall'), v],
  };
})();

/** BaseException fields after the head; 3.11 added __notes__. */
const EXCEPTION_FIELDS: Record<PythonVersion, readonly Field[]> = (() => {
  const before = [ptr('dict'), ptr('args')];
  const after = [ptr('traceback'), ptr('context'), ptr('cause'), { name: 'suppress_context', type: 'u8' } as Field];
  const withNotes = [...before, ptr('notes'), ...after];
  return { '3.10': [...before, ...after], '3.11': withNotes, '3.12': withNotes, '3.13': withNotes, '3.14': withNotes };
})();

/** range iterator: 3.10/3.11 keep index, start, step, len; 3.12+ drop index (start advances). */
const RANGE_ITER_FIELDS: Record<PythonVersion, readonly Field[]> = (() => {
  const old = ['index', 'start', 'step', 'len'].map(ssize);
  const now = ['start', 'step', 'len'].map(ssize);
  return { '3.10': old, '3.11': old, '3.12': now, '3.13': now, '3.14': now };
})();

/** enumerate: 3.11 added one_index (a cached 1). */
const ENUMERATE_FIELDS: Record<PythonVersion, readonly Field[]> = (() => {
  const base = [ssize('en_index'), ptr('en_sit'), ptr('en_result'), ptr('en_longindex')];
  const more = [...base, ptr('one_index')];
  return { '3.10': base, '3.11': more, '3.12': more, '3.13': more, '3.14': more };
})();

/** map: 3.14 added the strict flag (map(..., strict=True)). */
const MAP_FIELDS: Record<PythonVersion, readonly Field[]> = (() => {
  const base = [ptr('iters'), ptr('func')];
  const strict = [...base, { name: 'strict', type: 'u32' } as Field];
  return { '3.10': base, '3.11': base, '3.12': base, '3.13': base, '3.14': strict };
})();

/** PyWeakReference: 3.11 added vectorcall. */
const WEAKREF_FIELDS: Record<PythonVersion, readonly Field[]> = (() => {
  const base = [ptr('wr_object'), ptr('wr_callback'), { name: 'hash', type: 'hash' } as Field, ptr('wr_prev'), ptr('wr_next')];
  const vc = [...base, ptr('vectorcall')];
  return { '3.10': base, '3.11': vc, '3.12': vc, '3.13': vc, '3.14': vc };
})();

/** The built-in types whose sizes the simulator reports. */
export type BuiltinLayoutName =
  | 'int'
  | 'float'
  | 'complex'
  | 'NoneType'
  | 'object'
  | 'bytes'
  | 'bytearray'
  | 'tuple'
  | 'list'
  | 'dict'
  | 'set'
  | 'function'
  | 'cell'
  | 'method'
  | 'builtin_function_or_method'
  | 'method_wrapper'
  | 'frame_locals_proxy'
  | 'mappingproxy'
  | 'wrapper_descriptor'
  | 'weakref'
  | 'range'
  | 'range_iterator'
  | 'list_iterator'
  | 'list_reverseiterator'
  | 'tuple_iterator'
  | 'str_ascii_iterator'
  | 'dict_iterator'
  | 'dict_view'
  | 'set_iterator'
  | 'enumerate'
  | 'zip'
  | 'map'
  | 'slice'
  | 'BaseException';

/** Layouts are pure functions of (profile, type): computed once each (the trace sizes every changed object). */
const layoutCache = new WeakMap<Profile, Map<BuiltinLayoutName, TypeLayout>>();

export function builtinLayout(profile: Profile, name: BuiltinLayoutName): TypeLayout {
  let perProfile = layoutCache.get(profile);
  if (!perProfile) layoutCache.set(profile, (perProfile = new Map()));
  let layout = perProfile.get(name);
  if (!layout) perProfile.set(name, (layout = computeBuiltinLayout(profile, name)));
  return layout;
}

function computeBuiltinLayout(profile: Profile, name: BuiltinLayoutName): TypeLayout {
  const head = objectHead(profile);
  const varHead = varObjectHead(profile);
  const v = profile.python;
  const make = (gc: boolean, fields: readonly Field[], extra: Partial<Parameters<typeof makeLayout>[1]> = {}): TypeLayout =>
    makeLayout(profile, { typeName: name, gc, fields, ...extra });
  switch (name) {
    case 'int':
      // <=3.11 the sign and digit count live in ob_size; 3.12+ in lv_tag (same width).
      return profile.layout.intSizeField === 'ob_size'
        ? make(false, varHead, { items: 'digit' })
        : make(false, [...head, { name: 'lv_tag', type: 'uintptr' }], { items: 'digit' });
    case 'float':
      return make(false, [...head, { name: 'ob_fval', type: 'double' }]);
    case 'complex':
      return make(false, [...head, { name: 'cval.real', type: 'double' }, { name: 'cval.imag', type: 'double' }]);
    case 'NoneType':
    case 'object':
      return make(false, head);
    case 'bytes':
      // PyBytesObject_SIZE = offsetof(ob_sval) + 1: the trailing NUL is part of the basic size.
      return make(false, [...varHead, { name: 'ob_shash', type: 'hash' }], { items: 'u8', basicsizeExtra: 1 });
    case 'bytearray':
      return make(false, [...varHead, ssize('ob_alloc'), ptr('ob_bytes'), ptr('ob_start'), ssize('ob_exports')]);
    case 'tuple':
      return make(true, profile.layout.tupleCachesHash ? [...varHead, { name: 'ob_hash', type: 'hash' }] : varHead, { items: 'ptr' });
    case 'list':
      return make(true, [...varHead, ptr('ob_item'), ssize('allocated')]);
    case 'dict':
      return make(true, [...head, ssize('ma_used'), { name: 'ma_version_tag / _ma_watcher_tag', type: 'u64' }, ptr('ma_keys'), ptr('ma_values')]);
    case 'set':
      return make(true, [
        ...head,
        ssize('fill'),
        ssize('used'),
        ssize('mask'),
        ptr('table'),
        { name: 'hash', type: 'hash' },
        ssize('finger'),
        // setentry smalltable[PySet_MINSIZE]: {PyObject *key; Py_hash_t hash;} x 8
        { name: 'smalltable.key/hash', type: 'ptr', count: 16 },
        ptr('weakreflist'),
      ]);
    case 'function':
      return make(true, [...head, ...FUNCTION_FIELDS[v]]);
    case 'cell':
      return make(true, [...head, ptr('ob_ref')]);
    case 'method':
      return make(true, [...head, ptr('im_func'), ptr('im_self'), ptr('im_weakreflist'), ptr('vectorcall')]);
    case 'builtin_function_or_method':
      return make(true, [...head, ptr('m_ml'), ptr('m_self'), ptr('m_module'), ptr('m_weakreflist'), ptr('vectorcall')]);
    case 'method_wrapper':
      return make(true, [...head, ptr('descr'), ptr('self')]);
    case 'frame_locals_proxy':
      return make(true, [...head, ptr('frame')]);
    case 'mappingproxy':
      return make(true, [...head, ptr('mapping')]);
    case 'wrapper_descriptor':
      return make(true, [...head, ptr('d_type'), ptr('d_name'), ptr('d_qualname'), ptr('d_base'), ptr('d_wrapped')]);
    case 'weakref':
      return make(true, [...head, ...WEAKREF_FIELDS[v]]);
    case 'range':
      return make(false, [...head, ptr('start'), ptr('stop'), ptr('step'), ptr('length')]);
    case 'range_iterator':
      return make(false, [...head, ...RANGE_ITER_FIELDS[v]]);
    case 'list_iterator':
    case 'list_reverseiterator':
    case 'tuple_iterator':
    case 'str_ascii_iterator':
      return make(true, [...head, ssize('it_index'), ptr('it_seq')]);
    case 'dict_iterator':
      return make(true, [...head, ptr('di_dict'), ssize('di_used'), ssize('di_pos'), ptr('di_result'), ssize('len')]);
    case 'dict_view':
      return make(true, [...head, ptr('dv_dict')]);
    case 'set_iterator':
      return make(true, [...head, ptr('si_set'), ssize('si_used'), ssize('si_pos'), ssize('len')]);
    case 'enumerate':
      return make(true, [...head, ...ENUMERATE_FIELDS[v]]);
    case 'zip':
      return make(true, [...head, ssize('tuplesize'), ptr('ittuple'), ptr('result'), { name: 'strict', type: 'u32' }]);
    case 'map':
      return make(true, [...head, ...MAP_FIELDS[v]]);
    case 'slice':
      return make(true, [...head, ptr('start'), ptr('stop'), ptr('step')]);
    case 'BaseException':
      return make(true, [...head, ...EXCEPTION_FIELDS[v]]);
  }
}
