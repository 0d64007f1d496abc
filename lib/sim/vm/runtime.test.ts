// Unit tests of the runtime: refcount explanations, deallocation order, the collector, the trace.
import { describe, expect, it } from 'vitest';
import { run, heapAt, framesAt, allEvents } from '../index';
import { getProfile } from '../versions';
import { collectReferrers, checkInvariants } from '../heap/invariants';
import type { Runtime } from './runtime';

const P312 = getProfile('3.12', '64bit');
const P310 = getProfile('3.10', '64bit');
const P314W = getProfile('3.14', 'wasm32');

function out(src: string, profile = P312): string {
  const r = run(src, profile, { checkInvariants: true });
  if (r.errorKind === 'bug') throw new Error(r.error ?? 'bug');
  return r.stdout + (r.error ? `!${r.error}` : '');
}

describe('reference counts', () => {
  it('counts names, containers and the getrefcount argument', () => {
    expect(out('import sys\nx = [1]\ny = x\nz = [x, x]\nprint(sys.getrefcount(x))\n')).toBe('5\n');
  });
  it('3.10 copies call arguments, 3.11+ moves them, 3.14 borrows locals', () => {
    const src = 'import sys\ndef f(p):\n    print(sys.getrefcount(p))\nf(object())\n';
    expect(out(src, P310)).toBe('3\n');
    expect(out(src, P312)).toBe('2\n');
    expect(out(src, P314W)).toBe('1\n');
  });
  it('reports immortal counts from the profile', () => {
    expect(out('import sys\nprint(sys.getrefcount(None))\n')).toBe('4294967295\n');
    expect(out('import sys\nprint(sys.getrefcount(None))\n', P314W)).toBe('1879048192\n');
  });
  it('explains every count by its referrers at the end of a run', () => {
    const r = run('class A:\n    pass\na = A()\nb = [a, {"k": a}]\n', P312, { skipShutdown: true });
    const rt = r.runtime as Runtime;
    expect(checkInvariants(rt)).toEqual([]);
    const refs = collectReferrers(rt);
    const list = [...refs.keys()].find((o) => o.type.name === 'list')!;
    expect(refs.get(list)!.map((x) => x.holder)).toContain('<dict 0x' + (rt.main as unknown as { dict: { id: number } }).dict.id.toString(16) + '>');
  });
});

describe('deallocation', () => {
  it('frees at once and runs __del__ before weakref callbacks', () => {
    const src = 'import weakref\nclass A:\n    def __del__(self):\n        print("del")\na = A()\nr = weakref.ref(a, lambda w: print("cb"))\ndel a\nprint("after")\n';
    expect(out(src)).toBe('del\ncb\nafter\n');
  });
  it('releases list items last to first', () => {
    const src = 'class T:\n    def __init__(self, n):\n        self.n = n\n    def __del__(self):\n        print(self.n)\nx = [T(1), T(2), T(3)]\nx = None\n';
    expect(out(src)).toBe('3\n2\n1\n');
  });
  it('runs a resurrecting __del__ only once', () => {
    const src = 'keep = []\nclass P:\n    def __del__(self):\n        print("del")\n        keep.append(self)\np = P()\np = None\nkeep.clear()\nprint("end")\n';
    expect(out(src)).toBe('del\nend\n');
  });
});

describe('cyclic GC', () => {
  it('collects cycles, counting instance dicts only in 3.10', () => {
    const src = 'import gc\nclass N:\n    pass\na = N()\nb = N()\na.b = b\nb.a = a\ndel a, b\nprint(gc.collect())\n';
    expect(out(src, P310)).toBe('4\n');
    expect(out(src, P312)).toBe('2\n');
  });
  it('untracks atomic tuples in a collection and dicts lazily (<= 3.13)', () => {
    const src = 'import gc\nt = tuple([1, 2])\nd = {"a": 1}\nprint(gc.is_tracked(t), gc.is_tracked(d))\ngc.collect()\nprint(gc.is_tracked(t))\n';
    expect(out(src, P312)).toBe('True False\nFalse\n');
    expect(out(src, P314W)).toBe('False True\nFalse\n');
  });
  it('survives stress collection at every allocation', () => {
    const r = run('x = []\nfor i in range(50):\n    x.append([i, x])\nprint(len(x))\n', P312, { stressGc: true, checkInvariants: true });
    expect(r.stdout).toBe('50\n');
  });
});

describe('errors and budgets', () => {
  it('ends with the last traceback line of an uncaught exception', () => {
    expect(out('print(1)\n1/0\n')).toBe('1\n!ZeroDivisionError: division by zero');
  });
  it('refuses code outside the subset before running', () => {
    const r = run('def g():\n    yield 1\n', P312);
    expect(r.errorKind).toBe('unsupported');
  });
  it('stops a runaway program at the step budget', () => {
    const r = run('while True:\n    pass\n', P312, { maxSteps: 1000 });
    expect(r.errorKind).toBe('budget');
    expect(r.error).toContain('more than 1000 steps');
  });
  it('stops a program at the instruction budget, counted within a line', () => {
    const r = run('x = [i for i in range(10**6)]\n', P312, { maxInstructions: 5000 });
    expect(r.errorKind).toBe('budget');
    expect(r.error).toContain('more than 5000 instructions');
  });
});

describe('trace', () => {
  const src = 'x = [1, 2]\ny = x\ndel x\nfor i in range(3):\n    y.append(i)\nprint(len(y))\n';
  it('records steps, frames and reference events', () => {
    const r = run(src, P312, { trace: true });
    const t = r.trace!;
    expect(t.steps.count).toBeGreaterThan(5);
    expect(t.stdout).toBe('5\n');
    expect(allEvents(t).some((e) => Array.isArray(e) && e[0] === 'r')).toBe(true);
    const last = t.steps.count - 1;
    expect(Object.keys(framesAt(t, last)[0].names)).toContain('y');
  });
  it('rebuilds the heap at any step from snapshots and deltas', () => {
    const small = run(src, P312, { trace: true, snapshotEvery: 2 }).trace!;
    const big = run(src, P312, { trace: true, snapshotEvery: 1 }).trace!;
    for (let i = 0; i < small.steps.count; i++) {
      expect([...heapAt(small, i).values()].map((v) => `${v.id}:${v.rc}`).sort()).toEqual([...heapAt(big, i).values()].map((v) => `${v.id}:${v.rc}`).sort());
    }
  });
  it('is deterministic', () => {
    expect(JSON.stringify(run(src, P312, { trace: true }).trace)).toBe(JSON.stringify(run(src, P312, { trace: true }).trace));
  });
});
