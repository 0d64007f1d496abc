// Calls and function creation. Mirrors Python/bytecodes.c (CALL, CALL_KW, CALL_FUNCTION_EX,
// MAKE_FUNCTION, LOAD_BUILD_CLASS, RETURN_VALUE). Who owns the arguments differs by version and is
// profile data: 3.11+ move them into the callee's frame, 3.10 lets the callee take its own
// references while the caller's stack keeps them until the call returns.

import type { OpHandler } from '../signals';
import { RETURN } from '../signals';
import type { Runtime } from '../runtime';
import type { Frame } from '../frame';
import type { PyObj } from '../../objects/object';
import { decref, incref } from '../../heap/refcount';
import { raise } from '../../objects/exception';
import { callObject, iterate } from '../../objects/protocol';
import { dictItems, isDict } from '../../objects/dict';
import type { CodeObj, FunctionObj, MethodObj } from '../../objects/function';
import type { StrObj } from '../../objects/str';
import { newFunction } from '../functions';
import { callPythonFunction } from '../call';
import { releaseEntry } from '../stackref';
import { VM_BEHAVIOUR } from '../behaviour';

/**
 * CALL / CALL_KW: the callable, self-or-NULL and the arguments are the top `n` stack entries.
 * 3.11+ Python functions take over those references (the frame owns the function and the
 * arguments); every other call leaves them on the caller's stack while it runs (so they stay
 * counted, as in CPython) and releases them afterwards. Pushes the result.
 */
export function callOnStack(rt: Runtime, f: Frame, argc: number, kwnames: string[] | null): void {
  const base = f.sp - argc - 2;
  let callable = f.stack[base]!;
  // a bound method of a Python function: unpack it in place (self becomes the first argument)
  if (f.stack[base + 1] === null && callable.type === rt.types.method && (callable as MethodObj).func.type === rt.types.function) {
    const m = callable as MethodObj;
    incref(rt, m.self, 'argument (self)');
    incref(rt, m.func, 'value stack (function)');
    f.stack[base] = m.func;
    f.stack[base + 1] = m.self;
    const wasBorrowed = f.borrowed[base];
    f.borrowed[base] = false;
    f.borrowed[base + 1] = false;
    releaseEntry(rt, callable, wasBorrowed);
    callable = m.func;
  }
  const hasSelf = f.stack[base + 1] !== null;
  const first = hasSelf ? base + 1 : base + 2;
  const nkw = kwnames ? kwnames.length : 0;
  const npos = f.sp - first - nkw;
  if (callable.type === rt.types.function && rt.profile.execution.argsMovedIntoCallee) {
    const { items, borrowed } = f.popN(argc + 2);
    const moved = items.slice(first - base) as PyObj[];
    const movedBorrowed = borrowed.slice(first - base);
    const keepBorrowed = VM_BEHAVIOUR[rt.profile.python].borrowedArgumentsStayBorrowed;
    if (!keepBorrowed) moved.forEach((a, i) => { if (movedBorrowed[i]) { incref(rt, a, 'argument made strong'); movedBorrowed[i] = false; } });
    if (borrowed[0]) incref(rt, callable, 'function made strong');
    f.push(callPythonFunction(rt, callable as FunctionObj, moved.slice(0, npos), keywordArgs(kwnames, moved, npos), true, true, movedBorrowed));
    return;
  }
  // the arguments stay on the stack during the call; the callee gets a copy of the positional ones
  const args = f.stack.slice(first, first + npos) as PyObj[];
  const kwargs = keywordArgs(kwnames, f.stack as PyObj[], first + npos);
  const result = callable.type === rt.types.function
    ? callPythonFunction(rt, callable as FunctionObj, args, kwargs, false, false)
    : callObject(rt, callable, args, kwargs);
  // popped first, then released bottom first: a finalizer that runs meanwhile sees a stack without them
  const { items, borrowed } = f.popN(argc + 2);
  for (let i = 0; i < items.length; i++) releaseEntry(rt, items[i], borrowed[i], i < 2 ? 'popped from value stack' : 'argument released after call');
  f.push(result);
}

/** The keyword arguments of a call: kwnames[i] is values[at + i]. */
function keywordArgs(kwnames: string[] | null, values: readonly PyObj[], at: number): Map<string, PyObj> | null {
  if (!kwnames) return null;
  const m = new Map<string, PyObj>();
  kwnames.forEach((k, i) => m.set(k, values[at + i]));
  return m;
}

export const CALL: OpHandler = (rt, f, arg) => {
  callOnStack(rt, f, arg, null);
};

export const CALL_KW: OpHandler = (rt, f, arg) => {
  const kw = f.popN(1);
  const names = (kw.items[0] as unknown as { items: StrObj[] }).items.map((s) => s.value);
  releaseEntry(rt, kw.items[0], kw.borrowed[0]);
  callOnStack(rt, f, arg, names);
};

export const CALL_FUNCTION_EX: OpHandler = (rt, f, arg) => {
  const kwEntry = arg & 1 ? f.popN(1) : null;
  const argsEntry = f.popN(1);
  const pos: PyObj[] = [];
  const names: string[] = [];
  const self = f.stack[f.sp - 1];
  try {
    if (self) pos.push((incref(rt, self, 'argument'), self));
    iterate(rt, argsEntry.items[0]!, (x) => { incref(rt, x, 'argument'); pos.push(x); });
    if (kwEntry) {
      const kw = kwEntry.items[0]!;
      if (!isDict(rt, kw)) raise(rt, 'TypeError', `argument after ** must be a mapping, not ${kw.type.name}`);
      for (const e of dictItems(kw)) {
        if (e.key.type !== rt.types.str) raise(rt, 'TypeError', 'keywords must be strings');
        names.push((e.key as StrObj).value);
        incref(rt, e.value, 'argument');
        pos.push(e.value);
      }
    }
  } catch (err) {
    for (const p of pos) decref(rt, p, 'temporary');
    throw err;
  } finally {
    releaseEntry(rt, argsEntry.items[0], argsEntry.borrowed[0]);
    if (kwEntry) releaseEntry(rt, kwEntry.items[0], kwEntry.borrowed[0]);
  }
  // replace self-or-NULL by NULL and push the collected arguments as ordinary stack entries
  if (self) {
    f.stack[f.sp - 1] = null;
    releaseEntry(rt, self, f.borrowed[f.sp - 1]);
    f.borrowed[f.sp - 1] = false;
  }
  for (const p of pos) f.push(p);
  callOnStack(rt, f, pos.length, names.length ? names : null);
};

export const MAKE_FUNCTION: OpHandler = (rt, f, arg) => {
  const code = f.popOwned(rt) as CodeObj;
  const closure = arg & 0x08 ? f.popOwned(rt) : null;
  if (arg & 0x04) f.popRelease(rt);
  const kwdefaults = arg & 0x02 ? f.popOwned(rt) : null;
  const defaults = arg & 0x01 ? f.popOwned(rt) : null;
  f.push(newFunction(rt, code, f.globals, f.builtins, defaults, kwdefaults, closure));
};

export const LOAD_BUILD_CLASS: OpHandler = (rt, f) => {
  const bc = rt.builtinsDictGet('__build_class__');
  if (!bc) raise(rt, 'NameError', '__build_class__ not found');
  incref(rt, bc, 'value stack');
  f.push(bc);
};

export const RETURN_VALUE: OpHandler = (rt, f) => {
  rt.returnValue = f.popOwned(rt)!;
  return RETURN;
};
