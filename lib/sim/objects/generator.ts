// Generator objects for generator expressions. Mirrors Objects/genobject.c: the generator owns a
// suspended frame; next() resumes it; exhaustion (or close at dealloc) releases the frame.

import type { PyObj, Visit } from './object';
import { defineType } from './types';
import type { Frame } from '../vm/frame';

export interface GeneratorObj extends PyObj {
  frame: Frame | null;
  name: string;
  running: boolean;
}

defineType({
  key: 'generator', name: 'generator', isGC: true, weakrefable: true, baseType: false,
  slots: {
    traverse(o: PyObj, visit: Visit) {
      const g = o as GeneratorObj;
      if (g.frame) g.frame.traverse(visit);
    },
    dealloc(rt, o) {
      const g = o as GeneratorObj;
      const f = g.frame;
      g.frame = null;
      if (f) f.release(rt);
    },
    clear(rt, o) {
      const g = o as GeneratorObj;
      const f = g.frame;
      g.frame = null;
      if (f) f.release(rt);
    },
    repr: (_rt, o) => `<generator object ${(o as GeneratorObj).name} at 0x${o.id.toString(16)}>`,
    iter: (rt, o) => (rt.incref(o, 'iterator'), o),
    next: (rt, o) => rt.resumeGenerator(o as GeneratorObj),
  },
  methods: {
    close(rt, _a, _k, self) {
      const g = self as GeneratorObj;
      const f = g.frame;
      g.frame = null;
      if (f) f.release(rt);
      rt.incref(rt.None, 'result');
      return rt.None;
    },
  },
});
