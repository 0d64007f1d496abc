// Raising and handling exceptions. Mirrors Python/bytecodes.c (RAISE_VARARGS, PUSH_EXC_INFO,
// POP_EXCEPT, CHECK_EXC_MATCH, RERAISE) and Python/ceval.c (do_raise, exception chaining).

import type { OpHandler } from '../signals';
import type { Runtime } from '../runtime';
import type { PyObj } from '../../objects/object';
import { decref, incref, xdecref } from '../../heap/refcount';
import { raise, PyException, isException, type ExceptionObj } from '../../objects/exception';
import { exceptionMatches, isTypeObject, callObject } from '../../objects/protocol';
import { releaseEntry } from '../stackref';

/** Turn the operand of `raise` into an exception instance (owned). Consumes `o`. */
function instantiate(rt: Runtime, o: PyObj): PyObj {
  if (isTypeObject(rt, o)) {
    if (!(o as unknown as { isException: boolean }).isException) {
      decref(rt, o, 'raise operand');
      raise(rt, 'TypeError', 'exceptions must derive from BaseException');
    }
    try {
      return callObject(rt, o, [], null);
    } finally {
      decref(rt, o, 'raise operand');
    }
  }
  if (!isException(o)) {
    decref(rt, o, 'raise operand');
    raise(rt, 'TypeError', 'exceptions must derive from BaseException');
  }
  return o;
}

export const RAISE_VARARGS: OpHandler = (rt, f, arg) => {
  if (arg === 0) {
    const cur = rt.handledException;
    if (!cur) raise(rt, 'RuntimeError', 'No active exception to reraise');
    incref(rt, cur, 'raised exception');
    const re = new PyException(cur);
    re.chained = true;
    re.reraised = true;
    throw re;
  }
  let cause: PyObj | null = null;
  if (arg === 2) cause = f.popOwned(rt);
  const exc = instantiate(rt, f.popOwned(rt)!);
  if (cause) {
    const c = cause === rt.None ? null : instantiate(rt, cause);
    if (cause === rt.None) decref(rt, cause, 'raise cause');
    const e = exc as ExceptionObj;
    const old = e.cause;
    e.cause = c;
    e.suppressContext = true;
    xdecref(rt, old, '__cause__');
  }
  throw new PyException(exc);
};

export const PUSH_EXC_INFO: OpHandler = (rt, f) => {
  const exc = f.popOwned(rt)!;
  const prev = rt.handledException;
  f.push(prev ?? (incref(rt, rt.None, 'value stack'), rt.None));
  incref(rt, exc, 'handled exception');
  rt.handledException = exc;
  f.push(exc);
};

export const POP_EXCEPT: OpHandler = (rt, f) => {
  const prev = f.popOwned(rt)!;
  const cur = rt.handledException;
  rt.handledException = prev === rt.None ? null : prev;
  if (prev === rt.None) decref(rt, prev, 'popped from value stack');
  xdecref(rt, cur, 'handled exception');
};

export const CHECK_EXC_MATCH: OpHandler = (rt, f) => {
  const type = f.take()!;
  const b = f.takenBorrowed();
  const exc = f.top()!;
  let m: boolean;
  try {
    m = exceptionMatches(rt, exc, type);
  } finally {
    releaseEntry(rt, type, b);
  }
  f.push(rt.bool(m));
};

export const RERAISE: OpHandler = (rt, f) => {
  const exc = f.popOwned(rt)!;
  const re = new PyException(exc);
  re.chained = true;
  re.reraised = true;
  throw re;
};

export const LOAD_ASSERTION_ERROR: OpHandler = (rt, f) => {
  incref(rt, rt.types.AssertionError, 'value stack');
  f.push(rt.types.AssertionError);
};
