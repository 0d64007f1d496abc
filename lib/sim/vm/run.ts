// Running a program: compile, build the runtime and its modules, run the module code in a fresh
// __main__, and report stdout, the uncaught exception's last line, and the trace.
// Mirrors Python/pythonrun.c (pyrun_file / run_mod) and Modules/main.c's handling of an uncaught
// exception (its last traceback line on stderr, exit status 1).

import type { Profile } from '../versions/profile';
import type { Trace } from '../trace/schema';
import { compile } from '../compiler';
import { GuestError, SimulatorBug, Unsupported } from '../errors';
import { Runtime, BudgetExceeded, type RunOptions } from './runtime';
import { Frame } from './frame';
import { runFrame } from './eval';
import { finalizeInterpreter } from './shutdown';
import { applyStartupState } from './startup';
import { ConstantPool, materializeCode } from './loader';
import { createBuiltinsModule } from '../modules/builtins';
import { createModule, setName } from '../modules/module';
import { PyException, exceptionLastLine } from '../objects/exception';
import { decref } from '../heap/refcount';
import type { ModuleObj } from '../objects/function';
import { refuseMissingBuiltins } from '../modules/refusals';
import { dictItems } from '../objects/dict';
import { applyStartupInterned, type StrObj } from '../objects/str';
import { flushStdout, stdoutIsPiped } from '../modules/stdout';

export interface RunResult {
  stdout: string;
  /** The uncaught exception's last traceback line, a refusal, a budget message, or null. */
  error: string | null;
  errorKind: 'guest' | 'unsupported' | 'budget' | 'bug' | null;
  stderr: string;
  trace: Trace | null;
  /** The runtime after the run (tests inspect it). */
  runtime: Runtime | null;
}

/** Set up builtins, sys.modules and an empty __main__. */
export function initRuntime(rt: Runtime): ModuleObj {
  const builtins = createBuiltinsModule(rt);
  rt.builtins = builtins;
  rt.builtinsDict = builtins.dict;
  rt.modules.set('builtins', builtins);
  const main = createModule(rt, '__main__', {});
  setName(rt, main.dict, '__builtins__', builtins);
  setName(rt, main.dict, '__doc__', rt.None);
  rt.main = main;
  rt.modules.set('__main__', main);
  applyStartupInterned(rt);
  return main;
}

export function runSource(source: string, profile: Profile, options: RunOptions = {}, filename = '<string>'): RunResult {
  let code;
  try {
    code = compile(source, filename, profile.compiler);
  } catch (e) {
    if (e instanceof GuestError) return result('', e.lastLine(), 'guest', '', null, null);
    if (e instanceof Unsupported) return result('', `Unsupported: ${e.message}`, 'unsupported', '', null, null);
    return result('', `SimulatorBug: ${describe(e)}`, 'bug', '', null, null);
  }
  let rt: Runtime | null = null;
  try {
    rt = new Runtime(profile, options);
    const main = initRuntime(rt);
    try {
      refuseMissingBuiltins(code, new Set(dictItems(rt.builtinsDict).map((e) => (e.key as StrObj).value)));
    } catch (e) {
      if (e instanceof Unsupported) return result('', `Unsupported: ${e.message}`, 'unsupported', '', null, null);
      throw e;
    }
    applyStartupState(rt);
    const codeObj = materializeCode(rt, code, new ConstantPool(rt));
    const frame = new Frame(codeObj, null, main.dict, rt.builtinsDict, main.dict);
    frame.acquire(rt);
    decref(rt, codeObj, 'temporary');
    let error: string | null = null;
    let kind: RunResult['errorKind'] = null;
    if (options.trace) {
      rt.tracing = true;
      rt.trace.begin();
    }
    try {
      const r = runFrame(rt, frame);
      decref(rt, r.value, 'module result');
    } catch (e) {
      if (e instanceof PyException) {
        error = safeLastLine(rt, e);
        kind = 'guest';
      } else if (e instanceof Unsupported) {
        // a refusal only knowable at the point of use (e.g. a real attribute of a built-in type)
        error = `Unsupported: ${e.message}`;
        kind = 'unsupported';
      } else if (e instanceof BudgetExceeded) {
        error = e.message;
        kind = 'budget';
        if (rt.tracing) rt.trace.event({ k: 'budget', message: e.message });
      } else throw e;
    } finally {
      if (kind !== 'budget' && kind !== 'unsupported') {
        rt.finalStep(frame);
        frame.exit(rt);
      }
    }
    if (kind !== 'budget' && kind !== 'unsupported') {
      // the script's AST arena is freed after the module finished
      const arena = rt.astArena.splice(0);
      for (const o of arena) decref(rt, o, 'AST arena');
      // flush_io: what stdout kept pending is written before the interpreter finalizes
      if (stdoutIsPiped(rt)) flushStdout(rt);
      // shutdown's events follow the final step (which shows the program's heap at its end); when
      // finalizers ran lines, their steps follow and a closing step shows what shutdown freed
      const steps = rt.tracing ? rt.trace.steps.count : 0;
      finalizeInterpreter(rt);
      if (rt.tracing && steps > 0 && rt.trace.steps.count > steps) rt.exitStep(rt.trace.steps.lineOf(steps - 1));
    }
    const trace = rt.tracing ? rt.trace.finish(profile.id, rt.stdout.join(''), error, kind === 'budget' ? 'steps' : null) : null;
    return result(rt.stdout.join(''), error, kind, rt.stderr.join(''), trace, rt);
  } catch (e) {
    const out = rt ? rt.stdout.join('') : '';
    if (e instanceof BudgetExceeded) return result(out, e.message, 'budget', '', null, rt);
    if (e instanceof SimulatorBug) return result(out, `SimulatorBug: ${e.message}`, 'bug', '', null, rt);
    return result(out, `SimulatorBug: ${describe(e)}`, 'bug', '', null, rt);
  }
}

function safeLastLine(rt: Runtime, e: PyException): string {
  try {
    return exceptionLastLine(rt, e.exc);
  } catch {
    return e.exc.type.name;
  }
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}${e.stack ? '\n' + e.stack.split('\n').slice(1, 4).join('\n') : ''}`;
  return String(e);
}

function result(stdout: string, error: string | null, errorKind: RunResult['errorKind'], stderr: string, trace: Trace | null, runtime: Runtime | null): RunResult {
  return { stdout, error, errorKind, stderr, trace, runtime };
}

export { SimulatorBug };
