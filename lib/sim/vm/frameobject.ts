// Frame objects (PyFrameObject), made lazily for a running frame when Python code needs one (a
// traceback entry, sys._getframe). Mirrors Objects/frameobject.c (f_back, f_code, f_locals,
// f_globals, f_lineno; frame_dealloc, frame_tp_clear) and Python/frame.c (take_ownership: a frame
// whose object outlives the call hands its locals, stack and namespaces to the object, and links
// f_back to the caller's frame object, creating it).

import type { PyObj, Visit } from '../objects/object';
import type { Runtime } from './runtime';
import type { Frame } from './frame';
import type { DictObj } from '../objects/dict';
import type { CodeObj } from '../objects/function';
import { defineType } from '../objects/types';
import { decref, incref, xdecref } from '../heap/refcount';
import { newDict, dictDelStr } from '../objects/dict';
import { newStr } from '../objects/str';
import { VM_BEHAVIOUR } from './behaviour';
import { newFrameLocalsProxy } from '../objects/framelocalsproxy';

export interface FrameObj extends PyObj {
  /** The interpreter frame: running (borrowed), or owned after the call returned (`owned`). */
  frame: Frame;
  owned: boolean;
  /** f_back: a strong reference, set when the object takes its frame over. */
  back: FrameObj | null;
  /** f_extra_locals (3.13+): names written through f_locals that are not locals of the code. */
  extraLocals?: DictObj | null;
}

/** sys.getsizeof(frame): the fixed part, then one pointer per fast local and value-stack slot (co_framesize). */
function frameObjectBytes(rt: Runtime, code: Frame['code']): number {
  const pm = rt.profile.platformModel;
  const layout = VM_BEHAVIOUR[rt.profile.python].frameObjectLayout;
  const slots = code.code.localsplusNames.length + code.code.stackSize;
  return pm.gcHeadBytes + layout.fixedBytes + (layout.pointers + slots) * pm.pointerBytes;
}

/** The frame's frame object, created on first use (_PyFrame_GetFrameObject). Borrowed. */
export function frameObjectOf(rt: Runtime, f: Frame): FrameObj {
  if (f.obj) return f.obj;
  // created untracked (_PyFrame_New_NoTrack); tracked when it takes its frame over
  const o = rt.alloc<FrameObj>(rt.types.frame, { frame: f, owned: false, back: null }, frameObjectBytes(rt, f.code));
  if (f.memory !== null) {
    // 3.10: the frame object is the heap frame the call already has; the object takes its block
    rt.gc.onFree(rt.addresses.free(o.id, o.allocSize, 'frame', rt.headerOffset(o.type)));
    o.id = f.memory;
    f.memory = null;
  }
  f.obj = o;
  return o;
}

/**
 * 3.10 (profile.execution.heapFrameObjects): every call has a heap PyFrameObject. A code object
 * keeps its last finished frame for the next call (co_zombieframe); other frames come from and go
 * to the frame free list (frameobject.c). Later versions keep frames on the data stack: no block.
 */
const zombieFrames = new WeakMap<CodeObj, number>();
const seeded = new WeakSet<Runtime>();

/** The frames start-up left on the free list (VmBehaviour.startupParkedFrames), parked on first use. */
function seedStartupFrames(rt: Runtime): void {
  seeded.add(rt);
  const { count, bytes } = VM_BEHAVIOUR[rt.profile.python].startupParkedFrames;
  const gcHead = rt.profile.platformModel.gcHeadBytes;
  const blocks = Array.from({ length: count }, () => rt.addresses.alloc(bytes, 'frame', gcHead));
  for (const b of blocks.reverse()) rt.addresses.free(b, bytes, 'frame', gcHead);
}

export function allocateHeapFrame(rt: Runtime, f: Frame): void {
  if (!rt.profile.execution.heapFrameObjects) return;
  if (!seeded.has(rt)) seedStartupFrames(rt);
  const zombie = zombieFrames.get(f.code);
  if (zombie !== undefined) {
    zombieFrames.delete(f.code);
    f.memory = zombie;
    return;
  }
  // a GC allocation (PyObject_GC_NewVar), not counted again when it comes from the free list
  f.memory = rt.gcBlockAlloc(frameObjectBytes(rt, f.code), 'frame');
}

/** The call finished without a frame object: its block becomes the code's zombie frame or is freed. */
export function freeHeapFrame(rt: Runtime, f: Frame): void {
  const address = f.memory;
  if (address === null) return;
  f.memory = null;
  if (!zombieFrames.has(f.code)) zombieFrames.set(f.code, address);
  else rt.gcBlockFree(address, frameObjectBytes(rt, f.code), 'frame');
}

/** take_ownership: the call finished while its frame object is referenced elsewhere. */
export function adoptFrame(rt: Runtime, o: FrameObj, caller: Frame | null): void {
  o.owned = true;
  o.frame.done = true;
  if (caller && !o.back) {
    o.back = frameObjectOf(rt, caller);
    incref(rt, o.back, 'f_back');
  }
  if (!o.tracked) rt.gc.track(o);
}

/** The running frame that called `f` (null for the outermost or a finished frame). */
function callerOf(rt: Runtime, f: Frame): Frame | null {
  const i = rt.frames.lastIndexOf(f);
  return i > 0 ? rt.frames[i - 1] : null;
}

/**
 * locals() / f_locals of a function frame. 3.10-3.12 (PyFrame_FastToLocals): the frame keeps one
 * dict, refreshed from the fast locals on every call (unbound names removed) and returned each
 * time. 3.13+ (PEP 667): a fresh snapshot each call. New reference.
 */
export function frameLocals(rt: Runtime, f: Frame): DictObj {
  if (f.locals) return (incref(rt, f.locals, 'locals()'), f.locals);
  const cached = !rt.profile.execution.localsSnapshot;
  let d = cached ? f.localsCache : null;
  if (!d) {
    d = newDict(rt);
    if (cached) {
      f.localsCache = d;
      incref(rt, d, 'f_locals');
    }
  } else incref(rt, d, 'locals()');
  const names = f.code.code.localsplusNames;
  f.fast.forEach((_v, i) => {
    const value = f.localValue(i);
    if (!value) {
      if (cached) dictDelStr(rt, d!, names[i]);
      return;
    }
    const k = newStr(rt, names[i]);
    rt.dictSet(d!, k, value);
    decref(rt, k, 'temporary');
  });
  return d;
}

function frameTraverse(o: PyObj, visit: Visit): void {
  const fo = o as FrameObj;
  if (fo.back) visit(fo.back, 'f_back');
  if (fo.extraLocals) visit(fo.extraLocals, 'f_extra_locals');
  if (fo.owned) fo.frame.traverse(visit);
}

defineType({
  key: 'frame', name: 'frame', isGC: true, baseType: false,
  slots: {
    traverse: frameTraverse,
    dealloc(rt, o) {
      // frame_dealloc: an owned frame's locals, stack and namespaces, then f_back
      const fo = o as FrameObj;
      if (fo.owned) {
        fo.owned = false;
        fo.frame.release(rt);
      }
      const back = fo.back;
      fo.back = null;
      xdecref(rt, back, 'f_back');
      const extra = fo.extraLocals ?? null;
      fo.extraLocals = null;
      xdecref(rt, extra, 'f_extra_locals');
    },
    clear(rt, o) {
      // frame_tp_clear: f_extra_locals, then the locals and stack
      const fo = o as FrameObj;
      const extra = fo.extraLocals ?? null;
      fo.extraLocals = null;
      xdecref(rt, extra, 'f_extra_locals');
      if (fo.owned) fo.frame.clearLocals(rt);
    },
    repr: (_rt, o) => {
      const f = (o as FrameObj).frame;
      return `<frame at 0x${o.id.toString(16)}, file '${f.code.code.filename}', line ${f.line}, code ${f.code.code.name}>`;
    },
    getattr(rt, o, name) {
      const fo = o as FrameObj;
      const f = fo.frame;
      let v: PyObj | null = null;
      switch (name) {
        case 'f_code': v = f.code; break;
        case 'f_globals': v = f.globals; break;
        case 'f_builtins': v = f.builtins; break;
        case 'f_lineno': return rt.newInt(f.line);
        case 'f_locals':
          // 3.13+ (PEP 667, the release that made locals() a snapshot): a live proxy for a function frame
          if (rt.profile.execution.localsSnapshot && !f.locals) return newFrameLocalsProxy(rt, fo);
          return frameLocals(rt, f);
        case 'f_back': {
          const caller = fo.back ? null : callerOf(rt, f);
          v = fo.back ?? (caller ? frameObjectOf(rt, caller) : rt.None);
          break;
        }
        default: return null;
      }
      incref(rt, v, 'attribute value');
      return v;
    },
  },
});
