// Constants, locals, names, globals and cells. Mirrors Python/bytecodes.c (LOAD_CONST,
// LOAD_SMALL_INT, LOAD_FAST, LOAD_FAST_BORROW, LOAD_FAST_AND_CLEAR, STORE_FAST, DELETE_FAST,
// LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL, MAKE_CELL,
// COPY_FREE_VARS, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_FROM_DICT_OR_DEREF, LOAD_LOCALS).

import type { OpHandler } from '../signals';
import type { Frame } from '../frame';
import type { Runtime } from '../runtime';
import type { PyObj } from '../../objects/object';
import { decref, incref, xdecref } from '../../heap/refcount';
import { raise } from '../../objects/exception';
import { dictGetStrObj, dictSet, dictDelStr, type DictObj } from '../../objects/dict';
import type { StrObj } from '../../objects/str';
import { newCell, type CellObj } from '../../objects/function';
import { getItem } from '../../objects/protocol';
import { PyException } from '../../objects/exception';
import { vmMessages } from '../messages';

function nameObj(f: Frame, i: number): PyObj {
  return f.code.names[i];
}

function nameStr(f: Frame, i: number): string {
  return f.code.code.names[i];
}

function localName(f: Frame, i: number): string {
  return f.code.code.localsplusNames[i];
}

export const LOAD_CONST: OpHandler = (rt, f, arg) => {
  const c = f.code.consts[arg];
  incref(rt, c, 'value stack (constant)');
  f.push(c);
};

export const LOAD_SMALL_INT: OpHandler = (rt, f, arg) => {
  const o = rt.smallInts[arg - rt.profile.smallInts.min];
  incref(rt, o, 'value stack (small int)');
  f.push(o);
};

function unbound(rt: Runtime, f: Frame, i: number): never {
  raise(rt, 'UnboundLocalError', vmMessages(rt).unboundLocal(localName(f, i)));
}

export const LOAD_FAST: OpHandler = (rt, f, arg) => {
  const v = f.fast[arg];
  if (!v) unbound(rt, f, arg);
  incref(rt, v, 'value stack');
  f.push(v);
};

export const LOAD_FAST_BORROW: OpHandler = (rt, f, arg) => {
  const v = f.fast[arg];
  if (!v) unbound(rt, f, arg);
  f.pushEntry(v, true);
};


export const LOAD_FAST_AND_CLEAR: OpHandler = (_rt, f, arg) => {
  const v = f.fast[arg];
  const b = f.fastBorrowed[arg];
  f.fast[arg] = null;
  f.fastBorrowed[arg] = false;
  f.pushEntry(v, b);
};

export const STORE_FAST: OpHandler = (rt, f, arg) => {
  const v = f.popOwned(rt);
  const old = f.fast[arg];
  const oldBorrowed = f.fastBorrowed[arg];
  f.fast[arg] = v;
  f.fastBorrowed[arg] = false;
  if (rt.tracing && v) rt.trace.touch(v);
  if (old && !oldBorrowed) decref(rt, old, rt.tracing ? `local ${localName(f, arg)} rebound` : 'local rebound');
};

export const DELETE_FAST: OpHandler = (rt, f, arg) => {
  const old = f.fast[arg];
  if (!old) unbound(rt, f, arg);
  const b = f.fastBorrowed[arg];
  f.fast[arg] = null;
  f.fastBorrowed[arg] = false;
  if (!b) decref(rt, old, `local ${localName(f, arg)} deleted`);
};

function nameError(rt: Runtime, name: string): never {
  raise(rt, 'NameError', `name '${name}' is not defined`);
}

export const LOAD_NAME: OpHandler = (rt, f, arg) => {
  const name = f.code.names[arg] as StrObj;
  const v = (f.locals && dictGetStrObj(f.locals, name)) || dictGetStrObj(f.globals, name) || dictGetStrObj(f.builtins, name);
  if (!v) nameError(rt, name.value);
  incref(rt, v, 'value stack');
  f.push(v);
};

function storeIn(rt: Runtime, d: DictObj, key: PyObj, v: PyObj, why: string): void {
  dictSet(rt, d, key, v);
  decref(rt, v, why);
}

export const STORE_NAME: OpHandler = (rt, f, arg) => {
  const v = f.popOwned(rt)!;
  storeIn(rt, f.locals ?? f.globals, nameObj(f, arg), v, 'moved from value stack to namespace');
};

export const DELETE_NAME: OpHandler = (rt, f, arg) => {
  const name = nameStr(f, arg);
  if (!dictDelStr(rt, f.locals ?? f.globals, name)) nameError(rt, name);
};

export const LOAD_GLOBAL: OpHandler = (rt, f, arg) => {
  const name = f.code.names[arg >> 1] as StrObj;
  const v = dictGetStrObj(f.globals, name) || dictGetStrObj(f.builtins, name);
  if (!v) nameError(rt, name.value);
  incref(rt, v, 'value stack');
  f.push(v);
  if (arg & 1) f.push(null);
};

export const STORE_GLOBAL: OpHandler = (rt, f, arg) => {
  const v = f.popOwned(rt)!;
  storeIn(rt, f.globals, nameObj(f, arg), v, 'moved from value stack to globals');
};

export const DELETE_GLOBAL: OpHandler = (rt, f, arg) => {
  const name = nameStr(f, arg);
  if (!dictDelStr(rt, f.globals, name)) nameError(rt, name);
};

export const MAKE_CELL: OpHandler = (rt, f, arg) => {
  const v = f.fast[arg];
  if (v && f.fastBorrowed[arg]) incref(rt, v, 'cell contents');
  f.fastBorrowed[arg] = false;
  f.fast[arg] = newCell(rt, v);
};

export const COPY_FREE_VARS: OpHandler = (rt, f, arg) => {
  const closure = f.func?.closure as unknown as { items: PyObj[] } | null;
  if (!closure) return rt.bug('COPY_FREE_VARS without a closure');
  const base = f.fast.length - arg;
  for (let i = 0; i < arg; i++) {
    const cell = closure.items[i];
    incref(rt, cell, 'frame free variable');
    f.fast[base + i] = cell;
  }
};

export const LOAD_CLOSURE: OpHandler = (rt, f, arg) => {
  const c = f.fast[arg];
  if (!c) return rt.bug('LOAD_CLOSURE of an empty slot');
  incref(rt, c, 'value stack (cell)');
  f.push(c);
};

function cellAt(rt: Runtime, f: Frame, arg: number): CellObj {
  const c = f.fast[arg] as CellObj | null;
  if (!c || c.type !== rt.types.cell) rt.bug(`slot ${arg} is not a cell`);
  return c;
}

function derefError(rt: Runtime, f: Frame, arg: number): never {
  const name = localName(f, arg);
  const kind = f.code.code.localsplusKinds[arg];
  if (kind.free) raise(rt, 'NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  raise(rt, 'UnboundLocalError', vmMessages(rt).unboundLocal(name));
}

export const LOAD_DEREF: OpHandler = (rt, f, arg) => {
  const v = cellAt(rt, f, arg).ref;
  if (!v) derefError(rt, f, arg);
  incref(rt, v, 'value stack');
  f.push(v);
};

export const STORE_DEREF: OpHandler = (rt, f, arg) => {
  const v = f.popOwned(rt);
  const c = cellAt(rt, f, arg);
  const old = c.ref;
  c.ref = v;
  xdecref(rt, old, 'cell contents replaced');
};

export const DELETE_DEREF: OpHandler = (rt, f, arg) => {
  const c = cellAt(rt, f, arg);
  const old = c.ref;
  if (!old) derefError(rt, f, arg);
  c.ref = null;
  decref(rt, old, 'cell contents deleted');
};

export const LOAD_FROM_DICT_OR_DEREF: OpHandler = (rt, f, arg) => {
  const mapping = f.popOwned(rt)!;
  let v: PyObj | null = null;
  try {
    const key = rt.str(localName(f, arg));
    try {
      v = getItem(rt, mapping, key);
    } catch (e) {
      if (!(e instanceof PyException) || e.exc.type !== rt.types.KeyError) throw e;
      decref(rt, e.exc, 'exception handled');
    } finally {
      decref(rt, key, 'temporary');
    }
  } finally {
    decref(rt, mapping, 'popped from value stack');
  }
  if (!v) {
    const c = cellAt(rt, f, arg).ref;
    if (!c) derefError(rt, f, arg);
    incref(rt, c, 'value stack');
    v = c;
  }
  f.push(v);
};

export const LOAD_LOCALS: OpHandler = (rt, f) => {
  const l = f.locals;
  if (!l) raise(rt, 'RuntimeError', 'no locals found');
  incref(rt, l, 'value stack');
  f.push(l);
};
