// Which local loads 3.14 borrows (optimize_load_fast in Python/flowgraph.c), checked against the
// patterns Pyodide 3.14.2's dis shows for the same functions (S: LOAD_FAST, B: LOAD_FAST_BORROW,
// in instruction order; our layout, like CPython's, puts handler code last).
import { describe, expect, it } from 'vitest';
import { compile } from './index';
import type { CodeObject } from './code';
import { getProfile } from '../versions';

const features = getProfile('3.14', 'wasm32').compiler;

function loads(src: string, name: string): string {
  const mod = compile(src, 'x.py', features);
  const find = (co: CodeObject): CodeObject | null => {
    if (co.name === name) return co;
    for (const c of co.consts) if (c.kind === 'code') { const r = find(c.code); if (r) return r; }
    return null;
  };
  const co = find(mod)!;
  return co.instructions.map((i) => (i.op === 'LOAD_FAST' ? 'S' : i.op === 'LOAD_FAST_BORROW' ? 'B' : '')).join('');
}

describe('3.14 borrowed loads', () => {
  it('never borrows in blocks reached only through an exception handler', () => {
    const src = 'import sys\ndef f():\n    try:\n        raise ValueError\n    except ValueError as e:\n        return sys.getrefcount(e)\n';
    expect(loads(src, 'f')).toBe('S');
    const after = 'def h(x):\n    try:\n        raise KeyError\n    except KeyError:\n        pass\n    return len(x)\n';
    expect(loads(after, 'h')).toBe('S');
  });

  it('stops at the empty block a handler ending in return leaves (3.14.0-3.14.x)', () => {
    const src = 'def g(x):\n    try:\n        len(x)\n    except ValueError:\n        return len(x)\n    return len(x)\n';
    expect(loads(src, 'g')).toBe('BSS');
    const passes = 'def g2(x):\n    try:\n        len(x)\n    except ValueError:\n        pass\n    return len(x)\n';
    expect(loads(passes, 'g2')).toBe('BB');
  });

  it('treats a small exit block a jump leads to as inlined', () => {
    expect(loads('def a2(x):\n    try:\n        y = x + 1\n    except TypeError:\n        raise ValueError(x)\n    return y, x\n', 'a2')).toBe('BBBS');
    expect(loads('def c(a, b, k):\n    return a if k else b\n', 'c')).toBe('BBS');
  });

  it('does not end a block where a protected range ends', () => {
    expect(loads('def tf(x):\n    try:\n        return x\n    finally:\n        print()\n', 'tf')).toBe('B');
  });
});
