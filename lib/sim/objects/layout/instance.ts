// Layouts of instances of classes (heap types), including __slots__, the per-version placement of
// the __dict__ and __weakref__ pointers, and the attribute values storage whose size depends on the
// class's shared keys. Mirrors type_new's slot/dict/weakref layout in Objects/typeobject.c,
// _PyType_PreHeaderSize and _PyObject_InitInlineValues / init_inline_values / new_values in
// Objects/dictobject.c (3.11-3.14), and Objects/object_layout.md.

import type { Profile } from '../../versions/profile';
import { instancePreHeader } from './headers';
import { roundUpTo, type Field } from './struct';
import { makeLayout, type TypeLayout } from './type-layout';
import { builtinLayout, type BuiltinLayoutName } from './builtins';

export interface ClassShape {
  /** The built-in type the class ultimately derives from ('object' for plain classes). */
  readonly builtinBase: BuiltinLayoutName;
  /** Total __slots__ members declared along the MRO (excluding '__dict__' and '__weakref__'). */
  readonly slotCount: number;
  /** Instances have a __dict__ (no __slots__ somewhere, or '__dict__' in __slots__). */
  readonly hasDict: boolean;
  /** Instances accept weak references. */
  readonly hasWeakref: boolean;
}

/** The built-in base already provides a dict / weakref slot (BaseException has its own dict). */
function baseProvides(base: BuiltinLayoutName): { dict: boolean; weakref: boolean } {
  return { dict: base === 'BaseException', weakref: base === 'set' || base === 'function' || base === 'method' };
}

/**
 * The instance layout of a class. 3.10 puts __dict__ and __weakref__ pointers in the body; 3.11
 * manages the dict in the pre-header (dict + values pointers) when the base has no items and keeps
 * __weakref__ in the body; 3.12+ manage both in the pre-header.
 */
export function classInstanceLayout(profile: Profile, shape: ClassShape): TypeLayout {
  const base = builtinLayout(profile, shape.builtinBase);
  const provided = baseProvides(shape.builtinBase);
  const wantDict = shape.hasDict && !provided.dict;
  const wantWeakref = shape.hasWeakref && !provided.weakref;
  const bodyExtra: Field[] = [];
  for (let i = 0; i < shape.slotCount; i++) bodyExtra.push({ name: `slot ${i}`, type: 'ptr' });
  let managedDict = false;
  let managedWeakref = false;
  switch (profile.layout.instanceLayout) {
    case 'bodyDictWeakref':
      if (wantDict) bodyExtra.push({ name: '__dict__', type: 'ptr' });
      if (wantWeakref) bodyExtra.push({ name: '__weakref__', type: 'ptr' });
      break;
    case 'preheaderDictValues':
      if (wantDict && base.itemsize === 0) managedDict = true;
      else if (wantDict) bodyExtra.push({ name: '__dict__', type: 'ptr' });
      if (wantWeakref) bodyExtra.push({ name: '__weakref__', type: 'ptr' });
      break;
    case 'preheaderDictOrValues':
    case 'inlineValues':
      managedDict = wantDict;
      managedWeakref = wantWeakref;
      break;
  }
  const extraPreHeader = instancePreHeader(profile, { managedDict, managedWeakref }).slice(2);
  // The body is the base's struct followed by the new pointer slots (the base's basicsize is the offset).
  const layout = makeLayout(profile, {
    typeName: 'instance',
    gc: true,
    fields: [...base.fields, ...bodyExtra],
    extraPreHeader,
  });
  const basicsize = base.basicsize + bodyExtra.length * profile.platformModel.pointerBytes;
  return { ...layout, basicsize, itemsize: base.itemsize };
}

/**
 * Where an instance's attribute values live: 'dict' (3.10: a real dict, created at the first
 * attribute store), 'valuesArray' (3.11/3.12: a separately allocated values array), 'inline'
 * (3.13+: values allocated right after the object).
 */
export function attributeStorage(profile: Profile): 'dict' | 'valuesArray' | 'inline' {
  switch (profile.layout.instanceLayout) {
    case 'bodyDictWeakref':
      return 'dict';
    case 'preheaderDictValues':
    case 'preheaderDictOrValues':
      return 'valuesArray';
    case 'inlineValues':
      return 'inline';
  }
}

/**
 * A class's shared keys, as far as instance sizes are concerned. `usable + nentries` is the number
 * of value slots each new instance gets; every new instance lowers `usable` by one (down to 1), so
 * the first instances of a fresh class are larger.
 */
export interface SharedKeysState {
  readonly usable: number;
  readonly nentries: number;
}

export function initialSharedKeys(profile: Profile): SharedKeysState {
  return { usable: profile.layout.sharedKeysInitialUsable, nentries: 0 };
}

/** One more attribute name added to the shared keys (an instance stored a new attribute). */
export function sharedKeysAfterNewName(state: SharedKeysState): SharedKeysState {
  return { usable: state.usable - 1, nentries: state.nentries + 1 };
}

export interface NewInstanceAllocation {
  /** Bytes of the instance's own block (pre-header + body [+ inline values]). */
  readonly objectBytes: number;
  /** Bytes of a separately allocated values array (3.11/3.12), else 0. */
  readonly valuesBytes: number;
  /** The class's shared keys after this instance. */
  readonly sharedKeys: SharedKeysState;
}

/**
 * Memory for one new instance of a class with a managed dict. 3.13+ allocate the inline values
 * with the object, sized from the shared keys BEFORE the per-instance shrink; 3.11/3.12 shrink
 * first and then allocate the values array. 3.10 (and classes without a managed dict) allocate
 * only the object.
 */
export function newInstanceAllocation(profile: Profile, layout: TypeLayout, keys: SharedKeysState, hasManagedDict: boolean): NewInstanceAllocation {
  const p = profile.platformModel.pointerBytes;
  const object = layout.preHeaderBytes + layout.basicsize;
  const shrunk: SharedKeysState = keys.usable > 1 ? { usable: keys.usable - 1, nentries: keys.nentries } : keys;
  const storage = attributeStorage(profile);
  if (!hasManagedDict || storage === 'dict') return { objectBytes: object, valuesBytes: 0, sharedKeys: keys };
  if (storage === 'inline') {
    const size = keys.usable + keys.nentries;
    return { objectBytes: object + roundUpTo(size, p) + (size + 1) * p, valuesBytes: 0, sharedKeys: shrunk };
  }
  const size = shrunk.usable + shrunk.nentries;
  return { objectBytes: object, valuesBytes: roundUpTo(size + 2, p) + size * p, sharedKeys: shrunk };
}

/** 3.10: an instance's __dict__ shares the class's 8-slot cached keys; its values array holds 5 pointers. */
export function splitDictValuesBytes310(profile: Profile): number {
  return 5 * profile.platformModel.pointerBytes;
}
