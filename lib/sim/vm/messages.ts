// Error texts that changed between CPython versions, as data keyed by the profile's version.
// (The text of a message is interpreter data like a layout; behaviour never branches on it.)

import type { Runtime } from './runtime';
import type { PythonVersion } from '../versions/profile';

interface VmMessages {
  unboundLocal(name: string): string;
  emptyMinMax(fn: string): string;
  /** Setting an attribute on an object without a __dict__ (and no such slot). */
  noAttributeToSet(type: string, name: string): string;
  listIndexMissing(repr: string): string;
  /** TypeError text when an unhashable object is inserted as a dict key / set element. */
  unhashableIn(container: 'dict key' | 'set element', type: string): string;
}

const V310: VmMessages = {
  unboundLocal: (n) => `local variable '${n}' referenced before assignment`,
  emptyMinMax: (fn) => `${fn}() arg is an empty sequence`,
  noAttributeToSet: (t, n) => `'${t}' object has no attribute '${n}'`,
  listIndexMissing: (r) => `${r} is not in list`,
  unhashableIn: (_c, t) => `unhashable type: '${t}'`,
};
const V311: VmMessages = { ...V310, unboundLocal: (n) => `cannot access local variable '${n}' where it is not associated with a value` };
const V312: VmMessages = { ...V311, emptyMinMax: (fn) => `${fn}() iterable argument is empty` };

const V313: VmMessages = { ...V312, noAttributeToSet: (t, n) => `'${t}' object has no attribute '${n}' and no __dict__ for setting new attributes` };

const V314: VmMessages = {
  ...V313,
  listIndexMissing: () => 'list.index(x): x not in list',
  unhashableIn: (c, t) => `cannot use '${t}' as a ${c} (unhashable type: '${t}')`,
};

const BY_VERSION: Record<PythonVersion, VmMessages> = { '3.10': V310, '3.11': V311, '3.12': V312, '3.13': V313, '3.14': V314 };

export function vmMessages(rt: Runtime): VmMessages {
  return BY_VERSION[rt.profile.python];
}
