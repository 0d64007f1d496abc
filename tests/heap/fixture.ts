// A small hand-written trace in the schema of lib/sim/trace/schema.ts: test data for the memory
// view's model and components (not simulator output; the simulator's own tests cover that). Also
// shared by the heap tests: a program to trace collections of, and jsdom's missing ResizeObserver.
import { columnsOfEvents, columnsOfSteps } from '@/lib/sim/trace/columns';
import type { ObjectView, Trace } from '@/lib/sim/trace/schema';

export const one: ObjectView = { id: 0x1000, type: 'int', repr: '1', rc: 1_000_000, size: 28, flags: 'ic' };
export const list1: ObjectView = { id: 0x2a0, type: 'list', repr: '[1]', rc: 1, size: 64, flags: 't', gen: 0, refs: [0x1000] };
export const list2: ObjectView = { ...list1, rc: 2 };
export const tmp: ObjectView = { id: 0x300, type: 'str', repr: "'tmp'", rc: 1, size: 52, flags: '' };

export const trace: Trace = {
  schema: 4,
  profile: '3.13-64bit',
  granularity: 'line',
  snapshotEvery: 2,
  stdout: '',
  error: null,
  stoppedBy: null,
  reasons: ['a bound', 'b bound', 'popped from the stack'],
  events: columnsOfEvents([
    ['a', 0x2a0, 'list'], // during step 0
    ['r', 0x2a0, 1, 1, 0],
    ['a', 0x300, 'str'],
    ['r', 0x2a0, 1, 2, 1], // during step 1
    ['r', 0x300, -1, 0, 2],
    ['f', 0x300, 'rc'],
  ]),
  steps: columnsOfSteps([
    { i: 0, line: 1, offset: -1, ev: 0, depth: 1, stack: [], frames: [{ name: '<module>', line: 1, names: {}, stack: [] }], changed: [], freed: [] },
    // The frame's own stack is stale on purpose: the step's `stack` is the innermost frame's.
    { i: 1, line: 2, offset: -1, ev: 3, depth: 1, stack: [0x300], frames: [{ name: '<module>', line: 2, names: { a: 0x2a0 }, stack: [] }], changed: [list1, tmp], freed: [] },
    { i: 2, line: 3, offset: -1, ev: 6, depth: 1, stack: [], frames: [{ name: '<module>', line: 3, names: { a: 0x2a0, b: 0x2a0 }, stack: [] }], changed: [list2], freed: [0x300] },
  ]),
  snapshots: [
    { step: 0, objects: [one] },
    { step: 2, objects: [one, list2] },
  ],
};

/**
 * A program for the simulator's traced collections: a<->b cycle in a function plus an object a local
 * holds. It prints the three ids, then what gc.collect() returned.
 */
export const GC_CYCLE_PROGRAM = `import gc
class Node:
    pass
def main():
    a = Node()
    b = Node()
    a.partner = b
    b.partner = a
    held = Node()
    print(id(a), id(b), id(held))
    del a, b
    print(gc.collect())
main()
`;

/** jsdom has no ResizeObserver; the diagram's arrows only need it to re-measure. */
export function stubResizeObserver() {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
