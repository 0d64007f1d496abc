// The trace's final step, recorded referrers and the ref-event default.
import { describe, expect, it } from 'vitest';
import { run, heapAt, framesAt, allEvents, allSteps, stepAt } from '../index';
import { getProfile } from '../versions';
import { MAX_VIEW_REFS } from './schema';

const P312 = getProfile('3.12', '64bit');

const cycle = [
  'import gc',
  'class Node:',
  '    pass',
  'a = Node()',
  'a.me = a',
  'del a',
  'gc.collect()',
].join('\n') + '\n';

describe('final step', () => {
  it('shows what the last line freed', () => {
    const t = run(cycle, P312, { trace: true }).trace!;
    const last = stepAt(t, t.steps.count - 1);
    expect(last.line).toBe(7);
    // the collection on the last line freed the Node and its __dict__ (if any): the final step shows it
    const before = heapAt(t, t.steps.count - 2);
    const after = heapAt(t, t.steps.count - 1);
    const nodes = [...before.values()].filter((v) => v.type === 'Node');
    expect(nodes).toHaveLength(1);
    expect(last.freed).toContain(nodes[0].id);
    expect(after.has(nodes[0].id)).toBe(false);
  });
  it('keeps the module frame and its names', () => {
    const t = run('x = [1]\ny = x\n', P312, { trace: true }).trace!;
    const frames = framesAt(t, t.steps.count - 1);
    expect(frames.map((f) => f.name)).toEqual(['<module>']);
    expect(Object.keys(frames[0].names)).toEqual(expect.arrayContaining(['x', 'y']));
    const list = heapAt(t, t.steps.count - 1).get(frames[0].names.x)!;
    expect(list.rc).toBe(2);
  });
});

describe('referrers', () => {
  const src = 'x = [1, 2]\ny = x\nz = [x, x]\ndel y\n';
  it('are off by default', () => {
    const t = run(src, P312, { trace: true }).trace!;
    expect(t.steps.changed.referrersOf.length).toBe(0);
    expect(allSteps(t).some((s) => s.changed.some((v) => v.referrers))).toBe(false);
  });
  it('add up to the count of every mortal object recorded', () => {
    const t = run(src, P312, { trace: true, referrers: true, snapshotEvery: 3 }).trace!;
    let checked = 0;
    for (let i = 0; i < t.steps.count; i++) {
      for (const v of heapAt(t, i).values()) {
        if (v.flags.includes('i') || !v.referrers) continue;
        expect(v.referrers.length, `${v.type} ${v.repr} at step ${i}`).toBe(v.rc);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    const last = t.steps.count - 1;
    const names = framesAt(t, last)[0].names;
    const x = heapAt(t, last).get(names.x)!;
    expect(x.rc).toBe(3);
    expect(x.referrers!.filter((r) => r.from === names.z)).toHaveLength(2);
    expect(x.referrers).toHaveLength(3);
  });
});

describe('ref events', () => {
  it('are recorded by default for lesson-sized runs and not for huge budgets', () => {
    const isRef = (e: unknown) => Array.isArray(e) && e[0] === 'r';
    expect(allEvents(run('x = [1]\n', P312, { trace: true }).trace!).some(isRef)).toBe(true);
    expect(allEvents(run('x = [1]\n', P312, { trace: true, maxSteps: 50_000_000 }).trace!).some(isRef)).toBe(false);
    expect(allEvents(run('x = [1]\n', P312, { trace: true, maxSteps: 50_000_000, traceRefs: true }).trace!).some(isRef)).toBe(true);
  });
});

describe('object views', () => {
  it('show the start of a long list like its full repr, truncated', () => {
    const t = run('a = list(range(1000))\nb = tuple(a)\n', P312, { trace: true }).trace!;
    const heap = heapAt(t, t.steps.count - 1);
    const names = framesAt(t, t.steps.count - 1)[0].names;
    const full = '[' + Array.from({ length: 1000 }, (_, i) => i).join(', ') + ']';
    expect(heap.get(names.a)!.repr).toBe(full.slice(0, 57) + '...');
    expect(heap.get(names.b)!.repr).toBe('(' + full.slice(1, 57) + '...');
  });

  it('list at most MAX_VIEW_REFS references of a big container and count the rest', () => {
    const t = run('a = list(range(1000))\n', P312, { trace: true }).trace!;
    const heap = heapAt(t, t.steps.count - 1);
    const a = heap.get(framesAt(t, t.steps.count - 1)[0].names.a)!;
    expect(a.refs).toHaveLength(MAX_VIEW_REFS);
    expect(a.refsMore).toBe(1000 - MAX_VIEW_REFS);
    // the first items, in index order (appending to a long list leaves them as they were)
    expect(a.refs!.map((id) => heap.get(id)!.repr).slice(0, 2)).toEqual(['0', '1']);
  });

  it('store the references of a long list once while it grows at its end', () => {
    const t = run('a = []\nfor i in range(1000):\n    a.append(i)\n', P312, { trace: true }).trace!;
    const list = framesAt(t, t.steps.count - 1)[0].names.a;
    const v = t.steps.changed;
    const starts = new Set<number>();
    let views = 0;
    for (let k = 0; k < v.count; k++) {
      if (v.id[k] !== list || v.refsCount[k] < MAX_VIEW_REFS) continue;
      views++;
      starts.add(v.refsAt[k]);
    }
    expect(views).toBeGreaterThan(500);
    expect(starts.size).toBe(1);
  });

  it('keep the trace of a growing list linear in its length', () => {
    const size = (n: number) => JSON.stringify(run(`a = []\nfor i in range(${n}):\n    a.append(i)\n`, P312, { trace: true }).trace).length;
    const small = size(2_000);
    const big = size(8_000);
    expect(big / small).toBeLessThan(6);
  });
});

describe('output events', () => {
  const outs = (src: string, profile = P312) =>
    allEvents(run(src, profile, { trace: true }).trace!).flatMap((e) => (!Array.isArray(e) && e.k === 'out' ? [e.text] : []));
  it('records one event per print, though stdout is written a piece at a time', () => {
    expect(outs('print(1, "a", 2.5, sep="-")\nprint("b", end="")\n')).toEqual(['1-a-2.5\n', 'b']);
  });
  it('keeps a finalizer\'s output apart, in the order it was written', () => {
    // the first print's bound `write` is the allocation that starts the collection (threshold 1)
    const src = 'import gc\nclass A:\n    def __del__(self): print("bye")\na = A()\na.me = a\ndel a\ngc.set_threshold(1)\nprint("x", "y")\n';
    expect(outs(src)).toEqual(['bye\n', 'x y\n']);
  });
});
