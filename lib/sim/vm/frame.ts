// Frames: fast locals (localsplus), the value stack holding real references, the namespaces.
// Mirrors Include/internal/pycore_frame.h (_PyInterpreterFrame: f_executable, f_funcobj, f_globals,
// f_builtins, f_locals, localsplus with the stack after the locals) and Python/frame.c
// (_PyFrame_ClearExceptCode: locals then stack released in slot order).

import type { PyObj, Visit } from '../objects/object';
import type { Runtime } from './runtime';
import type { CodeObj, FunctionObj } from '../objects/function';
import type { DictObj } from '../objects/dict';
import { adoptFrame, freeHeapFrame, type FrameObj } from './frameobject';
import { decref, incref, xdecref } from '../heap/refcount';
import { VM_BEHAVIOUR } from './behaviour';

export class Frame {
  /** localsplus: arguments, locals, cells, free variables. */
  readonly fast: (PyObj | null)[];
  /** Parallel to fast: the slot holds a borrowed reference (3.14 arguments passed by LOAD_FAST_BORROW). */
  readonly fastBorrowed: boolean[];
  /**
   * The value stack, entries 0 to sp - 1; null = C NULL. Sized once to the code's stack size (as
   * CPython sizes localsplus), so pushes and pops only move sp.
   */
  readonly stack: (PyObj | null)[];
  /** Parallel to stack: true where the entry is a borrowed reference (LOAD_FAST_BORROW). */
  readonly borrowed: boolean[];
  /** The stack pointer: the number of entries on the value stack. */
  sp = 0;
  pc = 0;
  line = 0;
  /** Previous instruction index (a backward jump starts a new line event). */
  lastPc = -1;
  /** Generators: the frame is suspended (not on the frame stack). */
  suspended = false;
  /** Generators: the body has started (a resume pushes the sent value). */
  started = false;
  /** A generator's frame: the generator object holds its references. */
  ownedByGenerator = false;
  done = false;
  /**
   * The frame object (PyFrameObject), made when something asks for it (a traceback entry,
   * sys._getframe); the interpreter frame holds one reference (frame->frame_obj).
   */
  obj: FrameObj | null = null;
  /** 3.10-3.12: the dict locals() / f_locals fill and return (frame->f_locals of a function frame). */
  localsCache: DictObj | null = null;
  /** 3.10: the address of the call's heap frame until a frame object takes it (vm/frameobject.ts). */
  memory: number | null = null;

  constructor(
    readonly code: CodeObj,
    readonly func: FunctionObj | null,
    readonly globals: DictObj,
    readonly builtins: DictObj,
    /** Module and class bodies: the namespace dict (module: the globals). */
    readonly locals: DictObj | null,
    /** 3.11+ frames own a reference to their function (f_funcobj); 3.10 frames do not. */
    readonly ownsFunc = true,
  ) {
    this.fast = new Array(code.code.localsplusNames.length).fill(null);
    this.fastBorrowed = new Array(this.fast.length).fill(false);
    this.stack = filled(code.code.stackSize, null);
    this.borrowed = filled(code.code.stackSize, false);
  }

  /** Take the references the frame itself holds (code, function, namespaces). */
  acquire(rt: Runtime, funcMoved = false): void {
    incref(rt, this.code, 'frame code');
    if (this.func && this.ownsFunc && !funcMoved) incref(rt, this.func, 'frame function');
    incref(rt, this.globals, 'frame globals');
    if (this.locals) incref(rt, this.locals, 'frame locals');
  }

  get name(): string {
    return this.code.code.name;
  }

  /** The value of local slot i as Python sees it (a cell's contents for cell and free variables); borrowed, null if unbound. */
  localValue(i: number): PyObj | null {
    const v = this.fast[i] ?? null;
    const kind = this.code.code.localsplusKinds[i];
    if (v && (kind.cell || kind.free)) return (v as unknown as { ref: PyObj | null }).ref;
    return v;
  }

  /** Push a strong reference (or C NULL). */
  push(o: PyObj | null): void {
    const sp = this.sp++;
    this.stack[sp] = o;
    this.borrowed[sp] = false;
  }

  /** Push an entry keeping its ownership (3.14: a borrowed reference, LOAD_FAST_BORROW). */
  pushEntry(o: PyObj | null, borrowed: boolean): void {
    const sp = this.sp++;
    this.stack[sp] = o;
    this.borrowed[sp] = borrowed;
  }

  top(): PyObj | null {
    return this.stack[this.sp - 1];
  }

  /**
   * Remove the top entry and return it as it was, owned or borrowed (takenBorrowed() tells which,
   * until the next push): no reference is taken or released.
   */
  take(): PyObj | null {
    const sp = --this.sp;
    const o = this.stack[sp];
    this.stack[sp] = null;
    return o;
  }

  /** Whether the entry take() just removed was borrowed. */
  takenBorrowed(): boolean {
    return this.borrowed[this.sp];
  }

  /** Pop an entry as an owned reference (a borrowed entry gets its own reference). */
  popOwned(rt: Runtime): PyObj | null {
    const o = this.take();
    if (o && this.borrowed[this.sp]) incref(rt, o, 'stack entry made strong');
    return o;
  }

  /** Pop an entry and release it. */
  popRelease(rt: Runtime): void {
    const o = this.take();
    if (o && !this.borrowed[this.sp]) decref(rt, o, 'popped from value stack');
  }

  /** Pop n entries (bottom first) without releasing; pair with releaseAll. */
  popN(n: number): { items: (PyObj | null)[]; borrowed: boolean[] } {
    const from = this.sp - n;
    const items = this.stack.slice(from, this.sp);
    const borrowed = this.borrowed.slice(from, this.sp);
    this.stack.fill(null, from, this.sp);
    this.sp = from;
    return { items, borrowed };
  }

  /** The value stack's entries, bottom first (ids for the trace; no references taken). */
  stackEntries(): (PyObj | null)[] {
    return this.stack.slice(0, this.sp);
  }

  /** Visit every strong reference the frame holds (for the GC of generators and the invariant checker). */
  traverse(visit: Visit): void {
    visit(this.code, 'frame code');
    if (this.func && this.ownsFunc) visit(this.func, 'frame function');
    visit(this.globals, 'frame globals');
    if (this.locals) visit(this.locals, 'frame locals');
    if (this.obj) visit(this.obj, 'frame object');
    if (this.localsCache) visit(this.localsCache, 'f_locals');
    const names = this.code.code.localsplusNames;
    this.fast.forEach((v, i) => { if (v && !this.fastBorrowed[i]) visit(v, visit.named ? `local ${names[i]}` : 'local'); });
    for (let i = 0; i < this.sp; i++) {
      const v = this.stack[i];
      if (v && !this.borrowed[i]) visit(v, visit.named ? `value stack ${i}` : 'value stack');
    }
  }

  /** Release everything the frame holds: locals in slot order, then the stack, then the namespaces. */
  release(rt: Runtime): void {
    this.done = true;
    const o = this.obj;
    this.obj = null;
    xdecref(rt, o, 'frame object');
    this.clearLocals(rt);
    freeHeapFrame(rt, this);
    const cache = this.localsCache;
    this.localsCache = null;
    xdecref(rt, cache, 'f_locals');
    if (this.locals) decref(rt, this.locals, 'frame locals');
    decref(rt, this.globals, 'frame globals');
    if (this.func && this.ownsFunc) decref(rt, this.func, 'frame function');
    decref(rt, this.code, 'frame code');
  }

  /**
   * A finished frame: when its frame object is referenced elsewhere (a traceback, a name), the frame
   * object takes the frame over with everything it holds (take_ownership in Python/frame.c);
   * otherwise the frame object goes and the frame is released.
   */
  exit(rt: Runtime): void {
    const o = this.obj;
    if (o) {
      this.obj = null;
      if (o.ob.rc > 1) {
        // the frame below (already popped from rt.frames) becomes f_back
        adoptFrame(rt, o, rt.frames[rt.frames.length - 1] ?? null);
        decref(rt, o, 'frame object');
        return;
      }
      decref(rt, o, 'frame object');
    }
    this.release(rt);
  }

  /** Locals and value stack only (frame_tp_clear; release() also does this first). */
  clearLocals(rt: Runtime): void {
    const clearLocal = (i: number) => {
      const v = this.fast[i];
      if (!v) return;
      this.fast[i] = null;
      if (this.fastBorrowed[i]) this.fastBorrowed[i] = false;
      else decref(rt, v, `local ${this.code.code.localsplusNames[i]} (frame exit)`);
    };
    if (VM_BEHAVIOUR[rt.profile.python].frameClearsTopDown) {
      while (this.sp) this.popRelease(rt);
      for (let i = this.fast.length - 1; i >= 0; i--) clearLocal(i);
    } else {
      for (let i = 0; i < this.fast.length; i++) clearLocal(i);
      while (this.sp) this.popRelease(rt);
    }
  }
}

/** A packed array of n copies of value (new Array(n).fill would leave it holey, slower to index). */
function filled<T>(n: number, value: T): T[] {
  const a: T[] = [];
  for (let i = 0; i < n; i++) a.push(value);
  return a;
}
