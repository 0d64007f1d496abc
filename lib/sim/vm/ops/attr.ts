// Attributes, subscripts and slices. Mirrors Python/bytecodes.c (LOAD_ATTR with the method flag,
// STORE_ATTR, DELETE_ATTR, BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR, BINARY_SLICE, STORE_SLICE,
// BUILD_SLICE).

import type { OpHandler } from '../signals';
import type { Frame } from '../frame';
import type { Runtime } from '../runtime';
import type { PyObj } from '../../objects/object';
import { decref, incref } from '../../heap/refcount';
import { getAttr, setAttr, lookupType, getItem, setItem, delItem, isTypeObject } from '../../objects/protocol';
import { newSlice } from '../../objects/slice';

import { releaseEntry } from '../stackref';

function pop(f: Frame): [PyObj, boolean] {
  const o = f.take()!;
  const b = f.takenBorrowed();
  return [o, b];
}

export const LOAD_ATTR: OpHandler = (rt, f, arg) => {
  const name = f.code.code.names[arg >> 1];
  const [obj, b] = pop(f);
  if (arg & 1) {
    // method call form: avoid creating a bound method for plain functions and method descriptors
    if (!isTypeObject(rt, obj) && !obj.type.slots.getattrFirst && !rt.hasInstanceAttr(obj, name)) {
      const found = lookupType(obj.type, name);
      if (found && ((found.obj && found.obj.type === rt.types.function) || (found.native && !found.native.isClass && !found.native.isStatic && !found.native.wrapper))) {
        const fn = found.obj ?? rt.methodDescr(found.owner, found.native!);
        if (found.obj) incref(rt, fn, 'value stack (method)');
        f.push(fn);
        f.pushEntry(obj, b); // the object's reference moves to the self slot
        return;
      }
    }
    let attr: PyObj;
    try {
      attr = getAttr(rt, obj, name);
    } finally {
      releaseEntry(rt, obj, b);
    }
    f.push(attr);
    f.push(null);
    return;
  }
  let attr: PyObj;
  try {
    attr = getAttr(rt, obj, name);
  } finally {
    releaseEntry(rt, obj, b);
  }
  f.push(attr);
};

export const STORE_ATTR: OpHandler = (rt, f, arg) => {
  const name = f.code.code.names[arg];
  const [obj, ob] = pop(f);
  const [value, vb] = pop(f);
  try {
    setAttr(rt, obj, name, value);
  } finally {
    releaseEntry(rt, value, vb);
    releaseEntry(rt, obj, ob);
  }
};

export const DELETE_ATTR: OpHandler = (rt, f, arg) => {
  const name = f.code.code.names[arg];
  const [obj, ob] = pop(f);
  try {
    setAttr(rt, obj, name, null);
  } finally {
    releaseEntry(rt, obj, ob);
  }
};

export const BINARY_SUBSCR: OpHandler = (rt, f) => {
  const [key, kb] = pop(f);
  const [container, cb] = pop(f);
  let r: PyObj;
  try {
    r = getItem(rt, container, key);
  } finally {
    releaseEntry(rt, key, kb);
    releaseEntry(rt, container, cb);
  }
  f.push(r);
};

export const STORE_SUBSCR: OpHandler = (rt, f) => {
  const [key, kb] = pop(f);
  const [container, cb] = pop(f);
  const [value, vb] = pop(f);
  try {
    setItem(rt, container, key, value);
  } finally {
    releaseEntry(rt, value, vb);
    releaseEntry(rt, container, cb);
    releaseEntry(rt, key, kb);
  }
};

export const DELETE_SUBSCR: OpHandler = (rt, f) => {
  const [key, kb] = pop(f);
  const [container, cb] = pop(f);
  try {
    delItem(rt, container, key);
  } finally {
    releaseEntry(rt, container, cb);
    releaseEntry(rt, key, kb);
  }
};

function makeSlice(rt: Runtime, start: PyObj, sb: boolean, stop: PyObj, eb: boolean, step: PyObj | null): PyObj {
  if (sb) incref(rt, start, 'slice field');
  if (eb) incref(rt, stop, 'slice field');
  const st = step ?? rt.None;
  if (!step) incref(rt, st, 'slice field');
  return newSlice(rt, start, stop, st);
}

export const BINARY_SLICE: OpHandler = (rt, f) => {
  const [stop, eb] = pop(f);
  const [start, sb] = pop(f);
  const [container, cb] = pop(f);
  const slice = makeSlice(rt, start, sb, stop, eb, null);
  let r: PyObj;
  try {
    r = getItem(rt, container, slice);
  } finally {
    decref(rt, slice, 'temporary slice');
    releaseEntry(rt, container, cb);
  }
  f.push(r);
};

export const STORE_SLICE: OpHandler = (rt, f) => {
  const [stop, eb] = pop(f);
  const [start, sb] = pop(f);
  const [container, cb] = pop(f);
  const [value, vb] = pop(f);
  const slice = makeSlice(rt, start, sb, stop, eb, null);
  try {
    setItem(rt, container, slice, value);
  } finally {
    decref(rt, slice, 'temporary slice');
    releaseEntry(rt, container, cb);
    releaseEntry(rt, value, vb);
  }
};

export const BUILD_SLICE: OpHandler = (rt, f, arg) => {
  let step: PyObj | null = null;
  if (arg === 3) step = f.popOwned(rt);
  const [stop, eb] = pop(f);
  const [start, sb] = pop(f);
  f.push(makeSlice(rt, start, sb, stop, eb, step));
};
