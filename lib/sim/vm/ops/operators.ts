// Unary, binary and comparison operators. Mirrors Python/bytecodes.c (UNARY_*, BINARY_OP,
// COMPARE_OP, IS_OP, CONTAINS_OP) over Objects/abstract.c's number protocol.

import type { OpHandler } from '../signals';
import type { Frame } from '../frame';
import type { Runtime } from '../runtime';
import type { PyObj, BinOp, CompareOp } from '../../objects/object';
import { BINARY_OPS, INPLACE_OFFSET, COMPARE_OPS } from '../../compiler/opcodes';
import { binaryOp, unaryOp, richCompare, isTrue, contains } from '../../objects/protocol';
import { releaseEntry, releaseIntEntry } from '../stackref';
import { compareInts, exactIntBinop, type IntObj } from '../../objects/int';

const SYMBOL_TO_OP: Record<string, BinOp> = {
  '+': 'add', '&': 'and', '//': 'floordiv', '<<': 'lshift', '@': 'matmul', '*': 'mul', '%': 'mod',
  '|': 'or', '**': 'pow', '>>': 'rshift', '-': 'sub', '/': 'truediv', '^': 'xor',
};
const CMP: Record<string, CompareOp> = { '<': 'lt', '<=': 'le', '==': 'eq', '!=': 'ne', '>': 'gt', '>=': 'ge' };

/** Whether the entry `pop` took last was borrowed (read it before popping again). */
let poppedBorrowed = false;

/** Pop an entry; its ownership is left in poppedBorrowed (no pair is allocated on the hot path). */
function pop(f: Frame): PyObj {
  const o = f.take()!;
  poppedBorrowed = f.takenBorrowed();
  return o;
}

function unary(kind: 'neg' | 'pos' | 'invert'): OpHandler {
  return (rt, f) => {
    const x = pop(f);
    const b = poppedBorrowed;
    let r: PyObj;
    try {
      r = unaryOp(rt, kind, x);
    } finally {
      releaseEntry(rt, x, b);
    }
    f.push(r);
  };
}

export const UNARY_NEGATIVE = unary('neg');
export const UNARY_POSITIVE = unary('pos');
export const UNARY_INVERT = unary('invert');

export const UNARY_NOT: OpHandler = (rt, f) => {
  const x = pop(f);
  const b = poppedBorrowed;
  let t: boolean;
  try {
    t = isTrue(rt, x);
  } finally {
    releaseEntry(rt, x, b);
  }
  f.push(rt.bool(!t));
};

/** Per BINARY_OP argument: the operation and whether it is the augmented form. */
const BINARY_KIND: readonly { op: BinOp; inplace: boolean }[] = BINARY_OPS.flatMap((_, i) => {
  const inplace = i >= INPLACE_OFFSET;
  const sym = BINARY_OPS[inplace ? i - INPLACE_OFFSET : i];
  return sym === undefined ? [] : [{ op: SYMBOL_TO_OP[sym], inplace }];
});
const COMPARE_KIND: readonly CompareOp[] = COMPARE_OPS.map((sym) => CMP[sym]);

/** Release an operator's two operands; known exact ints go the specialised way (decrefInt). */
function releaseBoth(rt: Runtime, ints: boolean, lhs: PyObj, lb: boolean, rhs: PyObj, rb: boolean): void {
  if (ints) {
    releaseIntEntry(rt, lhs, lb);
    releaseIntEntry(rt, rhs, rb);
  } else {
    releaseEntry(rt, lhs, lb);
    releaseEntry(rt, rhs, rb);
  }
}

export const BINARY_OP: OpHandler = (rt, f, arg) => {
  const { op, inplace } = BINARY_KIND[arg];
  const rhs = pop(f);
  const rb = poppedBorrowed;
  const lhs = pop(f);
  const lb = poppedBorrowed;
  // Two exact ints: no dunder or in-place method can apply (CPython's BINARY_OP_ADD_INT and kin)
  const ints = lhs.type === rt.types.int && rhs.type === rt.types.int;
  let r: PyObj;
  try {
    r = (ints && exactIntBinop(rt, op, lhs as IntObj, rhs as IntObj)) || binaryOp(rt, op, lhs, rhs, inplace);
  } finally {
    releaseBoth(rt, ints, lhs, lb, rhs, rb);
  }
  f.push(r);
};

export const COMPARE_OP: OpHandler = (rt, f, arg) => {
  const cmp = COMPARE_KIND[arg];
  const rhs = pop(f);
  const rb = poppedBorrowed;
  const lhs = pop(f);
  const lb = poppedBorrowed;
  // Two exact ints compare by value (CPython's COMPARE_OP_INT)
  const ints = lhs.type === rt.types.int && rhs.type === rt.types.int;
  let r: PyObj;
  try {
    r = ints ? compareInts(rt, lhs as IntObj, rhs as IntObj, cmp) : richCompare(rt, lhs, rhs, cmp);
  } finally {
    releaseBoth(rt, ints, lhs, lb, rhs, rb);
  }
  f.push(r);
};

export const IS_OP: OpHandler = (rt, f, arg) => {
  const rhs = pop(f);
  const rb = poppedBorrowed;
  const lhs = pop(f);
  const lb = poppedBorrowed;
  const same = lhs === rhs;
  releaseEntry(rt, lhs, lb);
  releaseEntry(rt, rhs, rb);
  f.push(rt.bool(arg ? !same : same));
};

export const CONTAINS_OP: OpHandler = (rt, f, arg) => {
  const container = pop(f);
  const cb = poppedBorrowed;
  const item = pop(f);
  const ib = poppedBorrowed;
  let found: boolean;
  try {
    found = contains(rt, container, item);
  } finally {
    releaseEntry(rt, item, ib);
    releaseEntry(rt, container, cb);
  }
  f.push(rt.bool(arg ? !found : found));
};
