// Traceback objects: one entry per frame an exception passes through, newest (outermost) first.
// Mirrors Python/traceback.c (PyTraceBack_Here, tb_next/tb_frame/tb_lasti/tb_lineno, tb_dealloc)
// and the unwinding in Python/ceval.c: every frame the exception leaves or is caught in adds an
// entry, except a re-raise (bare `raise`, RERAISE), which keeps the traceback as it is.

import type { PyObj } from '../objects/object';
import type { Runtime } from './runtime';
import type { Frame } from './frame';
import type { ExceptionObj } from '../objects/exception';
import { defineType } from '../objects/types';
import { incref, xdecref } from '../heap/refcount';
import { frameObjectOf, type FrameObj } from './frameobject';

export interface TracebackObj extends PyObj {
  next: TracebackObj | null;
  frame: FrameObj | null;
  lasti: number;
  lineno: number;
}

/** PyTraceBack_Here: prepend an entry for frame `f` at instruction `pc` to the exception's traceback. */
export function addTraceback(rt: Runtime, exc: PyObj, f: Frame, pc: number): void {
  const e = exc as ExceptionObj;
  const pm = rt.profile.platformModel;
  const fo = frameObjectOf(rt, f);
  incref(rt, fo, 'tb_frame');
  const ins = f.code.code.instructions[pc];
  const type = rt.types.traceback;
  // tb_next takes over the exception's reference to the previous head
  const tb = rt.alloc<TracebackObj>(type, {
    next: e.traceback as TracebackObj | null, frame: fo, lasti: pc * 2, lineno: ins?.loc?.line ?? f.line,
  }, pm.gcHeadBytes + pm.pointerBytes * 4 + 8);
  rt.gc.track(tb);
  e.traceback = tb;
}

defineType({
  key: 'traceback', name: 'traceback', isGC: true, baseType: false,
  slots: {
    traverse(o, visit) {
      const tb = o as TracebackObj;
      if (tb.next) visit(tb.next, 'tb_next');
      if (tb.frame) visit(tb.frame, 'tb_frame');
    },
    dealloc: dropLinks,
    clear: dropLinks,
    getattr(rt, o, name) {
      const tb = o as TracebackObj;
      switch (name) {
        case 'tb_next': { const v = tb.next ?? rt.None; incref(rt, v, 'attribute value'); return v; }
        case 'tb_frame': { const v = tb.frame ?? rt.None; incref(rt, v, 'attribute value'); return v; }
        case 'tb_lineno': return rt.newInt(tb.lineno);
        case 'tb_lasti': return rt.newInt(tb.lasti);
        default: return null;
      }
    },
  },
});

/** Deallocation and the collector's clear both drop the entry's two references, links first unset. */
function dropLinks(rt: Runtime, o: PyObj): void {
  const tb = o as TracebackObj;
  const next = tb.next, frame = tb.frame;
  tb.next = null;
  tb.frame = null;
  xdecref(rt, next, 'tb_next');
  xdecref(rt, frame, 'tb_frame');
}
