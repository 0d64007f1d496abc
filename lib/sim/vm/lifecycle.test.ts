// Start-up state (vm/startup.ts) and interpreter shutdown (vm/shutdown.ts), checked against
// outputs measured on CPython 3.10.13-3.13.0 (python file.py) and pyodide 3.14.2 (runPython).
import { describe, expect, it } from 'vitest';
import { run, allEvents, allSteps, stepAt } from '../index';
import { getProfile } from '../versions';
import { checkInvariants } from '../heap/invariants';

const NATIVE = ['3.10', '3.11', '3.12', '3.13'] as const;
const WASM = getProfile('3.14', 'wasm32');

function out(src: string, python: (typeof NATIVE)[number] | '3.14', platform: '64bit' | 'wasm32' = '64bit'): string {
  const r = run(src, getProfile(python, platform), { checkInvariants: true });
  expect(r.errorKind === 'bug' ? r.error : null).toBeNull();
  if (r.runtime) expect(checkInvariants(r.runtime)).toEqual([]);
  return r.stdout;
}

const delClass = 'class A:\n    def __init__(self, n): self.n = n\n    def __del__(self): print("bye", self.n)\n';

describe('shutdown (python file.py)', () => {
  it('finalizes objects still referenced from globals, in the exit collection order', () => {
    const src = delClass + 'b = A("b")\na = A("a")\nlst = [A("l1"), A("l2")]\nx = A("x")\nprint("end")\n';
    // measured on 3.10-3.13: the list's items are moved back by list_traverse, last item first
    for (const v of NATIVE) expect(out(src, v)).toBe('end\nbye b\nbye a\nbye x\nbye l2\nbye l1\n');
  });
  it('runs nothing at exit under pyodide.runPython', () => {
    expect(out(delClass + 'a = A("a")\nprint("end")\n', '3.14', 'wasm32')).toBe('end\n');
  });
  it('collects at exit even with the collector disabled, without callbacks', () => {
    const src = 'import gc\ngc.disable()\n' + delClass + 'a = A("a")\nn = A("c1"); n.o = A("c2"); n.o.o = n\ndel n\nprint("end")\n';
    expect(out(src, '3.12')).toBe('end\nbye a\nbye c1\nbye c2\n');
  });
  it('calls gc.callbacks for the first exit collection; what they keep alive is never finalized', () => {
    const src = 'import gc\ndef cb(p, i): print("cb", p, i["generation"])\ngc.callbacks.append(cb)\n' + delClass + 'a = A("a")\nprint("end")\n';
    expect(out(src, '3.11')).toBe('end\ncb start 2\ncb stop 2\n');
  });
  it('runs atexit weakref.finalize objects newest first, then stops calling finalizers', () => {
    const src = [
      'import weakref', 'class R: pass', 'def f(t): print("fin", t)',
      'a, b, c = R(), R(), R()', 'fa = weakref.finalize(a, f, "a")', 'fb = weakref.finalize(b, f, "b")', 'fb.atexit = False',
      'fc = weakref.finalize(c, f, "c")', 'print("end")',
    ].join('\n') + '\n';
    expect(out(src, '3.13')).toBe('end\nfin c\nfin a\n');
  });
  it('can be skipped to keep the program\'s final heap in RunResult.runtime', () => {
    const src = delClass + 'a = A("a")\n';
    const kept = run(src, getProfile('3.12', '64bit'), { skipShutdown: true });
    expect(kept.stdout).toBe('');
    expect([...kept.runtime!.objects.all()].some((o) => o.type.name === 'A')).toBe(true);
    expect([...run(src, getProfile('3.12', '64bit')).runtime!.objects.all()].some((o) => o.type.name === 'A')).toBe(false);
  });
  it('survives classes cleared before their instances die in the exit collection', () => {
    const src = 'import gc\ngc.disable()\nclass B:\n    def __init__(self): self.h = [lambda: self]\nd = {"k": B()}\nprint("end")\n';
    for (const v of NATIVE) expect(out(src, v)).toBe('end\n');
  });
  it('leaves objects frozen by gc.freeze() alone', () => {
    const src = 'import gc\n' + delClass + 'e = A("early")\ngc.freeze()\nl = A("late")\nd = A("cyc"); d.me = d\ndel d\n';
    expect(out(src, '3.12')).toBe('bye cyc\n');
  });
});

describe('start-up state', () => {
  it('leaves a self-referencing closure for the first collection on pyodide only', () => {
    const src = 'import gc\nprint(gc.collect(), gc.collect())\n';
    expect(out(src, '3.14', 'wasm32')).toBe('3 0\n');
    for (const v of NATIVE) expect(out(src, v)).toBe('0 0\n');
  });
  it('reports the collections start-up ran', () => {
    const src = 'import gc\nprint([s["collections"] for s in gc.get_stats()])\n';
    expect(out(src, '3.11')).toBe('[22, 2, 0]\n');
    expect(out(src, '3.14', 'wasm32')).toBe('[0, 4, 0]\n');
  });
  it('counts the permanent generation start-up froze (3.12) until unfreeze', () => {
    const src = 'import gc\nprint(gc.get_freeze_count())\ngc.unfreeze()\nprint(gc.get_freeze_count())\n';
    expect(out(src, '3.12')).toBe('375\n0\n');
    expect(out(src, '3.13')).toBe('0\n0\n');
  });
  it('places start-up objects (the __main__ dict) in the measured generation', () => {
    const src = 'import gc\ng = globals()\nprint([any(o is g for o in gc.get_objects(n)) for n in range(3)])\n';
    expect(out(src, '3.11')).toBe('[False, False, True]\n');
    expect(out(src, '3.12')).toBe('[False, True, False]\n');
  });
  it('counts print\'s packed *args tuple from 3.11 on, and stdout\'s new pending list', () => {
    // after a full collection emptied the free lists, print(1) leaves stdout a new pending list
    // ['1', '\n'] (all versions) and 3.11+ a packed *args tuple, 3.11 also its keyword tuple;
    // measured with stdout a pipe (unbuffered: 0, 2, 1, 1)
    const src = 'import gc\ngc.collect(); print(1); print(gc.get_count()[0])\n';
    expect(out(src, '3.10')).toBe('1\n1\n');
    expect(out(src, '3.11')).toBe('1\n3\n');
    expect(out(src, '3.12')).toBe('1\n2\n');
    expect(out(src, '3.13')).toBe('1\n2\n');
  });
});

describe('shutdown in a trace', () => {
  it('appends what shutdown did after the final step: finalizer lines as steps, then a closing step', () => {
    const src = delClass + 'a = A("a")\n';
    const plain = run('x = [1]\n', getProfile('3.12', '64bit'), { trace: true }).trace!;
    const t = run(src, getProfile('3.12', '64bit'), { trace: true }).trace!;
    expect(t.stdout).toBe('bye a\n');
    // without finalizers the module's final step stays last
    expect(plain.steps.depth[plain.steps.count - 1]).toBe(1);
    const moduleEnd = allSteps(t).findIndex((s) => s.line === 4 && s.depth === 1);
    expect(moduleEnd).toBeGreaterThan(0);
    const after = allEvents(t).slice(t.steps.ev[moduleEnd]);
    expect(after.some((e) => !Array.isArray(e) && e.k === 'finalize')).toBe(true);
    expect(after.some((e) => !Array.isArray(e) && e.k === 'out' && e.text === 'bye a\n')).toBe(true);
    const last = stepAt(t, t.steps.count - 1);
    expect(last.depth).toBe(0);
    expect(last.line).toBe(4);
    expect(last.freed.length).toBeGreaterThan(0);
  });
  it('has no exit events on wasm32', () => {
    const t = run(delClass + 'a = A("a")\n', WASM, { trace: true }).trace!;
    expect(allEvents(t).slice(t.steps.ev[t.steps.count - 1]).some((e) => !Array.isArray(e) && e.k === 'finalize')).toBe(false);
  });
});
