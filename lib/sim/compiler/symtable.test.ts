import { describe, expect, it } from 'vitest';
import { parseModule } from '../parser/parser';
import { buildSymtable, type Scope } from './symtable';
import { GuestError, Unsupported } from '../errors';

function table(src: string, inline = false) {
  return buildSymtable(parseModule(src), { inlineComprehensions: inline });
}

/** The scope of each name in the first nested block with the given name. */
function scopes(src: string, block: string, inline = false): Record<string, string> {
  const find = (s: Scope): Scope | null => {
    if (s.name === block) return s;
    for (const c of s.children) {
      const r = find(c);
      if (r) return r;
    }
    return null;
  };
  const s = block === '<module>' ? table(src, inline).module : find(table(src, inline).module);
  if (!s) throw new Error(`no block ${block}`);
  return Object.fromEntries([...s.symbols.values()].map((x) => [x.name, x.freeClass ? `${x.scope}+class` : x.scope]));
}

describe('symtable: function scopes', () => {
  it('parameters and assigned names are local, others global', () => {
    expect(scopes('def f(a):\n    b = a\n    print(b)\n', 'f')).toEqual({ a: 'local', b: 'local', print: 'global_implicit' });
  });
  it('module names are implicit globals at module level', () => {
    expect(scopes('x = 1\nprint(x)\n', '<module>')).toEqual({ x: 'local', print: 'global_implicit' });
  });
  it('global declaration', () => {
    expect(scopes('def f():\n    global g\n    g = 1\n', 'f')).toEqual({ g: 'global_explicit' });
  });
  it('captured local becomes a cell, and free in the inner function', () => {
    const src = 'def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n';
    expect(scopes(src, 'outer')).toMatchObject({ x: 'cell', inner: 'local' });
    expect(scopes(src, 'inner')).toEqual({ x: 'free' });
  });
  it('nonlocal makes the name free and the outer one a cell', () => {
    const src = 'def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n    return inc\n';
    expect(scopes(src, 'outer').n).toBe('cell');
    expect(scopes(src, 'inc').n).toBe('free');
  });
  it('free variables pass through intermediate functions', () => {
    const src = 'def a():\n    v = 1\n    def b():\n        def c():\n            return v\n        return c\n    return b\n';
    expect(scopes(src, 'b').v).toBe('free');
    expect(scopes(src, 'a').v).toBe('cell');
  });
  it('a global declared in the outer function is global in the inner one', () => {
    const src = 'def a():\n    global v\n    v = 1\n    def b():\n        return v\n';
    expect(scopes(src, 'b').v).toBe('global_implicit');
  });
  it('lambda parameters and captures', () => {
    const src = 'def f(k):\n    return lambda x: x + k\n';
    expect(scopes(src, '<lambda>')).toEqual({ x: 'local', k: 'free' });
    expect(scopes(src, 'f').k).toBe('cell');
  });
});

describe('symtable: class scopes', () => {
  it('methods do not see class-level names', () => {
    const src = 'class C:\n    x = 1\n    def m(self):\n        return x\n';
    expect(scopes(src, 'm').x).toBe('global_implicit');
  });
  it('super() gives the method a __class__ free variable and the class a cell', () => {
    const t = table('class C(B):\n    def m(self):\n        return super().m()\n');
    const cls = t.module.children[0]!;
    expect(cls.needsClassCell).toBe(true);
    expect(cls.children[0]!.symbols.get('__class__')!.scope).toBe('free');
  });
  it('a class inside a function reading an outer local', () => {
    const src = 'def f():\n    v = 1\n    class C:\n        w = v\n    return C\n';
    expect(scopes(src, 'C').v).toBe('free');
    expect(scopes(src, 'f').v).toBe('cell');
  });
  it('a name both bound in the class and needed by a method passes through', () => {
    const src = 'def f():\n    v = 1\n    class C:\n        v = 2\n        def m(self):\n            return v\n    return C\n';
    expect(scopes(src, 'C').v).toBe('local+class');
    expect(scopes(src, 'm').v).toBe('free');
  });
  it('global in a class body is refused', () => {
    expect(() => table('class C:\n    global g\n')).toThrow(Unsupported);
  });
});

describe('symtable: comprehensions', () => {
  it('a non-inlined comprehension has .0 and its own locals', () => {
    expect(scopes('def f(y):\n    return [x for x in y]\n', '<listcomp>')).toEqual({ '.0': 'local', x: 'local' });
  });
  it('the comprehension reading a function local makes it a cell (3.11)', () => {
    const src = 'def f(y, n):\n    return [x * n for x in y]\n';
    expect(scopes(src, 'f').n).toBe('cell');
  });
  it('inlined (PEP 709): the same local stays a plain local', () => {
    const src = 'def f(y, n):\n    return [x * n for x in y]\n';
    expect(scopes(src, 'f', true).n).toBe('local');
    const comp = table(src, true).module.children[0]!.children[0]!;
    expect(comp.inlined).toBe(true);
  });
  it('inlined, but a lambda inside still captures the function local', () => {
    const src = 'def f(y, n):\n    return [lambda: n for x in y]\n';
    expect(scopes(src, 'f', true).n).toBe('cell');
  });
  it('generator expressions are never inlined', () => {
    const t = table('def f(y):\n    return sum(x for x in y)\n', true);
    expect(t.module.children[0]!.children[0]!.inlined).toBe(false);
  });
  it('walrus inside a comprehension is refused', () => {
    expect(() => table('[(y := x) for x in z]\n')).toThrow(Unsupported);
  });
});

describe('symtable: errors', () => {
  it.each([
    ['def f():\n    x = 1\n    global x\n', "name 'x' is assigned to before global declaration", 3],
    ['def f():\n    print(x)\n    global x\n', "name 'x' is used prior to global declaration", 3],
    ['def f(x):\n    global x\n', "name 'x' is parameter and global", 2],
    ['def f():\n    nonlocal x\n', "no binding for nonlocal 'x' found", 2],
    ['nonlocal x\n', 'nonlocal declaration not allowed at module level', 1],
    ['return 5\n', "'return' outside function", 1],
  ])('%j', (src, msg, line) => {
    try {
      table(src);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(GuestError);
      expect((e as GuestError).pyMessage).toBe(msg);
      expect((e as GuestError).location!.line).toBe(line);
    }
  });
});
