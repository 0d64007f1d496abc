// Stack manipulation opcodes. Mirrors Python/bytecodes.c (NOP, POP_TOP, PUSH_NULL, COPY, SWAP).
import type { OpHandler } from '../signals';
import { incref } from '../../heap/refcount';

export const NOP: OpHandler = () => {};

export const POP_TOP: OpHandler = (rt, f) => {
  f.popRelease(rt);
};

export const PUSH_NULL: OpHandler = (_rt, f) => {
  f.push(null);
};

export const COPY: OpHandler = (rt, f, arg) => {
  const i = f.sp - arg;
  const o = f.stack[i];
  if (o) incref(rt, o, 'value stack (COPY)');
  f.push(o);
};

export const SWAP: OpHandler = (_rt, f, arg) => {
  const top = f.sp - 1;
  const other = f.sp - arg;
  [f.stack[top], f.stack[other]] = [f.stack[other], f.stack[top]];
  [f.borrowed[top], f.borrowed[other]] = [f.borrowed[other], f.borrowed[top]];
};

export const END_FOR: OpHandler = (rt, f) => {
  f.popRelease(rt);
};
