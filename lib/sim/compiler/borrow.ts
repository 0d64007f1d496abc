// 3.14's borrowed local loads. Mirrors optimize_load_fast in Python/flowgraph.c (gh-130704): within
// each basic block, simulate which stack entries were pushed by LOAD_FAST; a LOAD_FAST becomes
// LOAD_FAST_BORROW unless its reference is stored into a local (STORE_FAST), the local it came from
// is overwritten or deleted while the reference is still on the stack, or the reference is still on
// the stack when the block ends. A LOAD_FAST right after a STORE_FAST on the same line is fused into
// STORE_FAST_LOAD_FAST before this pass in CPython and so is never borrowed; two adjacent LOAD_FASTs
// on one line are fused into LOAD_FAST_LOAD_FAST and are borrowed only together.
//
// CPython runs the pass on its final block layout, after SETUP_* became NOPs, visiting blocks from the
// entry along jumps and fall-through only: code reached only through an exception handler is never
// analysed and keeps LOAD_FAST. 3.14.0-3.14.x also stop a fall-through at an empty block (gh-138250),
// which a try statement whose handlers hold dead code leaves between its body and what follows.
// Earlier passes shape the blocks too: a jump to a small block that leaves the code object was
// replaced by a copy of it, and a protected range ends without ending a block (POP_BLOCK).

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

/**
 * `cuts`: instruction positions that CPython's final layout precedes with an emptied dead block
 * (the handler section of a try statement that holds unreachable code stays in place there).
 */
export function applyBorrowedLoads(
  code: CodeObject,
  maybeNullStores: ReadonlySet<number> = new Set(),
  cuts: ReadonlySet<number> = new Set(),
): void {
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
  // A protected range starts a block where CPython's SETUP_* pseudo-instruction ended one; its end
  // (POP_BLOCK) and the resumption of an outer range after an inner one do not.
  const handlerSeen = new Set<number>();
  for (const h of code.exceptionTable) {
    blockStart[h.target] = true;
    if (!handlerSeen.has(h.target)) blockStart[h.start] = true;
    handlerSeen.add(h.target);
  }
  const notBorrowable = new Array<boolean>(n).fill(false);
  // LOAD_FAST_CHECK is never turned into a borrow.
  for (const i of loadsNeedingCheck(code, maybeNullStores)) notBorrowable[i] = true;
  // CPython forms superinstructions first, greedily left to right (insert_superinstructions).
  const pairs: number[] = [];
  for (let i = 0; i + 1 < n; ) {
    const x = ins[i]!;
    const y = ins[i + 1]!;
    // A restore of a maybe-unbound local is still STORE_FAST_MAYBE_NULL at this point: never fused.
    const plainStore = x.op === 'STORE_FAST' && !maybeNullStores.has(i);
    if (!blockStart[i + 1] && sameLine(x.loc, y.loc) && x.arg < 16 && y.arg < 16) {
      if (plainStore && y.op === 'LOAD_FAST') {
        notBorrowable[i + 1] = true;
        i += 2;
        continue;
      }
      if (x.op === 'LOAD_FAST' && y.op === 'LOAD_FAST') {
        pairs.push(i);
        i += 2;
        continue;
      }
      if (plainStore && y.op === 'STORE_FAST' && !maybeNullStores.has(i + 1)) {
        i += 2;
        continue;
      }
    }
    i++;
  }

  // CPython runs this pass after pseudo-instructions are gone, so exception handlers are not
  // edges: only blocks reached from the entry by jumps and fall-through are analysed, and every
  // LOAD_FAST elsewhere (handler bodies, code reached only through a handler) stays strong.
  const visited = reachedWithoutHandlers(code, blockStart, cuts);
  let stack: Ref[] = [];
  const pop = (): Ref => stack.pop() ?? { load: -1, local: -1 };
  const kill = (local: number) => {
    for (const r of stack) if (r.local === local && r.load >= 0) notBorrowable[r.load] = true;
  };
  const endBlock = () => {
    for (const r of stack) if (r.load >= 0) notBorrowable[r.load] = true;
    stack = [];
  };
  /** Abstract effect of one instruction; `own` false for a copy CPython inlined (its loads are not ours). */
  const step = (i: number, own: boolean) => {
    const x = ins[i]!;
    switch (x.op) {
      case 'LOAD_FAST':
        stack.push(own ? { load: i, local: x.arg } : { load: -1, local: x.arg });
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
  };
  for (let i = 0; i < n; i++) {
    if (blockStart[i]) endBlock();
    if (!visited[i]) {
      if (ins[i]!.op === 'LOAD_FAST') notBorrowable[i] = true;
      continue;
    }
    step(i, true);
    // inline_small_or_no_lineno_blocks ran earlier: a jump to a small block that leaves the code
    // object was replaced by a copy of that block, so the values on the stack are consumed here.
    const exit = ins[i]!.op === 'JUMP' ? smallExitBlock(code, blockStart, ins[i]!.arg) : null;
    if (exit) for (let k = exit[0]; k < exit[1]; k++) step(k, false);
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

/**
 * Which instructions lie in blocks the 3.14 pass visits: a walk from the entry along jumps (FOR_ITER
 * included) and fall-through, never along exception-table edges. 3.14.0-3.14.x also stop the
 * fall-through walk at an empty block (gh-138250, fixed in 3.15): `cuts` are the positions where
 * CPython's layout keeps an emptied dead block between two live ones (see deadBlockCuts).
 */
function reachedWithoutHandlers(code: CodeObject, blockStart: readonly boolean[], cuts: ReadonlySet<number>): boolean[] {
  const ins = code.instructions;
  const n = ins.length;
  const seen = new Array<boolean>(n).fill(false);
  const work = [0];
  while (work.length > 0) {
    let i = work.pop()!;
    if (i >= n || seen[i]) continue;
    // Walk one block to its end.
    for (;;) {
      seen[i] = true;
      const x = ins[i]!;
      if (JUMP_OPCODES.has(x.op)) work.push(x.arg);
      if (x.op === 'JUMP' || x.op === 'RETURN_VALUE' || x.op === 'RAISE_VARARGS' || x.op === 'RERAISE') break;
      i++;
      if (i >= n || seen[i]) break;
      if (cuts.has(i)) break;
    }
  }
  return seen;
}

/** Handler code the code generator deferred to the end: `at` is where CPython's codegen emits it. */
export interface ColdSection {
  at: number;
  /** Index of the section whose emission deferred this one, or -1. */
  parent: number;
  start: number;
  end: number;
}

/**
 * CPython emits a try statement's handlers between its body and the code after it; later it moves
 * the blocks reachable from a handler to the end but leaves unreachable blocks, emptied, in place.
 * So a section (or one nested in it) holding dead code leaves an empty block at its `at` position.
 */
export function deadBlockCuts(code: CodeObject, sections: readonly ColdSection[]): Set<number> {
  const live = reachable(code);
  const cuts = new Set<number>();
  sections.forEach((sec) => {
    let dead = false;
    for (let k = sec.start; k < sec.end && !dead; k++) dead = !live[k];
    if (!dead) return;
    let top = sec;
    while (top.parent >= 0) top = sections[top.parent]!;
    // The body's `JUMP end` is replaced by a copy of a small exit block: no fall-through to cut.
    if (smallExitBlock(code, null, top.at)) return;
    cuts.add(top.at);
  });
  return cuts;
}

/** Instructions reachable from the entry along jumps, fall-through and exception-table edges. */
function reachable(code: CodeObject): boolean[] {
  const ins = code.instructions;
  const seen = new Array<boolean>(ins.length).fill(false);
  const work = [0];
  while (work.length > 0) {
    const i = work.pop()!;
    if (i >= ins.length || seen[i]) continue;
    seen[i] = true;
    const x = ins[i]!;
    for (const h of code.exceptionTable) if (i >= h.start && i < h.end) work.push(h.target);
    if (JUMP_OPCODES.has(x.op)) work.push(x.arg);
    if (x.op === 'JUMP' || x.op === 'RETURN_VALUE' || x.op === 'RAISE_VARARGS' || x.op === 'RERAISE') continue;
    work.push(i + 1);
  }
  return seen;
}

/** CPython copies a jump target of at most this many instructions that ends the code object (MAX_COPY_SIZE). */
const MAX_COPY_SIZE = 4;

/** [start, end) of the block at `target` if it is short and ends by leaving the code object. */
function smallExitBlock(code: CodeObject, blockStart: readonly boolean[] | null, target: number): [number, number] | null {
  const ins = code.instructions;
  // Sizes as CPython counts them at that stage: a call's NULL is still a separate PUSH_NULL, and
  // `return <constant>` carries a line-number NOP.
  let size = 0;
  for (let k = target; k < ins.length; k++) {
    if (k > target && blockStart?.[k]) return null;
    const x = ins[k]!;
    size += x.op === 'LOAD_GLOBAL' && x.arg & 1 ? 2 : 1;
    if (x.op === 'RETURN_VALUE' && k > target && isConstLoad(ins[k - 1]!.op)) size++;
    if (size > MAX_COPY_SIZE) return null;
    if (x.op === 'RETURN_VALUE' || x.op === 'RAISE_VARARGS' || x.op === 'RERAISE') return [target, k + 1];
    if (JUMP_OPCODES.has(x.op)) return null;
  }
  return null;
}

function isConstLoad(op: Opcode): boolean {
  return op === 'LOAD_CONST' || op === 'LOAD_SMALL_INT';
}

function sameLine(a: { line: number } | null, b: { line: number } | null): boolean {
  if (!a || !b) return true;
  return a.line === b.line;
}
