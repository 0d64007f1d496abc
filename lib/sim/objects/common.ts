// Small helpers shared by the type modules (the C helpers of Objects/abstract.c and object.c that
// every type uses). Protocol entry points with dispatch live in protocol.ts.

import type { CompareOp, PyObj } from './object';
import type { Runtime } from '../vm/runtime';
import { newBool } from './int';
import { isTrue } from './protocol';

/** Turn a three-way comparison into the bool for `op` (new reference). */
export function compareResult(rt: Runtime, c: number, op: CompareOp): PyObj {
  switch (op) {
    case 'lt': return newBool(rt, c < 0);
    case 'le': return newBool(rt, c <= 0);
    case 'eq': return newBool(rt, c === 0);
    case 'ne': return newBool(rt, c !== 0);
    case 'gt': return newBool(rt, c > 0);
    case 'ge': return newBool(rt, c >= 0);
  }
}

export function boolOf(rt: Runtime, o: PyObj): boolean {
  return isTrue(rt, o);
}

export const COMPARE_SYMBOL: Record<CompareOp, string> = { lt: '<', le: '<=', eq: '==', ne: '!=', gt: '>', ge: '>=' };
export const SWAPPED: Record<CompareOp, CompareOp> = { lt: 'gt', le: 'ge', eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le' };
