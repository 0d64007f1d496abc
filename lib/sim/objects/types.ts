// The built-in type registry and bootstrap. Mirrors Objects/object.c (_PyTypes_InitTypes) and the
// static PyTypeObject definitions spread over Objects/*.c: each type module exports a TypeSpec; this
// file turns the specs into (static, per-runtime) type objects.
//
// To add a type: write objects/<type>.ts exporting a TypeSpec, add its key to BuiltinTypes and the
// spec to ALL_SPECS below.

import { obHeader, type NativeFn, type NativeMethod, type PyObj, type PyType, type TypeSlots } from './object';
import type { Runtime } from '../vm/runtime';
import { startupRefs } from './startup-refs';

export interface TypeSpec {
  key: keyof BuiltinTypes;
  /** __name__ as CPython prints it. */
  name: string;
  base?: keyof BuiltinTypes | null;
  isGC: boolean;
  slots: TypeSlots;
  /** Methods by name; a NativeFn is an instance method. */
  methods?: Record<string, NativeFn | Omit<NativeMethod, 'name'>>;
  weakrefable?: boolean;
  /** Module shown in repr (default 'builtins'). */
  module?: string;
  /** Exception types. */
  isException?: boolean;
  /** Subclassable by class statements (layout reuse). Default true. */
  baseType?: boolean;
}

export interface BuiltinTypes {
  object: PyType; type: PyType; int: PyType; bool: PyType; NoneType: PyType; NotImplementedType: PyType;
  ellipsis: PyType; float: PyType; str: PyType; bytes: PyType; tuple: PyType; list: PyType; dict: PyType;
  dict_keys: PyType; dict_values: PyType; dict_items: PyType; set: PyType; frozenset: PyType; range: PyType;
  slice: PyType; getset_descriptor: PyType; function: PyType; builtin_function_or_method: PyType; method_descriptor: PyType; method: PyType;
  staticmethod: PyType; classmethod: PyType; property: PyType; super: PyType; cell: PyType; code: PyType;
  module: PyType; generator: PyType; frame: PyType; traceback: PyType;
  list_iterator: PyType; list_reverseiterator: PyType; tuple_iterator: PyType; range_iterator: PyType;
  str_iterator: PyType; bytes_iterator: PyType; dict_keyiterator: PyType; dict_valueiterator: PyType;
  dict_itemiterator: PyType; set_iterator: PyType; enumerate: PyType; zip: PyType; reversed: PyType;
  map: PyType; filter: PyType; callable_iterator: PyType; wrapper_descriptor: PyType; method_wrapper: PyType;
  FrameLocalsProxy: PyType; member_descriptor: PyType; mappingproxy: PyType;
  weakref: PyType; weakref_finalize: PyType; WeakValueDictionary: PyType; WeakKeyDictionary: PyType;
  // exceptions
  BaseException: PyType; Exception: PyType; ArithmeticError: PyType; ZeroDivisionError: PyType;
  OverflowError: PyType; LookupError: PyType; KeyError: PyType; IndexError: PyType; ValueError: PyType;
  TypeError: PyType; NameError: PyType; UnboundLocalError: PyType; AttributeError: PyType;
  RuntimeError: PyType; RecursionError: PyType; NotImplementedError: PyType; StopIteration: PyType;
  AssertionError: PyType; ImportError: PyType; UnicodeError: PyType; UnicodeDecodeError: PyType; UnicodeEncodeError: PyType;
  ReferenceError: PyType; MemoryError: PyType; KeyboardInterrupt: PyType; SystemExit: PyType; GeneratorExit: PyType;
}

/** Type specs are registered by the type modules at import time (static data, not runtime state). */
const SPECS: TypeSpec[] = [];
/** Steps that finish the built-in types once all exist (registered at import time, like SPECS). */
const AFTER_BOOTSTRAP: ((types: BuiltinTypes, rt: Runtime) => void)[] = [];

export function afterBootstrap(step: (types: BuiltinTypes, rt: Runtime) => void): void {
  AFTER_BOOTSTRAP.push(step);
}

/** Steps that need every other step's result (whatever the module import order was). */
const LAST_STEPS: ((types: BuiltinTypes, rt: Runtime) => void)[] = [];

export function afterBootstrapLast(step: (types: BuiltinTypes, rt: Runtime) => void): void {
  LAST_STEPS.push(step);
}

export function defineType(spec: TypeSpec): TypeSpec {
  SPECS.push(spec);
  return spec;
}

function toMethods(spec: TypeSpec): Map<string, NativeMethod> {
  const out = new Map<string, NativeMethod>();
  for (const [name, m] of Object.entries(spec.methods ?? {})) {
    out.set(name, typeof m === 'function' ? { name, fn: m } : { name, ...m });
  }
  return out;
}

/** Static type objects live in the interpreter's data segment: ids from a separate region. */
const STATIC_TYPE_BASE = 0x55d0_c7a0_0000;
const STATIC_TYPE_STRIDE = 0x1a0;

export function bootstrapTypes(rt: Runtime): BuiltinTypes {
  const types = {} as Record<string, PyType>;
  let i = 0;
  const specs = orderedSpecs();
  for (const spec of specs) {
    const t = makeStaticType(rt, spec, i++);
    types[spec.key] = t;
  }
  // wire bases and MROs now that every type exists
  for (const spec of specs) {
    const t = types[spec.key];
    const baseKey = spec.base === undefined ? (spec.key === 'object' ? null : 'object') : spec.base;
    t.base = baseKey ? types[baseKey] : null;
    t.mro = [t];
    for (let b = t.base; b; b = b.base) t.mro.push(b);
    t.builtinBase = t;
  }
  for (const spec of specs) types[spec.key].type = types.type;
  for (const step of [...AFTER_BOOTSTRAP, ...LAST_STEPS]) step(types as unknown as BuiltinTypes, rt);
  // a copy: filled a key at a time, the table went into V8's dictionary mode, and rt.types.int and
  // the like are read in every hot path (a spread copy has fast properties)
  return { ...types } as unknown as BuiltinTypes;
}

function orderedSpecs(): TypeSpec[] {
  return [...SPECS];
}

function makeStaticType(rt: Runtime, spec: TypeSpec, index: number): PyType {
  const imm = rt.profile.immortality;
  const t: PyType = {
    type: null as unknown as PyType,
    ob: obHeader(),
    id: STATIC_TYPE_BASE + index * STATIC_TYPE_STRIDE,
    allocSize: 0,
    immortal: false,
    baseRefs: 0,
    tracked: false,
    gen: 0,
    finalized: false,
    weakrefs: null,
    changedMark: 0,
    traceView: null,
    name: spec.name,
    qualname: spec.name,
    module: spec.module ?? 'builtins',
    base: null,
    mro: [],
    dict: null,
    slots: spec.slots,
    methods: toMethods(spec),
    isGC: spec.isGC,
    heap: false,
    slotNames: null,
    hasInstanceDict: false,
    weakrefable: spec.weakrefable ?? false,
    builtinBase: null as unknown as PyType,
    isException: spec.isException ?? false,
  };
  if (imm.enabled && imm.categories.includes('staticTypes')) {
    rt.makeImmortal(t, 'static');
  } else {
    // static types are referenced from all over the interpreter; only our part is explained
    t.ob.rc = startupRefs(rt.profile.python, 'type') ?? 1000;
    t.baseRefs = t.ob.rc;
  }
  return t;
}

export function isStaticObject(o: PyObj): boolean {
  return o.baseRefs > 0 || o.immortal;
}

/** Keys every runtime needs; bootstrap fails loudly if a type module was not loaded. */
export function checkAllTypesDefined(types: Record<string, PyType | undefined>, keys: string[]): string[] {
  return keys.filter((k) => !types[k]);
}
