// Structural checks on a finished code object: every index an instruction or the exception table
// uses is in range, and the stack never goes negative. A failure is our bug, never the learner's.
// (CPython's equivalent assertions live in Python/flowgraph.c and Objects/codeobject.c.)

import { SimulatorBug } from '../errors';
import type { CodeObject } from './code';
import { ARG_KINDS, JUMP_OPCODES, OPCODE_DOCS } from './opcodes';

export function validateCode(code: CodeObject): void {
  const n = code.instructions.length;
  const bug = (msg: string): never => {
    throw new SimulatorBug(`invalid code object ${code.qualname}: ${msg}`);
  };
  if (n === 0) bug('no instructions');
  const last = code.instructions[n - 1]!.op;
  if (!['RETURN_VALUE', 'RERAISE', 'RAISE_VARARGS', 'JUMP'].includes(last)) bug(`falls off the end after ${last}`);
  code.instructions.forEach((ins, i) => {
    const kind = ARG_KINDS[ins.op];
    const a = ins.arg;
    if (!Number.isInteger(a) || a < 0) bug(`#${i} ${ins.op} has arg ${a}`);
    if (JUMP_OPCODES.has(ins.op) && a >= n) bug(`#${i} ${ins.op} jumps to ${a} of ${n}`);
    if (kind === 'const' && a >= code.consts.length) bug(`#${i} const ${a}`);
    if ((kind === 'name' && a >= code.names.length) || ((kind === 'global' || kind === 'attr') && a >> 1 >= code.names.length)) bug(`#${i} name ${a}`);
    if (kind === 'local' && a >= code.localsplusNames.length) bug(`#${i} slot ${a}`);
  });
  for (const h of code.exceptionTable) {
    if (!(h.start < h.end && h.end <= n && h.target < n && h.depth >= 0)) bug(`bad exception entry ${JSON.stringify(h)}`);
  }
  if (code.localsplusNames.length !== code.localsplusKinds.length) bug('slot kinds');
  if (new Set(code.localsplusNames).size !== code.localsplusNames.length) bug('duplicate slot names');
  // Stack depth along every path stays within [0, stackSize].
  const depth = new Array<number>(n).fill(-1);
  const work: [number, number][] = [[0, 0]];
  for (const h of code.exceptionTable) work.push([h.target, h.depth + 1]);
  while (work.length > 0) {
    const [i, d] = work.pop()!;
    if (i >= n || depth[i] === d) continue;
    if (depth[i]! >= 0 && depth[i] !== d) bug(`#${i} reached with stack depths ${depth[i]} and ${d}`);
    depth[i] = d;
    const ins = code.instructions[i]!;
    const doc = OPCODE_DOCS[ins.op];
    const next = d + doc.effect(ins.arg);
    if (next < 0 || next > code.stackSize) bug(`#${i} ${ins.op} leaves depth ${next}`);
    if (JUMP_OPCODES.has(ins.op)) {
      work.push([ins.arg, d + (doc.jumpEffect ?? doc.effect)(ins.arg)]);
      if (ins.op === 'JUMP') continue;
    }
    if (ins.op === 'RETURN_VALUE' || ins.op === 'RAISE_VARARGS' || ins.op === 'RERAISE') continue;
    work.push([i + 1, next]);
  }
  for (const c of code.consts) if (c.kind === 'code') validateCode(c.code);
}
