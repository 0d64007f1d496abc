// Jumps. Mirrors Python/bytecodes.c (JUMP, POP_JUMP_IF_FALSE/TRUE/NONE/NOT_NONE).
import type { OpHandler } from '../signals';
import { isTrue } from '../../objects/protocol';
import { releaseEntry } from '../stackref';

export const JUMP: OpHandler = (_rt, f, arg) => {
  f.pc = arg;
};

function popTest(test: (rt: Parameters<OpHandler>[0], o: NonNullable<ReturnType<typeof Array.prototype.pop>>) => boolean): OpHandler {
  return (rt, f, arg) => {
    const o = f.take()!;
    const b = f.takenBorrowed();
    if (rt.boolsImmortal && (o === rt.True || o === rt.False)) {
      // the usual case after a comparison: nothing to release
      if (test(rt, o)) f.pc = arg;
      return;
    }
    let jump: boolean;
    try {
      jump = test(rt, o);
    } finally {
      releaseEntry(rt, o, b);
    }
    if (jump) f.pc = arg;
  };
}

export const POP_JUMP_IF_FALSE: OpHandler = popTest((rt, o) => !isTrue(rt, o));
export const POP_JUMP_IF_TRUE: OpHandler = popTest((rt, o) => isTrue(rt, o));
export const POP_JUMP_IF_NONE: OpHandler = popTest((rt, o) => o === rt.None);
export const POP_JUMP_IF_NOT_NONE: OpHandler = popTest((rt, o) => o !== rt.None);
