// The sequence iterator over __getitem__ (iter() of an object without __iter__). Mirrors
// Objects/iterobject.c (PySeqIter_Type): calls obj[0], obj[1], ... until IndexError.

import type { PyObj } from './object';
import type { Runtime } from '../vm/runtime';
import { defineType } from './types';
import { decref, incref, xdecref } from '../heap/refcount';
import { PyException } from './exception';
import { getItem } from './protocol';
import { isSubtype } from './object';

interface SeqGetitemIterObj extends PyObj {
  seq: PyObj | null;
  index: number;
}

/** Takes over a reference to `seq`. */
export function newSeqGetitemIter(rt: Runtime, seq: PyObj): PyObj {
  const it = rt.alloc<SeqGetitemIterObj>(rt.types.callable_iterator, { seq, index: 0 }, rt.profile.platformModel.gcHeadBytes + rt.profile.platformModel.pointerBytes * 4);
  it.type = rt.types.callable_iterator;
  (it as unknown as { kind: string }).kind = 'seq';
  rt.gc.track(it);
  return it;
}

defineType({
  key: 'callable_iterator', name: 'iterator', isGC: true, baseType: false,
  slots: {
    traverse(o, visit) {
      const s = (o as SeqGetitemIterObj).seq;
      if (s) visit(s, 'iterated object');
    },
    dealloc(rt, o) {
      const it = o as SeqGetitemIterObj;
      const s = it.seq;
      it.seq = null;
      xdecref(rt, s, 'iterated object');
    },
    iter: (rt, o) => (incref(rt, o, 'iterator'), o),
    next(rt, o) {
      const it = o as SeqGetitemIterObj;
      if (!it.seq) return null;
      const idx = rt.newInt(it.index);
      try {
        const v = getItem(rt, it.seq, idx);
        it.index++;
        return v;
      } catch (e) {
        if (e instanceof PyException && (isSubtype(e.exc.type, rt.types.IndexError) || isSubtype(e.exc.type, rt.types.StopIteration))) {
          decref(rt, e.exc, 'exception handled');
          const s = it.seq;
          it.seq = null;
          xdecref(rt, s, 'iterated object');
          return null;
        }
        throw e;
      } finally {
        decref(rt, idx, 'temporary');
      }
    },
  },
});
