// A small hand-written trace in the schema of lib/sim/trace/schema.ts: test data for the memory
// view's model and components (not simulator output; the simulator's own tests cover that).
import type { ObjectView, Trace } from '@/lib/sim/trace/schema';

export const one: ObjectView = { id: 0x1000, type: 'int', repr: '1', rc: 1_000_000, size: 28, flags: 'ic' };
export const list1: ObjectView = { id: 0x2a0, type: 'list', repr: '[1]', rc: 1, size: 64, flags: 't', gen: 0, refs: [0x1000] };
export const list2: ObjectView = { ...list1, rc: 2 };
export const tmp: ObjectView = { id: 0x300, type: 'str', repr: "'tmp'", rc: 1, size: 52, flags: '' };

export const trace: Trace = {
  schema: 1,
  profile: '3.13-64bit',
  granularity: 'line',
  snapshotEvery: 2,
  stdout: '',
  error: null,
  stoppedBy: null,
  events: [
    { k: 'alloc', id: 0x2a0, type: 'list' }, // during step 0
    { k: 'ref', id: 0x2a0, d: 1, why: 'a bound', rc: 1 },
    { k: 'alloc', id: 0x300, type: 'str' },
    { k: 'ref', id: 0x2a0, d: 1, why: 'b bound', rc: 2 }, // during step 1
    { k: 'ref', id: 0x300, d: -1, why: 'popped from the stack', rc: 0 },
    { k: 'free', id: 0x300, by: 'refcount' },
  ],
  steps: [
    { i: 0, line: 1, offset: -1, ev: 0, frames: [{ name: '<module>', line: 1, names: {}, stack: [] }], changed: [], freed: [] },
    { i: 1, line: 2, offset: -1, ev: 3, frames: [{ name: '<module>', line: 2, names: { a: 0x2a0 }, stack: [0x300] }], changed: [list1, tmp], freed: [] },
    { i: 2, line: 3, offset: -1, ev: 6, frames: [{ name: '<module>', line: 3, names: { a: 0x2a0, b: 0x2a0 }, stack: [] }], changed: [list2], freed: [0x300] },
  ],
  snapshots: [
    { step: 0, objects: [one] },
    { step: 2, objects: [one, list2] },
  ],
};

