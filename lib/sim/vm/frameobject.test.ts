// Frame objects, tracebacks and locals(): what keeps a failed call's locals alive, per version.
import { describe, expect, it } from 'vitest';
import { run } from '../index';
import { getProfile } from '../versions';
import { checkInvariants } from '../heap/invariants';
import type { Runtime } from './runtime';

const P310 = getProfile('3.10', '64bit');
const P312 = getProfile('3.12', '64bit');
const P313 = getProfile('3.13', '64bit');
const P314W = getProfile('3.14', 'wasm32');

function out(src: string, profile = P312): string {
  const r = run(src, profile, { checkInvariants: true });
  return r.stdout + (r.error ? `[error] ${r.error}` : '');
}

const KEEPS_LOCAL = `
class N:
    def __del__(self):
        print("del")
def fail():
    n = N()
    raise ValueError
try:
    fail()
except ValueError as e:
    print("handler")
print("after")
`;

describe('tracebacks', () => {
  it("keep the failed function's locals alive until the handler ends", () => {
    for (const p of [P310, P312, P313, P314W]) expect(out(KEEPS_LOCAL, p)).toBe('handler\ndel\nafter\n');
  });
  it('list the frames from the handler down to the raise, with their lines', () => {
    const src = 'def a():\n    raise KeyError\ndef b():\n    a()\ntry:\n    b()\nexcept KeyError as e:\n    t = e.__traceback__\n    while t is not None:\n        print(t.tb_frame.f_code.co_name, t.tb_lineno)\n        t = t.tb_next\n';
    expect(out(src)).toBe('<module> 6\nb 4\na 2\n');
  });
  it('gain no entry on a bare re-raise, one per `raise e`', () => {
    const src = 'def n(t):\n    c = 0\n    while t is not None:\n        c += 1\n        t = t.tb_next\n    return c\ntry:\n    try:\n        raise ValueError\n    except ValueError:\n        raise\nexcept ValueError as e:\n    print(n(e.__traceback__))\n    err = e\ntry:\n    raise err\nexcept ValueError as e:\n    print(n(e.__traceback__))\n';
    expect(out(src)).toBe('1\n2\n');
  });
  it('leave no unexplained reference behind when the exception is dropped', () => {
    const r = run('def f(x):\n    y = [x]\n    raise ValueError(y)\ntry:\n    f(1)\nexcept ValueError as e:\n    keep = e\ndel keep\n', P312, {});
    expect(checkInvariants(r.runtime as Runtime)).toEqual([]);
    expect(r.error).toBeNull();
  });
});

describe('frame objects', () => {
  it('sys._getframe walks f_back to the module and refuses a depth past it', () => {
    const src = 'import sys\ndef f():\n    return sys._getframe().f_back.f_code.co_name\nprint(f())\ntry:\n    sys._getframe(5)\nexcept ValueError as e:\n    print(e)\n';
    expect(out(src)).toBe('<module>\ncall stack is not deep enough\n');
  });
  it('sizes follow the code (fixed part + locals + stack), per version', () => {
    const src = 'import sys\ndef g():\n    return sys.getsizeof(sys._getframe())\nprint(g())\n';
    // g: one local-free frame; 3.10 368 + 8 per slot, 3.12 136 + 8, wasm32 3.14 88 + 4
    const sizes = [P310, P312, P314W].map((p) => Number(out(src, p)));
    expect(sizes[0]).toBeGreaterThan(368);
    expect(sizes[1]).toBeGreaterThan(136);
    expect(sizes[1]).toBeLessThan(200);
    expect(sizes[2]).toBeGreaterThan(88);
    expect(sizes[2]).toBeLessThan(120);
  });
});

describe('locals()', () => {
  const src = 'def f():\n    a = 1\n    return locals() is locals()\nprint(f())\nprint(locals() is globals())\n';
  it('returns the frame\'s one cached dict on 3.10-3.12', () => {
    expect(out(src, P310)).toBe('True\nTrue\n');
    expect(out(src, P312)).toBe('True\nTrue\n');
  });
  it('returns a fresh snapshot on 3.13+ (PEP 667)', () => {
    expect(out(src, P313)).toBe('False\nTrue\n');
    expect(out(src, P314W)).toBe('False\nTrue\n');
  });
});

describe('3.10 heap frames', () => {
  // measured with CPython 3.10.13: True, True (start-up left frames on the free list, so a
  // function's first call does not take the 384-byte block the str just freed)
  const src = 'n = 335\ndef g():\n    return None\ns = "a" * n\ni = id(s)\ndel s\ng()\nt = "b" * n\nprint(id(t) == i)\n';
  it("a first call's frame does not take a block the program just freed", () => {
    expect(out(src, P310)).toBe('True\n');
  });
  it('fresh frames count as GC allocations; reused ones (zombie, free list) do not', () => {
    const rec = 'import gc\ndef r(n):\n    if n:\n        r(n - 1)\ngc.disable()\ngc.get_count()\na = gc.get_count()[0]\nr(9)\nb = gc.get_count()[0]\nr(9)\nprint(b - a, gc.get_count()[0] - b)\n';
    expect(out(rec, P310)).toBe('7 0\n');
    expect(out(rec, P312)).toBe('0 0\n');
  });
});
