// Which built-in types are called through vectorcall (no argument tuple) in each version.
// Calling a type without it goes through _PyObject_MakeTpCall (Objects/call.c), which packs the
// arguments into a tuple (and keywords into a dict): real GC allocations that gc.get_count() and
// id() reuse can observe. Measured with gc.get_count() deltas on 3.10.13-3.13.0 (this file's data
// is the simulator's; the profiles have no field for it yet). int() and str() gained vectorcall in
// 3.13, enumerate() in 3.11; classes (heap types) never have it.

import type { PythonVersion } from '../versions/profile';

const ALWAYS = ['float', 'bool', 'range', 'set', 'frozenset', 'list', 'tuple', 'dict', 'object', 'type', 'reversed', 'zip', 'map', 'filter'];

export const VECTORCALL_TYPES: Record<PythonVersion, ReadonlySet<string>> = {
  '3.10': new Set(ALWAYS),
  '3.11': new Set([...ALWAYS, 'enumerate']),
  '3.12': new Set([...ALWAYS, 'enumerate']),
  '3.13': new Set([...ALWAYS, 'enumerate', 'int', 'str']),
  '3.14': new Set([...ALWAYS, 'enumerate', 'int', 'str']),
};
