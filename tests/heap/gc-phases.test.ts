// The phase data a traced collection records (lib/sim/heap/gc.ts), checked against what CPython's
// algorithm computes. gc_refs are not observable in CPython, but their inputs are: for each object,
// sys.getrefcount and the references gc.get_referents finds from the other tracked objects
// (gc.get_objects()). Measured with CPython 3.10.13, 3.11.7, 3.12.1 and 3.13.0 by cpython-gc-refs.py:
//   a<->b cycle in a function, `held` a local: a, b refcount 1 -> gc_refs 0; held 1 -> 1.
//   module level x = Node(); y = [x, x] (same measure() at module level): x refcount 3 -> 0, y 1 -> 0
//   (the globals dict is collected too).
// gc.collect() returned 4 on 3.10 (the two instance dicts too) and 2 on 3.11-3.13; Pyodide 3.14.2
// returned 5 (what the start-up left for a full collection too).
import { describe, expect, it } from 'vitest';
import { run } from '@/lib/sim/index';
import { eventsBetween, heapAt, stepAt } from '@/lib/sim/trace/read';
import type { GcEvent, Trace } from '@/lib/sim/trace/schema';
import { getProfile } from '@/lib/sim/versions';
import { GC_TRACE_LISTED } from '@/lib/sim/heap/gc';
import { GC_CYCLE_PROGRAM } from './fixture';

const PROFILES = [getProfile('3.10', '64bit'), getProfile('3.11', '64bit'), getProfile('3.12', '64bit'), getProfile('3.13', '64bit'), getProfile('3.14', 'wasm32')];

/**
 * The gc events of the first full collection (gc.collect()) and the step it happened in; automatic
 * young collections may come before it, depending on the profile's thresholds.
 */
function firstPass(trace: Trace): { step: number; events: Map<string, GcEvent> } {
  for (let i = 1; i < trace.steps.count; i++) {
    let events = new Map<string, GcEvent>();
    for (const e of eventsBetween(trace, trace.steps.ev[i - 1], trace.steps.ev[i])) {
      if (Array.isArray(e) || e.k !== 'gc') continue;
      if (e.phase === 'start') events = new Map();
      events.set(e.phase, e);
      if (e.phase === 'done' && events.get('copy')?.gen === 2) return { step: i, events };
    }
  }
  throw new Error('no traced full collection');
}

const rowOf = (e: GcEvent | undefined, id: number) => e?.rows?.find((r) => r[0] === id);

describe.each(PROFILES.map((p) => [p.id, p] as const))('a traced gc.collect() on %s', (_id, profile) => {
  const result = run(GC_CYCLE_PROGRAM, profile, { trace: true });
  const [a, b, held] = result.stdout.split('\n')[0].split(' ').map(Number);
  const collected = Number(result.stdout.split('\n')[1]);
  const { step, events } = firstPass(result.trace!);

  it('runs as CPython does', () => {
    expect(result.error).toBeNull();
    expect(collected).toBe({ '3.10': 4, '3.11': 2, '3.12': 2, '3.13': 2, '3.14': 5 }[profile.python]);
  });

  it('emits the phases in order, each pass paired start/done', () => {
    expect([...events.keys()]).toEqual(['start', 'copy', 'subtract', 'unreachable', 'weakrefs', 'finalize', 'clear', 'done']);
    expect(events.get('copy')!.gen).toBe(2);
  });

  it('copies each refcount into gc_refs (the refcounts the trace records as the pass starts)', () => {
    const copy = events.get('copy')!;
    for (const id of [a, b, held]) expect(rowOf(copy, id)?.[2]).toBe(1);
    // refcount at the start of the pass: the step's starting view, then the step's ref events before it
    const t = result.trace!;
    const rc = new Map([...heapAt(t, step - 1)].filter(([, v]) => !v.flags.includes('i')).map(([id, v]) => [id, v.rc]));
    for (const e of eventsBetween(t, t.steps.ev[step - 1], t.steps.ev[step])) {
      if (!Array.isArray(e) && e.k === 'gc') break;
      if (Array.isArray(e) && e[0] === 'r' && rc.has(e[1])) rc.set(e[1], e[3]);
    }
    let compared = 0;
    for (const [id, , refs] of copy.rows!) {
      if (!rc.has(id)) continue;
      expect([id, refs]).toEqual([id, rc.get(id)]);
      compared++;
    }
    expect(compared).toBeGreaterThan(10);
    expect(rowOf(copy, a)?.[1]).toBe('Node');
  });

  it('subtracts internal references: 0 for the cycle, 1 for the object a local holds', () => {
    const sub = events.get('subtract')!;
    expect(rowOf(sub, a)?.[2]).toBe(0);
    expect(rowOf(sub, b)?.[2]).toBe(0);
    expect(rowOf(sub, held)?.[2]).toBe(1);
    // every decrease is one listed internal reference or one counted in edgesMore
    const copy = events.get('copy')!;
    const decreases = copy.rows!.reduce((sum, r) => sum + r[2] - (rowOf(sub, r[0])?.[2] ?? 0), 0);
    expect(sub.edges!.length + sub.edgesMore!).toBeGreaterThanOrEqual(decreases);
    for (const id of [a, b]) expect(sub.edges!.filter(([, to]) => to === id)).toHaveLength(1);
    if (profile.python !== '3.10') {
      // 3.11+: the attribute values live in the instance itself, so a refers to b directly
      expect(sub.edges).toContainEqual([a, b]);
      expect(sub.edges).toContainEqual([b, a]);
    }
  });

  it('finds the cycle unreachable and frees it, the held object survives', () => {
    const unreachable = events.get('unreachable')!;
    expect(unreachable.n).toBe(collected);
    expect(unreachable.ids).toEqual(expect.arrayContaining([a, b]));
    expect(unreachable.ids).not.toContain(held);
    expect(unreachable.ids).toHaveLength(collected);
    expect(events.get('done')!.ids).toEqual(unreachable.ids);
    expect(events.get('done')!.n).toBe(collected);
    expect(stepAt(result.trace!, step).freed).toEqual(expect.arrayContaining([a, b]));
  });
});

describe('moved back', () => {
  it('marks objects whose gc_refs drop to 0 but that a reachable object reaches (module globals are collected too)', () => {
    const src = 'import gc\nclass Node:\n    pass\nx = Node()\ny = [x, x]\nprint(id(x), id(y))\nprint(gc.collect())\n';
    for (const profile of PROFILES) {
      const result = run(src, profile, { trace: true });
      const [x, y] = result.stdout.split('\n')[0].split(' ').map(Number);
      const { events } = firstPass(result.trace!);
      // CPython: x has refcount 3 (globals, two list slots), all internal; y 1 (globals)
      expect([rowOf(events.get('copy'), x)?.[2], rowOf(events.get('copy'), y)?.[2]]).toEqual([3, 1]);
      expect([rowOf(events.get('subtract'), x)?.[2], rowOf(events.get('subtract'), y)?.[2]]).toEqual([0, 0]);
      expect(events.get('unreachable')!.rescued).toEqual(expect.arrayContaining([x, y]));
      // nothing of the program's is garbage (3.14's collection finds 3 start-up leftovers, as Pyodide 3.14.2 does)
      expect(events.get('unreachable')!.ids).not.toContain(x);
      expect(events.get('unreachable')!.ids).not.toContain(y);
      expect(events.get('unreachable')!.n).toBe(profile.python === '3.14' ? 3 : 0);
      expect(Number(result.stdout.split('\n')[1])).toBe(events.get('unreachable')!.n);
    }
  });
});

describe('listing cap', () => {
  it('lists at most GC_TRACE_LISTED objects, unreachable ones first, and counts the rest', () => {
    // no automatic collection (whose timing depends on start-up state) takes some early
    const src = 'import gc\ngc.disable()\nclass Node:\n    pass\nfor i in range(60):\n    n = Node()\n    n.me = n\ndel n\nprint(gc.collect())\n';
    const result = run(src, getProfile('3.12', '64bit'), { trace: true });
    const { events } = firstPass(result.trace!);
    const copy = events.get('copy')!;
    const unreachable = events.get('unreachable')!;
    expect(Number(result.stdout.trim())).toBe(60);
    expect(unreachable.n).toBe(60);
    expect(copy.rows).toHaveLength(GC_TRACE_LISTED);
    expect(copy.more).toBe(copy.n! - GC_TRACE_LISTED);
    expect(unreachable.ids).toHaveLength(GC_TRACE_LISTED);
    expect(copy.rows!.every((r) => unreachable.ids!.includes(r[0]))).toBe(true);
  });

  it('records nothing extra without tracing', () => {
    const result = run(GC_CYCLE_PROGRAM, getProfile('3.12', '64bit'), {});
    expect(result.trace).toBeFalsy();
    expect(result.stdout.split('\n')[1]).toBe('2');
  });
});
