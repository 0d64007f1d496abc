// Iteration. Mirrors Python/bytecodes.c (GET_ITER, FOR_ITER in its 3.11 form: the exhausted
// iterator is popped and released, YIELD_VALUE).

import type { OpHandler } from '../signals';
import { YIELD } from '../signals';
import type { PyObj } from '../../objects/object';
import { getIter, iterNext } from '../../objects/protocol';
import { releaseEntry } from '../stackref';

export const GET_ITER: OpHandler = (rt, f) => {
  const o = f.take()!;
  const b = f.takenBorrowed();
  let it: PyObj;
  try {
    it = getIter(rt, o);
  } finally {
    releaseEntry(rt, o, b);
  }
  f.push(it);
};

export const FOR_ITER: OpHandler = (rt, f, arg) => {
  const it = f.top()!;
  const v = iterNext(rt, it);
  if (v) {
    f.push(v);
    return;
  }
  f.popRelease(rt);
  f.pc = arg;
};

export const YIELD_VALUE: OpHandler = (rt, f) => {
  const v = f.popOwned(rt)!;
  rt.yieldValue = v;
  return YIELD;
};
