// 3.14's borrowed local loads. Mirrors optimize_load_fast in Python/flowgraph.c (gh-130704): within
// each basic block, simulate which stack entries were pushed by LOAD_FAST; a LOAD_FAST becomes
// LOAD_FAST_BORROW unless its reference is stored into a local (STORE_FAST), the local it came from
// is overwritten or deleted while the reference is still on the stack, or the reference is still on
// the stack when the block ends. A LOAD_FAST right after a STORE_FAST on the same line is fused into
// STORE_FAST_LOAD_FAST before this pass in CPython and so is never borrowed; two adjacent LOAD_FASTs
// on one line are fused into LOAD_FAST_LOAD_FAST and are borrowed only together.

import type { CodeObject } from './code';
import { JUMP_OPCODES, OPCODE_DOCS, type Opcode } from './opcodes';

/** How many items an instruction pops and pushes (not just the net effect). */
export function stackIO(op: Opcode, arg: number): [pops: number, pushes: number] {
  switch (op) {
    case 'NOP': case 'END_FOR': case 'JUMP': case 'MAKE_CELL': case 'COPY_FREE_VARS': case 'DELETE_FAST':
    case 'DELETE_NAME': case 'DELETE_GLOBAL': case 'DELETE_DEREF':
      return [0, 0];
    case 'POP_TOP': case 'STORE_FAST': case 'STORE_NAME': case 'STORE_GLOBAL': case 'STORE_DEREF':
    case 'DELETE_ATTR': case 'POP_JUMP_IF_FALSE': case 'POP_JUMP_IF_TRUE': case 'POP_JUMP_IF_NONE':
    case 'POP_JUMP_IF_NOT_NONE': case 'RETURN_VALUE': case 'POP_EXCEPT': case 'RERAISE':
      return [1, 0];
    case 'STORE_ATTR': case 'DELETE_SUBSCR':
      return [2, 0];
    case 'STORE_SUBSCR':
      return [3, 0];
    case 'STORE_SLICE':
      return [4, 0];
    case 'BINARY_SLICE':
      return [3, 1];
    case 'LIST_APPEND': case 'SET_ADD': case 'LIST_EXTEND': case 'SET_UPDATE': case 'DICT_UPDATE': case 'DICT_MERGE':
      return [1, 0];
    case 'MAP_ADD':
      return [2, 0];
    case 'FOR_ITER':
      return [0, 1];
    case 'IMPORT_FROM':
      return [0, 1];
    case 'CHECK_EXC_MATCH':
      return [1, 1];
    case 'PUSH_EXC_INFO':
      return [1, 2];
    case 'RAISE_VARARGS':
      return [arg, 0];
    default: {
      const net = OPCODE_DOCS[op].effect(arg);
      // Consumers of n inputs that push one result.
      switch (op) {
        case 'CALL': return [arg + 2, 1];
        case 'CALL_KW': return [arg + 3, 1];
        case 'CALL_FUNCTION_EX': return [3 + (arg & 1), 1];
        case 'BUILD_TUPLE': case 'BUILD_LIST': case 'BUILD_SET': case 'BUILD_STRING': case 'BUILD_SLICE':
          return [arg, 1];
        case 'BUILD_MAP': return [2 * arg, 1];
        case 'BUILD_CONST_KEY_MAP': return [arg + 1, 1];
        case 'UNPACK_SEQUENCE': return [1, arg];
        case 'UNPACK_EX': return [1, (arg & 0xff) + (arg >> 8) + 1];
        case 'MAKE_FUNCTION': return [1 + net * -1, 1];
        case 'LOAD_GLOBAL': return [0, 1 + (arg & 1)];
        default:
          // Pure producers (net +1, no input) or one/two-input operators with one result.
          if (net >= 1) return [0, net];
          return [1 - net, 1];
      }
    }
  }
}

interface Ref {
  /** Instruction index of the LOAD_FAST that pushed it, or -1. */
  load: number;
  local: number;
}

/**
 * Which LOAD_FASTs read a local that may be unbound on some path (CPython emits LOAD_FAST_CHECK for
 * them: add_checks_for_loads_of_uninitialized_variables in Python/flowgraph.c). Parameters start
 * bound; STORE_FAST binds (except a restore of a maybe-NULL value); DELETE_FAST and
 * LOAD_FAST_AND_CLEAR unbind; a checked load leaves the local bound. Exception handlers start with
 * the union of the states in the range they protect.
 */
export function loadsNeedingCheck(code: CodeObject, maybeNullStores: ReadonlySet<number>): Set<number> {
  const ins = code.instructions;
  const n = ins.length;
  let params = code.argCount + code.kwOnlyArgCount + (code.flags.varargs ? 1 : 0) + (code.flags.varkeywords ? 1 : 0);
  if (code.kind === 'comprehension' || code.kind === 'genexpr') params = 1;
  let initial = 0n;
  code.localsplusKinds.forEach((k, i) => {
    if (k.local && i >= params) initial |= 1n << BigInt(i);
  });
  const state: (bigint | null)[] = new Array(n).fill(null);
  const needsCheck = new Set<number>();
  const work: number[] = [];
  const merge = (i: number, s: bigint) => {
    if (i >= n) return;
    const cur = state[i];
    const next = cur === null ? s : cur | s;
    if (next !== cur) {
      state[i] = next;
      work.push(i);
    }
  };
  merge(0, initial);
  while (work.length > 0) {
    const i = work.pop()!;
    let s = state[i]!;
    for (const h of code.exceptionTable) if (i >= h.start && i < h.end) merge(h.target, s);
    const x = ins[i]!;
    const bit = 1n << BigInt(x.arg);
    switch (x.op) {
      case 'LOAD_FAST':
        if (s & bit) {
          needsCheck.add(i);
          s &= ~bit;
        }
        break;
      case 'STORE_FAST':
        s = maybeNullStores.has(i) ? s | bit : s & ~bit;
        break;
      case 'DELETE_FAST':
      case 'LOAD_FAST_AND_CLEAR':
        s |= bit;
        break;
    }
    if (JUMP_OPCODES.has(x.op)) {
      merge(x.arg, s);
      if (x.op === 'JUMP') continue;
    }
    if (x.op === 'RETURN_VALUE' || x.op === 'RAISE_VARARGS' || x.op === 'RERAISE') continue;
    merge(i + 1, s);
  }
  return needsCheck;
}

export function applyBorrowedLoads(code: CodeObject, maybeNullStores: ReadonlySet<number> = new Set()): void {
  const ins = code.instructions;
  const n = ins.length;
  const blockStart = new Array<boolean>(n + 1).fill(false);
  blockStart[0] = true;
  ins.forEach((x, i) => {
    if (JUMP_OPCODES.has(x.op)) {
      blockStart[x.arg] = true;
      blockStart[i + 1] = true;
    }
    if (x.op === 'RETURN_VALUE' || x.op === 'RAISE_VARARGS' || x.op === 'RERAISE') blockStart[i + 1] = true;
  });
  for (const h of code.exceptionTable) {
    blockStart[h.target] = true;
    blockStart[h.start] = true;
    blockStart[h.end] = true;
  }
  const notBorrowable = new Array<boolean>(n).fill(false);
  // LOAD_FAST_CHECK is never turned into a borrow.
  for (const i of loadsNeedingCheck(code, maybeNullStores)) notBorrowable[i] = true;
  // CPython forms superinstructions first, greedily left to right (insert_superinstructions).
  const pairs: number[] = [];
  for (let i = 0; i + 1 < n; ) {
    const x = ins[i]!;
    const y = ins[i + 1]!;
    if (!blockStart[i + 1] && sameLine(x.loc, y.loc) && x.arg < 16 && y.arg < 16) {
      if (x.op === 'STORE_FAST' && y.op === 'LOAD_FAST') {
        notBorrowable[i + 1] = true;
        i += 2;
        continue;
      }
      if (x.op === 'LOAD_FAST' && y.op === 'LOAD_FAST') {
        pairs.push(i);
        i += 2;
        continue;
      }
      if (x.op === 'STORE_FAST' && y.op === 'STORE_FAST') {
        i += 2;
        continue;
      }
    }
    i++;
  }

  let stack: Ref[] = [];
  const pop = (): Ref => stack.pop() ?? { load: -1, local: -1 };
  const kill = (local: number) => {
    for (const r of stack) if (r.local === local && r.load >= 0) notBorrowable[r.load] = true;
  };
  const endBlock = () => {
    for (const r of stack) if (r.load >= 0) notBorrowable[r.load] = true;
    stack = [];
  };
  for (let i = 0; i < n; i++) {
    if (blockStart[i]) endBlock();
    const x = ins[i]!;
    switch (x.op) {
      case 'LOAD_FAST':
        stack.push({ load: i, local: x.arg });
        break;
      case 'STORE_FAST': {
        const r = pop();
        if (r.load >= 0) notBorrowable[r.load] = true;
        kill(x.arg);
        break;
      }
      case 'DELETE_FAST':
      case 'MAKE_CELL':
        kill(x.arg);
        break;
      case 'LOAD_FAST_AND_CLEAR':
        kill(x.arg);
        stack.push({ load: -1, local: -1 });
        break;
      case 'COPY': {
        const r = stack[stack.length - x.arg] ?? { load: -1, local: -1 };
        stack.push(r);
        break;
      }
      case 'SWAP': {
        const a = stack.length - 1;
        const b = stack.length - x.arg;
        if (b >= 0) [stack[a], stack[b]] = [stack[b]!, stack[a]!];
        else if (a >= 0) {
          // The other item is below the block's start: it is not one of ours.
          stack[a] = { load: -1, local: -1 };
        }
        break;
      }
      case 'LOAD_ATTR':
        if (x.arg & 1) {
          // The method form passes the object through as `self`.
          const self = pop();
          stack.push({ load: -1, local: -1 }, self);
        } else {
          pop();
          stack.push({ load: -1, local: -1 });
        }
        break;
      default: {
        const [pops, pushes] = stackIO(x.op, x.arg);
        for (let k = 0; k < pops; k++) pop();
        for (let k = 0; k < pushes; k++) stack.push({ load: -1, local: -1 });
      }
    }
  }
  endBlock();

  // Fused LOAD_FAST pairs are borrowed together or not at all.
  for (const i of pairs) {
    if (notBorrowable[i] || notBorrowable[i + 1]) notBorrowable[i] = notBorrowable[i + 1] = true;
  }
  ins.forEach((x, i) => {
    if (x.op === 'LOAD_FAST' && !notBorrowable[i]) x.op = 'LOAD_FAST_BORROW';
  });
}

function sameLine(a: { line: number } | null, b: { line: number } | null): boolean {
  if (!a || !b) return true;
  return a.line === b.line;
}
