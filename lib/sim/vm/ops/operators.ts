// Unary, binary and comparison operators. Mirrors Python/bytecodes.c (UNARY_*, BINARY_OP,
// COMPARE_OP, IS_OP, CONTAINS_OP) over Objects/abstract.c's number protocol.

import type { OpHandler } from '../signals';
import type { Frame } from '../frame';
import type { PyObj, BinOp, CompareOp } from '../../objects/object';
import { BINARY_OPS, INPLACE_OFFSET, COMPARE_OPS } from '../../compiler/opcodes';
import { binaryOp, unaryOp, richCompare, isTrue, contains } from '../../objects/protocol';
import { releaseEntry } from '../stackref';

const SYMBOL_TO_OP: Record<string, BinOp> = {
  '+': 'add', '&': 'and', '//': 'floordiv', '<<': 'lshift', '@': 'matmul', '*': 'mul', '%': 'mod',
  '|': 'or', '**': 'pow', '>>': 'rshift', '-': 'sub', '/': 'truediv', '^': 'xor',
};
const CMP: Record<string, CompareOp> = { '<': 'lt', '<=': 'le', '==': 'eq', '!=': 'ne', '>': 'gt', '>=': 'ge' };

function pop(f: Frame): [PyObj, boolean] {
  const b = f.borrowed.pop()!;
  return [f.stack.pop()!, b];
}

function unary(kind: 'neg' | 'pos' | 'invert'): OpHandler {
  return (rt, f) => {
    const [x, b] = pop(f);
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
  const [x, b] = pop(f);
  let t: boolean;
  try {
    t = isTrue(rt, x);
  } finally {
    releaseEntry(rt, x, b);
  }
  f.push(rt.bool(!t));
};

export const BINARY_OP: OpHandler = (rt, f, arg) => {
  const inplace = arg >= INPLACE_OFFSET;
  const sym = BINARY_OPS[inplace ? arg - INPLACE_OFFSET : arg];
  const op = SYMBOL_TO_OP[sym];
  const [rhs, rb] = pop(f);
  const [lhs, lb] = pop(f);
  let r: PyObj;
  try {
    r = binaryOp(rt, op, lhs, rhs, inplace);
  } finally {
    releaseEntry(rt, lhs, lb);
    releaseEntry(rt, rhs, rb);
  }
  f.push(r);
};

export const COMPARE_OP: OpHandler = (rt, f, arg) => {
  const [rhs, rb] = pop(f);
  const [lhs, lb] = pop(f);
  let r: PyObj;
  try {
    r = richCompare(rt, lhs, rhs, CMP[COMPARE_OPS[arg]]);
  } finally {
    releaseEntry(rt, lhs, lb);
    releaseEntry(rt, rhs, rb);
  }
  f.push(r);
};

export const IS_OP: OpHandler = (rt, f, arg) => {
  const [rhs, rb] = pop(f);
  const [lhs, lb] = pop(f);
  const same = lhs === rhs;
  releaseEntry(rt, lhs, lb);
  releaseEntry(rt, rhs, rb);
  f.push(rt.bool(arg ? !same : same));
};

export const CONTAINS_OP: OpHandler = (rt, f, arg) => {
  const [container, cb] = pop(f);
  const [item, ib] = pop(f);
  let found: boolean;
  try {
    found = contains(rt, container, item);
  } finally {
    releaseEntry(rt, item, ib);
    releaseEntry(rt, container, cb);
  }
  f.push(rt.bool(arg ? !found : found));
};
