// The evaluation loop. Mirrors Python/ceval.c (_PyEval_EvalFrameDefault): fetch an instruction,
// run its handler, and on an exception consult the code object's exception table (3.11+ "zero-cost"
// exceptions): pop the value stack down to the handler's depth, push the exception, jump.
// Automatic GC runs at instruction boundaries (the eval breaker); line events feed the trace.

import type { Runtime } from './runtime';
import type { Frame } from './frame';
import type { ExceptionTableEntry, Instruction } from '../compiler/code';
import type { Opcode } from '../compiler/opcodes';
import { PyException, type ExceptionObj } from '../objects/exception';
import { RETURN, YIELD, type FrameResult, type OpHandler, type Signal } from './signals';
import { incref, xdecref } from '../heap/refcount';
import * as stack from './ops/stack';
import * as load from './ops/load';
import * as attr from './ops/attr';
import * as operators from './ops/operators';
import * as build from './ops/build';
import * as iter from './ops/iter';
import * as jumps from './ops/jumps';
import { CALL, CALL_KW, CALL_FUNCTION_EX, MAKE_FUNCTION, LOAD_BUILD_CLASS, RETURN_VALUE } from './ops/calls';
import * as imports from './ops/imports';
import * as exceptions from './ops/exceptions';
import { addTraceback } from './traceback';
import { REBIND_ANY, REBIND_FAST, REBIND_NAME } from '../trace/recorder';

const HANDLERS: Record<string, OpHandler> = {
  ...stack, ...load, ...attr, ...operators, ...build, ...iter, ...jumps, CALL, CALL_KW, CALL_FUNCTION_EX, MAKE_FUNCTION, LOAD_BUILD_CLASS, RETURN_VALUE, ...imports, ...exceptions,
};

export function handlerFor(op: Opcode): OpHandler | undefined {
  return HANDLERS[op];
}

/**
 * Opcodes that change a name binding. STORE_FAST and STORE_NAME rebind one name of the running
 * frame, which the trace can note by itself; after the others it looks at all frames again.
 */
const BINDING_OPS: Record<string, number> = {
  STORE_FAST: REBIND_FAST, STORE_NAME: REBIND_NAME,
  DELETE_FAST: REBIND_ANY, LOAD_FAST_AND_CLEAR: REBIND_ANY, DELETE_NAME: REBIND_ANY, STORE_GLOBAL: REBIND_ANY,
  DELETE_GLOBAL: REBIND_ANY, STORE_DEREF: REBIND_ANY, DELETE_DEREF: REBIND_ANY, MAKE_CELL: REBIND_ANY,
  COPY_FREE_VARS: REBIND_ANY, IMPORT_NAME: REBIND_ANY,
};

/**
 * Per code object, resolved once: each instruction's handler and how it rebinds a name. An
 * opcode without a handler gets one that reports the bug when (and only if) it is reached, so the
 * loop itself checks nothing per instruction.
 */
interface Dispatch {
  handlers: OpHandler[];
  /** The instruction's index in HOT_OPS plus one, or 0 (called through `handlers`). */
  hot: Uint8Array;
  args: Int32Array;
  /** The instruction's line, or NO_LINE for artificial instructions. */
  lines: Int32Array;
  /** 0, or the REBIND_* kind of the instruction. */
  binds: Uint8Array;
}
const NO_LINE = -1;

/**
 * The opcodes loops spend their time in. The loop calls their handlers by name, so the JIT can
 * inline them; the rest go through the handler table (an indirect call it cannot inline). The
 * order matches the cases of `dispatchHot`.
 */
const HOT_OPS: readonly Opcode[] = [
  'LOAD_FAST', 'LOAD_FAST_BORROW', 'STORE_FAST', 'LOAD_CONST', 'LOAD_SMALL_INT', 'JUMP', 'POP_JUMP_IF_FALSE',
  'POP_JUMP_IF_TRUE', 'POP_TOP', 'BINARY_OP', 'COMPARE_OP', 'LOAD_NAME', 'STORE_NAME', 'LOAD_GLOBAL', 'FOR_ITER',
];

function dispatchHot(hot: number, rt: Runtime, f: Frame, arg: number): Signal {
  switch (hot) {
    case 1: return load.LOAD_FAST(rt, f, arg);
    case 2: return load.LOAD_FAST_BORROW(rt, f, arg);
    case 3: return load.STORE_FAST(rt, f, arg);
    case 4: return load.LOAD_CONST(rt, f, arg);
    case 5: return load.LOAD_SMALL_INT(rt, f, arg);
    case 6: return jumps.JUMP(rt, f, arg);
    case 7: return jumps.POP_JUMP_IF_FALSE(rt, f, arg);
    case 8: return jumps.POP_JUMP_IF_TRUE(rt, f, arg);
    case 9: return stack.POP_TOP(rt, f, arg);
    case 10: return operators.BINARY_OP(rt, f, arg);
    case 11: return operators.COMPARE_OP(rt, f, arg);
    case 12: return load.LOAD_NAME(rt, f, arg);
    case 13: return load.STORE_NAME(rt, f, arg);
    case 14: return load.LOAD_GLOBAL(rt, f, arg);
    case 15: return iter.FOR_ITER(rt, f, arg);
  }
  return rt.bug(`no hot opcode ${hot}`);
}
const dispatchCache = new WeakMap<Instruction[], Dispatch>();

function dispatchFor(instrs: Instruction[]): Dispatch {
  let d = dispatchCache.get(instrs);
  if (!d) {
    const missing = (op: Opcode): OpHandler => (rt) => rt.bug(`no handler for ${op}`);
    // One entry past the last instruction, so running off the end (a compiler bug: code ends in a
    // return or a raise) reports itself without a bounds test on every instruction.
    const pastEnd: OpHandler = (rt, f) => rt.bug(`pc ${f.pc - 1} out of range in ${f.code.code.name}`);
    d = {
      handlers: [...instrs.map((ins) => HANDLERS[ins.op] ?? missing(ins.op)), pastEnd],
      hot: Uint8Array.from([...instrs.map((ins) => HOT_OPS.indexOf(ins.op) + 1), 0]),
      args: Int32Array.from([...instrs.map((ins) => ins.arg), 0]),
      lines: Int32Array.from([...instrs.map((ins) => (ins.loc ? ins.loc.line : NO_LINE)), NO_LINE]),
      binds: Uint8Array.from([...instrs.map((ins) => BINDING_OPS[ins.op] ?? 0), 0]),
    };
    dispatchCache.set(instrs, d);
  }
  return d;
}

function findHandler(table: ExceptionTableEntry[], pc: number): ExceptionTableEntry | null {
  for (const e of table) if (e.start <= pc && pc < e.end) return e;
  return null;
}

/** PEP 3134 implicit chaining, done once, in the frame where the exception was raised. */
function chainContext(rt: Runtime, e: PyException): void {
  if (e.chained) return;
  e.chained = true;
  const handled = rt.handledException;
  if (!handled || handled === e.exc) return;
  const exc = e.exc as ExceptionObj;
  if (!exc.type.isException) return;
  // avoid creating a cycle in the context chain
  for (let c: ExceptionObj | null = handled as ExceptionObj; c; c = c.context as ExceptionObj | null) {
    if (c === exc) return;
  }
  const old = exc.context;
  incref(rt, handled, '__context__');
  exc.context = handled;
  xdecref(rt, old, '__context__');
}

/** Run a frame until it returns or yields. The frame is pushed on the frame stack meanwhile. */
export function runFrame(rt: Runtime, f: Frame): FrameResult {
  rt.frames.push(f);
  if (rt.tracing) rt.trace.framesDirty = true;
  try {
    return loop(rt, f);
  } finally {
    rt.frames.pop();
    if (rt.tracing) rt.trace.framesDirty = true;
  }
}

function loop(rt: Runtime, f: Frame): FrameResult {
  const code = f.code.code;
  const table = code.exceptionTable;
  const { handlers, hot, args, lines, binds } = dispatchFor(code.instructions);
  const everyInstruction = rt.granularity === 'instruction';
  // tracing is switched on before the program's first frame runs, never during one
  const tracing = rt.tracing;
  const watchesSteps = rt.watchesSteps;
  const gc = rt.gc;
  for (;;) {
    const pc = f.pc;
    f.pc = pc + 1;
    try {
      if (gc.pending) gc.runPending();
      const line = lines[pc];
      // a step: a new line, every instruction on request, or a jump back within the line
      if (line !== NO_LINE && (line !== f.line || everyInstruction || pc < f.lastPc)) {
        f.line = line;
        if (++rt.steps > rt.maxSteps) rt.stepsExhausted();
        if (watchesSteps) rt.onStep(f, pc);
      }
      f.lastPc = pc;
      if (++rt.instructions > rt.maxInstructions) rt.instructionsExhausted();
      if (tracing && binds[pc] !== 0) rt.trace.rebound(binds[pc], args[pc]);
      const h = hot[pc];
      const sig = h !== 0 ? dispatchHot(h, rt, f, args[pc]) : handlers[pc](rt, f, args[pc]);
      // (most handlers return nothing: one test for both signals)
      if (sig) {
        if (sig === RETURN) return { kind: 'return', value: rt.takeReturnValue() };
        if (sig === YIELD) return { kind: 'yield', value: rt.takeYieldValue() };
      }
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      chainContext(rt, e);
      // PyTraceBack_Here: this frame's entry, unless the exception was re-raised right here
      if (e.reraised) e.reraised = false;
      else addTraceback(rt, e.exc, f, pc);
      const entry = findHandler(table, pc);
      if (!entry) throw e;
      while (f.sp > entry.depth) f.popRelease(rt);
      f.push(e.exc);
      f.pc = entry.target;
    }
  }
}
