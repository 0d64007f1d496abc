// The memory view's model reads a trace; this fixture is a small hand-written trace in the schema
// of lib/sim/trace/schema.ts (test data for the view, not simulator output).
import { describe, expect, it } from 'vitest';
import { badges, decodeEvent, describeEvent, drawnRefs, eventsInto, idTail, placeObjects, startupObjectsAt, stepStartView, stepView, unreachableObjects } from '@/components/heap/model';
import { recordedReferrers, referrerLabel } from '@/components/heap/referrers';
import { eventAt } from '@/lib/sim/trace/read';
import { list1, list2, one, tmp, trace } from './fixture';

describe('stepView', () => {
  it('rebuilds the heap, the changes and the frees of a step', () => {
    const v = stepView(trace, 2);
    expect([...v.objects.keys()].sort()).toEqual([0x2a0, 0x1000].sort());
    expect(v.changed).toEqual(new Set([0x2a0]));
    expect(v.previousRc.get(0x2a0)).toBe(1);
    expect(v.freed).toEqual([{ view: tmp, by: 'refcount' }]);
    expect(v.events.map((e) => e.k)).toEqual(['ref', 'ref', 'free']);
  });

  it('reports allocations of the previous step as new', () => {
    const v = stepView(trace, 1);
    expect(v.allocated).toEqual(new Set([0x2a0, 0x300]));
    expect(v.objects.get(0x2a0)?.rc).toBe(1);
  });

  it('gives the first step the events before it', () => {
    expect(eventsInto(trace, 0)).toEqual([]);
    expect(eventsInto(trace, 1)).toHaveLength(3);
  });
});

describe('decodeEvent', () => {
  it('expands the compact tuples and resolves reasons', () => {
    expect(decodeEvent(trace, ['r', 5, -1, 3, 2])).toEqual({ k: 'ref', id: 5, d: -1, rc: 3, why: 'popped from the stack' });
    expect(decodeEvent(trace, ['a', 5, 'dict'])).toEqual({ k: 'alloc', id: 5, type: 'dict' });
    expect(decodeEvent(trace, ['f', 5, 'gc'])).toEqual({ k: 'free', id: 5, by: 'gc' });
    expect(decodeEvent(trace, { k: 'gc', phase: 'subtract internal references', gen: 0 })).toEqual({ k: 'gc', phase: 'subtract internal references', gen: 0 });
  });
});

describe('placeObjects', () => {
  it('puts named objects first and what they hold next, in address order', () => {
    const v = stepView(trace, 2);
    expect(placeObjects(v, { includeStack: false })).toEqual([[{ id: 0x2a0, depth: 0 }], [{ id: 0x1000, depth: 1 }]]);
  });

  it('includes objects on the value stack only when asked', () => {
    const v = stepView(trace, 1);
    expect(placeObjects(v, { includeStack: false }).flat().map((p) => p.id)).toEqual([0x2a0, 0x1000]);
    expect(placeObjects(v, { includeStack: true })[0].map((p) => p.id)).toEqual([0x2a0, 0x300]);
    // The str is on the value stack, so something still reaches it.
    expect(unreachableObjects(v, new Set())).toEqual([]);
  });

  it('finds objects nothing in any frame reaches, except start-up ones', () => {
    const v = stepView(trace, 1);
    const orphan = { ...v, frames: [{ ...v.frames[0], stack: [] }] };
    expect(unreachableObjects(orphan, new Set())?.map((o) => o.id)).toEqual([0x300]);
    expect(unreachableObjects(orphan, new Set([0x300]))).toEqual([]);
  });

  it('cannot tell when a reached container lists only part of its references', () => {
    const v = stepView(trace, 1);
    const orphan = { ...v, frames: [{ ...v.frames[0], stack: [] }] };
    const holder = [...orphan.objects.values()].find((o) => o.id !== 0x300)!;
    const partial = { ...orphan, objects: new Map([...orphan.objects].map(([id, o]) => [id, id === holder.id ? { ...o, refsMore: 1 } : o])) };
    expect(unreachableObjects(partial, new Set())).toBeNull();
  });
});

describe('words', () => {
  it('describes a refcount change with before and after', () => {
    const v = stepView(trace, 2);
    expect(describeEvent(decodeEvent(trace, eventAt(trace, 3)), v.objects, new Map())).toBe('b bound: refcount of list 0x…2a0 1 → 2');
    expect(describeEvent(decodeEvent(trace, eventAt(trace, 5)), v.objects, new Map([[0x300, tmp]]))).toBe('str 0x…300 freed: its refcount reached 0');
    expect(describeEvent({ k: 'free', id: 0x2a0, by: 'gc' }, v.objects, new Map())).toBe('list 0x…2a0 freed by the garbage collector');
  });

  it('shows the last hex digits of an id', () => {
    expect(idTail(0x7f3a12c4)).toBe('0x…12c4');
    expect(idTail(0x2a0)).toBe('0x…2a0');
  });

  it('turns flags into badges', () => {
    expect(badges(one).map((b) => b.key)).toEqual(['immortal', 'cached']);
    expect(badges(list1).map((b) => b.label)).toEqual(['GC gen 0']);
    expect(badges(tmp)).toEqual([]);
  });
});

describe('recordedReferrers', () => {
  it('reads referrers only when the trace carries them', () => {
    expect(recordedReferrers(list2)).toBeNull();
    const withReferrers = { ...list2, referrers: [{ holder: 'frame <module>', slot: 'local a' }, { holder: 'frame <module>', slot: 'local b' }, { bogus: 1 }] };
    // a malformed entry, as an untrusted trace could carry: dropped by the reader
    const list = recordedReferrers(withReferrers as unknown as typeof list2)!;
    expect(list).toHaveLength(2);
    expect(referrerLabel(list[1])).toBe('frame <module>: local b');
  });
});

describe('drawnRefs', () => {
  it('follows containers but not modules, functions or huge containers', () => {
    expect(drawnRefs(list1)).toEqual([0x1000]);
    expect(drawnRefs({ ...list1, type: 'module' })).toEqual([]);
    expect(drawnRefs({ ...list1, refs: Array.from({ length: 100 }, (_, i) => i) })).toEqual([]);
  });
});

describe('start-up objects and the start of a step', () => {
  it('drops a start-up id once the program allocates at that address again', () => {
    const startup = new Set([0x1000, 0x2a0]);
    // the fixture allocates 0x2a0 during step 0's run-up: from step 1 on it is the program's list
    expect(startupObjectsAt(trace, 0, startup)).toEqual(startup);
    expect(startupObjectsAt(trace, 1, startup)).toEqual(new Set([0x1000]));
  });

  it('shows the heap as a step began, with nothing marked as changed', () => {
    const v = stepStartView(trace, 2);
    expect(v.objects.get(0x2a0)?.rc).toBe(1);
    expect(v.objects.has(0x300)).toBe(true);
    expect(v.changed.size + v.allocated.size + v.freed.length + v.events.length).toBe(0);
  });
});
