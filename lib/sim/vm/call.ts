// Calling a Python function: binding arguments to the new frame's fast locals and running it.
// Mirrors Python/ceval.c (initialize_locals, missing_arguments, too_many_positional) and
// Objects/genobject.c for generator code (the call returns a generator holding the frame).

import type { PyObj } from '../objects/object';
import type { Runtime } from './runtime';
import type { FunctionObj } from '../objects/function';
import type { DictObj } from '../objects/dict';
import { decref, incref } from '../heap/refcount';
import { raise, PyException } from '../objects/exception';
import { newTuple } from '../objects/tuple';
import { newDict, dictSet, dictGetStr } from '../objects/dict';
import { Frame } from './frame';
import { allocateHeapFrame } from './frameobject';
import { runFrame, handlerFor } from './eval';
import type { GeneratorObj } from '../objects/generator';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/**
 * Bind arguments into a fresh frame. With `owned`, the references in args/kwargs are moved into the
 * frame (3.11+); otherwise the frame takes its own references (3.10).
 */
export function bindArguments(
  rt: Runtime, fn: FunctionObj, frame: Frame, args: PyObj[], kwargs: Map<string, PyObj> | null, owned: boolean,
  argsBorrowed: boolean[] | null = null,
): void {
  const code = fn.code.code;
  const fast = frame.fast;
  if (argsBorrowed && argsBorrowed.some((b) => b)) {
    // 3.14 borrowed arguments: bind them as owned references, then turn the ones that landed in a
    // parameter slot back into borrowed slots (what went into *args / **kwargs keeps its reference)
    const pending = new Map<PyObj, number>();
    const all = [...args, ...(kwargs ? kwargs.values() : [])];
    all.forEach((v, i) => {
      if (!argsBorrowed[i]) return;
      incref(rt, v, 'argument (borrowed)');
      pending.set(v, (pending.get(v) ?? 0) + 1);
    });
    bindArguments(rt, fn, frame, args, kwargs, owned, null);
    const nparams = code.argCount + code.kwOnlyArgCount;
    for (let i = 0; i < nparams; i++) {
      const v = fast[i];
      const n = v ? pending.get(v) ?? 0 : 0;
      if (!v || n === 0) continue;
      pending.set(v, n - 1);
      frame.fastBorrowed[i] = true;
      decref(rt, v, 'argument (borrowed)');
    }
    return;
  }
  const take = (o: PyObj, why: string): PyObj => {
    if (!owned) incref(rt, o, why);
    return o;
  };
  const fname = code.qualname;
  const nparams = code.argCount;
  const kwonly = code.kwOnlyArgCount;
  const used = new Set<number>();
  const leftovers: PyObj[] = [];
  try {
    const npos = Math.min(args.length, nparams);
    for (let i = 0; i < npos; i++) {
      fast[i] = take(args[i], `argument ${code.localsplusNames[i]}`);
      used.add(i);
    }
    let slot = nparams + kwonly;
    if (code.flags.varargs) {
      const extra = args.slice(npos).map((a) => take(a, 'tuple item'));
      for (let i = npos; i < args.length; i++) used.add(-1 - i);
      fast[slot] = newTuple(rt, extra);
      slot++;
    } else if (args.length > nparams) {
      const ndef = fn.defaults ? (fn.defaults as unknown as { items: PyObj[] }).items.length : 0;
      const given = args.length;
      const takes = ndef ? `from ${nparams - ndef} to ${nparams} positional arguments` : plural(nparams, 'positional argument');
      raise(rt, 'TypeError', `${fname}() takes ${takes} but ${given} ${given === 1 ? 'was' : 'were'} given`);
    }
    let kwdict: DictObj | null = null;
    if (code.flags.varkeywords) {
      kwdict = newDict(rt);
      fast[slot] = kwdict;
    }
    if (kwargs) {
      for (const [name, v] of kwargs) {
        const idx = code.localsplusNames.indexOf(name);
        if (idx >= code.posOnlyArgCount && idx < nparams + kwonly) {
          if (fast[idx]) raise(rt, 'TypeError', `${fname}() got multiple values for argument '${name}'`);
          fast[idx] = take(v, `argument ${name}`);
          continue;
        }
        if (kwdict) {
          const k = rt.str(name);
          dictSet(rt, kwdict, k, v);
          decref(rt, k, 'temporary');
          if (owned) decref(rt, v, 'moved into **kwargs');
          continue;
        }
        raise(rt, 'TypeError', `${fname}() got an unexpected keyword argument '${name}'`);
      }
    }
    // defaults
    const defaults = fn.defaults ? (fn.defaults as unknown as { items: PyObj[] }).items : [];
    const firstDefault = nparams - defaults.length;
    const missing: string[] = [];
    for (let i = 0; i < nparams; i++) {
      if (fast[i]) continue;
      if (i >= firstDefault) {
        const d = defaults[i - firstDefault];
        incref(rt, d, `argument ${code.localsplusNames[i]} (default)`);
        fast[i] = d;
      } else missing.push(code.localsplusNames[i]);
    }
    if (missing.length) raise(rt, 'TypeError', `${fname}() missing ${plural(missing.length, 'required positional argument')}: ${nameList(missing)}`);
    const kwmissing: string[] = [];
    for (let i = nparams; i < nparams + kwonly; i++) {
      if (fast[i]) continue;
      const d = fn.kwdefaults ? dictGetStr(fn.kwdefaults as DictObj, code.localsplusNames[i]) : null;
      if (d) {
        incref(rt, d, 'argument (keyword default)');
        fast[i] = d;
      } else kwmissing.push(code.localsplusNames[i]);
    }
    if (kwmissing.length) raise(rt, 'TypeError', `${fname}() missing ${plural(kwmissing.length, 'required keyword-only argument')}: ${nameList(kwmissing)}`);
  } catch (e) {
    // arguments that were moved to us but not placed must still be released
    if (owned) {
      const placed = new Set(fast.filter((x): x is PyObj => x !== null));
      for (const a of args) if (!placed.has(a)) leftovers.push(a);
      if (kwargs) for (const v of kwargs.values()) if (!placed.has(v)) leftovers.push(v);
    }
    for (const l of leftovers) decref(rt, l, 'argument released');
    throw e;
  }
}

/**
 * Call a Python function; returns a new reference. `owned`: the argument references move into the
 * frame. `funcMoved`: the caller's reference to the function moves into the frame (3.11+ CALL).
 */
export function callPythonFunction(
  rt: Runtime, fn: FunctionObj, args: PyObj[], kwargs: Map<string, PyObj> | null, owned: boolean, funcMoved = false,
  /** Per argument (positional then keyword values): the moved reference is borrowed (3.14). */
  argsBorrowed: boolean[] | null = null,
): PyObj {
  const code = fn.code.code;
  if (rt.frames.length >= rt.recursionLimit) {
    if (owned) {
      for (const a of args) decref(rt, a, 'argument released');
      if (kwargs) for (const v of kwargs.values()) decref(rt, v, 'argument released');
    }
    if (funcMoved) decref(rt, fn, 'function released');
    raise(rt, 'RecursionError', 'maximum recursion depth exceeded');
  }
  const frame = new Frame(fn.code, fn, fn.globals, fn.builtins, null, !rt.profile.execution.heapFrameObjects);
  allocateHeapFrame(rt, frame);
  frame.acquire(rt, funcMoved);
  try {
    bindArguments(rt, fn, frame, args, kwargs, owned, argsBorrowed);
  } catch (e) {
    frame.release(rt);
    throw e;
  }
  if (code.flags.generator) return newGenerator(rt, frame, code.name);
  let result;
  try {
    result = runFrame(rt, frame);
  } finally {
    frame.exit(rt);
  }
  return result.value;
}

export function newGenerator(rt: Runtime, frame: Frame, name: string): GeneratorObj {
  // the prologue (cells, free variables) runs at call time, before the generator object exists
  // (3.11+: the instructions before RETURN_GENERATOR)
  const instrs = frame.code.code.instructions;
  while (frame.pc < instrs.length && (instrs[frame.pc].op === 'MAKE_CELL' || instrs[frame.pc].op === 'COPY_FREE_VARS')) {
    const ins = instrs[frame.pc++];
    handlerFor(ins.op)!(rt, frame, ins.arg);
  }
  frame.suspended = true;
  frame.ownedByGenerator = true;
  const g = rt.alloc<GeneratorObj>(rt.types.generator, { frame, name, running: false }, rt.profile.platformModel.gcHeadBytes + rt.profile.platformModel.pointerBytes * 10);
  rt.gc.track(g);
  return g;
}

/** generator.__next__: resume the frame; null when exhausted. */
export function resumeGenerator(rt: Runtime, g: GeneratorObj): PyObj | null {
  const frame = g.frame;
  if (!frame || frame.done) return null;
  if (g.running) raise(rt, 'ValueError', 'generator already executing');
  g.running = true;
  frame.suspended = false;
  if (frame.started) {
    incref(rt, rt.None, 'value sent into generator');
    frame.push(rt.None);
  }
  frame.started = true;
  let r;
  // the caller (often native code such as sum()) may hold references we cannot enumerate
  rt.nativeDepth++;
  try {
    r = runFrame(rt, frame);
  } catch (e) {
    rt.nativeDepth--;
    g.running = false;
    g.frame = null;
    frame.exit(rt);
    if (e instanceof PyException && e.exc.type === rt.types.StopIteration) {
      decref(rt, e.exc, 'exception replaced');
      raise(rt, 'RuntimeError', 'generator raised StopIteration');
    }
    throw e;
  }
  rt.nativeDepth--;
  g.running = false;
  if (r.kind === 'yield') {
    frame.suspended = true;
    return r.value;
  }
  g.frame = null;
  frame.exit(rt);
  decref(rt, r.value, 'generator return value');
  return null;
}
