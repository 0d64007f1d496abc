// What introspection shows of the built-in types: the names `dir()` lists and `getattr` finds, the
// descriptor kinds behind them, and `__doc__`. Mirrors Objects/typeobject.c (type_ready adding each
// PyMethodDef, PyMemberDef and PyGetSetDef to the type's dict; type_get_doc) and Objects/descrobject.c.
//
// The simulator's type modules implement what the subset runs; the measured table in
// cpython-type-dicts.ts says what else CPython's type dicts hold in each version. At bootstrap every
// type gets, for the running profile's version: a method entry for each method CPython has that the
// simulator lacks (calling it is refused unless a small implementation below exists), the names of its
// getset/member descriptors, and whether its `__doc__` is text. Methods the simulator defines that
// this version of CPython lacks (int.is_integer before 3.12) are removed. Nothing here allocates at
// bootstrap: descriptor objects are made on first lookup, like method descriptors.

import type { NativeFn, NativeMethod, PyObj, PyType } from './object';
import type { Runtime } from '../vm/runtime';
import type { BuiltinTypes } from './types';
import { afterBootstrapLast } from './types';
import { CPYTHON_TYPE_DICTS } from './cpython-type-dicts';
import { slotFunction } from './slotwrapper';
import { incref } from '../heap/refcount';
import { unsupported } from '../messages';

/** A data descriptor in a built-in type's dict: PyGetSetDef or PyMemberDef. */
export type DataDescriptorKind = 'getset' | 'member';

/** What this module adds to a built-in type object (absent on heap types). */
export interface TypeIntrospection {
  /** Getset and member descriptors of the type's own dict, by name. */
  descriptors: Map<string, DataDescriptorKind>;
  /** `T.__doc__`: a docstring ('text'), a getset on the type ('getset': instances carry their own), or None. */
  doc: 'text' | 'getset' | null;
  /** Names CPython's dict of this type holds in the running version / in any version. */
  present: ReadonlySet<string>;
  known: ReadonlySet<string>;
}

const INTROSPECTION = new WeakMap<PyType, TypeIntrospection>();

export function introspectionOf(t: PyType): TypeIntrospection | undefined {
  return INTROSPECTION.get(t);
}

// ---- the table ----------------------------------------------------------------------------------

interface DictEntry {
  kind: string;
  versions: string | null;
}

function parseEntries(spec: string): Map<string, DictEntry[]> {
  const out = new Map<string, DictEntry[]>();
  for (const tok of spec.split(' ')) {
    if (!tok) continue;
    const [nameKind, versions] = tok.split('@') as [string, string | undefined];
    const i = nameKind.lastIndexOf(':');
    const name = nameKind.slice(0, i);
    const list = out.get(name) ?? [];
    list.push({ kind: nameKind.slice(i + 1), versions: versions ?? null });
    out.set(name, list);
  }
  return out;
}

/** `11+`, `-12`, `10,13+`, `14` against a minor version number. */
export function versionMatches(versions: string | null, minor: number): boolean {
  if (versions === null) return true;
  return versions.split(',').some((part) => {
    if (part.endsWith('+')) return minor >= Number(part.slice(0, -1));
    if (part.startsWith('-')) return minor <= Number(part.slice(1));
    const [a, b] = part.split('-');
    return b === undefined ? minor === Number(a) : minor >= Number(a) && minor <= Number(b);
  });
}

const PARSED = new Map(Object.entries(CPYTHON_TYPE_DICTS).map(([k, v]) => [k, parseEntries(v)]));

/** The names each type's dict holds in some version. */
const KNOWN = new Map([...PARSED].map(([k, entries]) => [k, new Set(entries.keys()) as ReadonlySet<string>]));

/** cpythonDictOf's answers, made once per type and version (every run bootstraps the types). */
const DICT_OF = new Map<string, ReadonlyMap<string, string>>();

/** Names in CPython's `T.__dict__` for this version, with their kind letter. */
export function cpythonDictOf(key: string, minor: number): ReadonlyMap<string, string> {
  const cacheKey = `${key}@${minor}`;
  let out = DICT_OF.get(cacheKey) as Map<string, string> | undefined;
  if (out) return out;
  out = new Map<string, string>();
  for (const [name, list] of PARSED.get(key) ?? []) {
    const e = list.find((x) => versionMatches(x.versions, minor));
    if (e) out.set(name, e.kind);
  }
  DICT_OF.set(cacheKey, out);
  return out;
}

// ---- methods the simulator does not model --------------------------------------------------------

/** A method that exists (dir, getattr, hasattr see it) but whose call is refused. */
function notModelled(owner: string, name: string): NativeFn {
  return (rt) => {
    throw unsupported('U028-attribute', rt.currentLocation(), `calling ${owner}.${name}()`);
  };
}

const callBuiltin = (name: string): NativeFn => (rt, args, kwargs, self) => rt.call(rt.builtinsDictGet(name)!, [self!, ...args], kwargs);

function floatRound(mode: 'floor' | 'ceil'): NativeFn {
  return (rt, _a, _k, self) => {
    const v = (self as unknown as { value: number }).value;
    if (!Number.isFinite(v)) {
      const toInt = rt.builtinsDictGet('int')!;
      return rt.call(toInt, [self!], null); // int() raises CPython's OverflowError / ValueError text
    }
    return rt.newInt(BigInt(mode === 'floor' ? Math.floor(v) : Math.ceil(v)));
  };
}

/** Methods CPython has that are cheap to model exactly (by `type.name`); the rest are notModelled. */
const IMPLEMENTED: Readonly<Record<string, NativeFn>> = {
  'list.__reversed__': callBuiltin('reversed'),
  'dict.__reversed__': callBuiltin('reversed'),
  'dict_keys.__reversed__': callBuiltin('reversed'),
  'dict_values.__reversed__': callBuiltin('reversed'),
  'dict_items.__reversed__': callBuiltin('reversed'),
  'range.__reversed__': callBuiltin('reversed'),
  'int.__round__': callBuiltin('round'),
  'int.__trunc__': callBuiltin('int'),
  'int.__floor__': callBuiltin('int'),
  'int.__ceil__': callBuiltin('int'),
  'int.conjugate': callBuiltin('int'),
  'int.bit_count': (rt, _a, _k, self) => {
    let v = (self as unknown as { value: bigint }).value;
    if (v < 0n) v = -v;
    let n = 0n;
    for (; v; v >>= 1n) n += v & 1n;
    return rt.newInt(n);
  },
  'float.__round__': callBuiltin('round'),
  'float.conjugate': callBuiltin('float'),
  'float.__trunc__': callBuiltin('int'),
  'float.__floor__': floatRound('floor'),
  'float.__ceil__': floatRound('ceil'),
  'float.is_integer': (rt, _a, _k, self) => rt.bool(Number.isInteger((self as unknown as { value: number }).value)),
};

function hasInSimulatorMro(t: PyType, name: string): boolean {
  return t.mro.some((m) => m.methods.has(name));
}

function methodFor(t: PyType, name: string, kind: string): NativeMethod | null {
  const fn = IMPLEMENTED[`${t.name}.${name}`] ?? (kind === 'w' ? slotFunction(t, name) : null) ?? notModelled(t.name, name);
  switch (kind) {
    case 'm': return { name, fn };
    case 'w': return { name, fn, wrapper: true };
    case 'c': return { name, fn, isClass: true };
    case 's': return { name, fn, isStatic: true };
    default: return null; // 'n' (__new__): object's serves
  }
}

/** Applies the measured type dicts to the freshly bootstrapped built-in types (see the header). */
export function applyCPythonTypeDicts(types: BuiltinTypes, rt: Runtime): void {
  const minor = Number(rt.profile.python.split('.')[1]);
  const byType = new Map<PyType, ReadonlyMap<string, string>>();
  for (const key of PARSED.keys()) {
    const t = types[key as keyof BuiltinTypes];
    if (t) byType.set(t, cpythonDictOf(key, minor));
  }
  // removals first (they look at what CPython's MRO offers), then additions
  const keys = new Map(Object.entries(types).map(([k, t]) => [t as PyType, k]));
  for (const t of byType.keys()) {
    for (const name of [...t.methods.keys()]) {
      // a name some CPython version has along this MRO, but not the running one
      const known = t.mro.some((m) => PARSED.get(keys.get(m) ?? '')?.has(name) ?? false);
      const present = t.mro.some((m) => byType.get(m)?.has(name) ?? (m !== t && m.methods.has(name)));
      if (known && !present) t.methods.delete(name);
    }
  }
  for (const [t, dict] of byType) {
    const known = KNOWN.get(keys.get(t) ?? '') ?? new Set<string>();
    const info: TypeIntrospection = { descriptors: new Map(), doc: null, present: new Set(dict.keys()), known };
    for (const [name, kind] of dict) {
      if (name === '__doc__') {
        info.doc = kind === 't' ? 'text' : kind === 'g' ? 'getset' : null;
        if (kind === 'g') info.descriptors.set(name, 'getset');
        continue;
      }
      if (kind === 'g' || kind === 'd') {
        if (!t.methods.has(name)) info.descriptors.set(name, kind === 'g' ? 'getset' : 'member');
        continue;
      }
      if (kind === 'x') {
        t.methods.set(name, { name, fn: notModelled(t.name, name), isNone: true });
        continue;
      }
      if (hasInSimulatorMro(t, name)) continue;
      const m = methodFor(t, name, kind);
      if (m) t.methods.set(name, m);
    }
    INTROSPECTION.set(t, info);
  }
  // a method the simulator defines itself is exposed as the nearest CPython dict along the MRO has it
  // (slot wrapper or method): BaseException.__init__ is a method_descriptor until 3.13, object's slot in 3.14
  for (const t of byType.keys()) {
    for (const m of t.methods.values()) {
      if (m.isClass || m.isStatic || m.isNone) continue;
      for (const b of t.mro) {
        const kind = byType.get(b)?.get(m.name);
        if (kind === undefined) continue;
        if (kind === 'w' || kind === 'm') m.wrapper = kind === 'w';
        break;
      }
    }
  }
}

// last: it must see the slot wrappers installSlotWrappers adds
afterBootstrapLast(applyCPythonTypeDicts);

// ---- dir() and lookups on the type ---------------------------------------------------------------

/** Getset/member names `dir()` lists for a built-in type (its own dict only; dir walks the MRO). */
export function descriptorNames(t: PyType): Iterable<string> {
  return INTROSPECTION.get(t)?.descriptors.keys() ?? [];
}

/** The built-in type in t's MRO whose dict holds data descriptor `name`, or null. */
export function findDataDescriptor(t: PyType, name: string): { owner: PyType; kind: DataDescriptorKind } | null {
  for (const m of t.mro) {
    if (m.heap) continue;
    const kind = INTROSPECTION.get(m)?.descriptors.get(name);
    if (kind) return { owner: m, kind };
  }
  return null;
}

/** True when some CPython version's built-in types along t's MRO have `name`, but not the running one. */
export function absentInThisVersion(t: PyType, name: string): boolean {
  let known = false;
  for (const m of t.mro) {
    const info = m.heap ? undefined : INTROSPECTION.get(m);
    if (!info) continue;
    if (info.present.has(name)) return false;
    if (info.known.has(name)) known = true;
  }
  return known;
}

// ---- __doc__ -------------------------------------------------------------------------------------

/**
 * Docstrings are our own short wording, not CPython's text: a program sees the same type (str or
 * None) and a fresh string per access, as in CPython, where type_get_doc and the descriptors'
 * __doc__ getters build a new str from the C-level text each time.
 */
export function typeDocText(t: PyType): string {
  return `Built-in type ${t.name} (simulated; CPython's docstring text is not reproduced).`;
}

export function methodDocText(ownerName: string | null, name: string, kind: 'method' | 'slot' | 'function'): string {
  if (kind === 'function' || ownerName === null) return `Built-in function ${name} (simulated; CPython's docstring text is not reproduced).`;
  const what = kind === 'slot' ? 'Slot wrapper' : 'Built-in method';
  return `${what} ${name} of ${ownerName} objects (simulated; CPython's docstring text is not reproduced).`;
}

export function moduleDocText(name: string): string {
  return `The ${name} module (simulated; CPython's docstring text is not reproduced).`;
}

/** `x.__doc__` of a native method, wrapper or function: a new str (new reference). */
export function newMethodDoc(rt: Runtime, ownerName: string | null, name: string, kind: 'method' | 'slot' | 'function'): PyObj {
  return rt.str(methodDocText(ownerName, name, kind));
}

/** `T.__doc__` of a built-in type when it is text or None (new reference); null when it is a getset. */
export function typeDoc(rt: Runtime, t: PyType): PyObj | null {
  const doc = INTROSPECTION.get(t)?.doc ?? null;
  if (doc === 'text') return rt.str(typeDocText(t));
  if (doc === 'getset') return null;
  incref(rt, rt.None, 'attribute value');
  return rt.None;
}
