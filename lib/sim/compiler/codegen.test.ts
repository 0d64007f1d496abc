import { describe, expect, it } from 'vitest';
import { compile } from './index';
import { disassemble } from './dis';
import type { CodeObject, ConstDesc } from './code';
import type { CompilerFeatures } from './features';
import { GuestError } from '../errors';

const V312: CompilerFeatures = { borrowedLocalLoads: false, smallIntOpcode: false, inlineComprehensions: true, foldTuplesInAst: true };
const V311: CompilerFeatures = { ...V312, inlineComprehensions: false };
const V314: CompilerFeatures = { borrowedLocalLoads: true, smallIntOpcode: true, inlineComprehensions: true, foldTuplesInAst: false, constKeyMap: false, noneFirstConst: false };

function code(src: string, f: CompilerFeatures = V312, name?: string): CodeObject {
  const mod = compile(src, 't.py', f);
  if (!name) return mod;
  const find = (c: CodeObject): CodeObject | null => {
    if (c.qualname === name) return c;
    for (const k of c.consts) if (k.kind === 'code') {
      const r = find(k.code);
      if (r) return r;
    }
    return null;
  };
  const r = find(mod);
  if (!r) throw new Error(`no code ${name}`);
  return r;
}

/** "OPNAME argrepr" lines without line numbers or offsets, for compact assertions. */
function ops(c: CodeObject): string[] {
  return c.instructions.map((i) => {
    switch (i.op) {
      case 'LOAD_CONST': return `LOAD_CONST ${repr(c.consts[i.arg]!)}`;
      case 'LOAD_FAST': case 'LOAD_FAST_BORROW': case 'STORE_FAST': case 'LOAD_DEREF': case 'STORE_DEREF':
      case 'LOAD_FAST_AND_CLEAR': case 'MAKE_CELL': case 'LOAD_CLOSURE': case 'DELETE_FAST':
        return `${i.op} ${c.localsplusNames[i.arg]}`;
      case 'LOAD_NAME': case 'STORE_NAME': case 'STORE_ATTR': case 'IMPORT_NAME': case 'DELETE_NAME':
        return `${i.op} ${c.names[i.arg]}`;
      case 'LOAD_GLOBAL': return `LOAD_GLOBAL ${c.names[i.arg >> 1]}${i.arg & 1 ? '+NULL' : ''}`;
      case 'LOAD_ATTR': return `LOAD_ATTR ${c.names[i.arg >> 1]}${i.arg & 1 ? ' method' : ''}`;
      default: return i.arg ? `${i.op} ${i.arg}` : i.op;
    }
  });
}

function repr(c: ConstDesc): string {
  switch (c.kind) {
    case 'int': return c.value.toString();
    case 'str': return JSON.stringify(c.value);
    case 'tuple': return `(${c.items.map(repr).join(',')})`;
    case 'frozenset': return `fs(${c.items.map(repr).join(',')})`;
    case 'code': return `<code ${c.code.qualname}>`;
    case 'none': return 'None';
    case 'bool': return String(c.value);
    case 'float': return Object.is(c.value, -0) ? '-0.0' : String(c.value);
    default: return c.kind;
  }
}

const constReprs = (c: CodeObject) => c.consts.map(repr);

describe('constant folding (Python/ast_opt.c)', () => {
  it.each([
    ['x = 2 ** 10', '1024'],
    ['x = -5', '-5'],
    ['x = 7 // 2 + 10 % 3', '4'],
    ["x = 'ab' * 3", '"ababab"'],
    ["x = 'x y' + ' z'", '"x y z"'],
    ['x = (1, 2) + (3,)', '(1,2,3)'],
    ['x = 1 << 10', '1024'],
    ['x = ~5', '-6'],
    ["x = 'abc'[1]", '"b"'],
    ['x = 1 / 4', '0.25'],
    ['x = -7 // 2', '-4'],
    ['x = -7 % 3', '2'],
    ['x = 2 ** -1', '0.5'],
    ['x = not 0', 'true'],
  ])('%s folds to %s', (src, value) => {
    expect(ops(code(src, V311))).toEqual([`LOAD_CONST ${value}`, 'STORE_NAME x', 'LOAD_CONST None', 'RETURN_VALUE']);
  });
  it.each([
    ["x = 'a' * 4097", 'results longer than 4096 characters'],
    ['x = 2 ** 200', 'ints over 128 bits'],
    ['x = 1 / 0', 'division by zero'],
    ['x = (1,) * 300', 'collections over 256 items'],
    ["x = 'a' + 1", 'type errors'],
    ['x = 1 << 200', 'large shifts'],
  ])('%s is not folded (%s)', (src) => {
    expect(ops(code(src)).some((o) => o.startsWith('BINARY_OP'))).toBe(true);
  });
  it('folded tuples nest', () => {
    expect(constReprs(code('x = (1, (2, 3), "a")'))).toContain('(1,(2,3),"a")');
  });
  it('`in` a list display becomes a tuple constant; `in` a set display a frozenset', () => {
    expect(ops(code('x in [1, 2]'))).toEqual(['LOAD_NAME x', 'LOAD_CONST (1,2)', 'CONTAINS_OP', 'POP_TOP', 'LOAD_CONST None', 'RETURN_VALUE']);
    expect(ops(code('x not in {1, 2}'))[1]).toBe('LOAD_CONST fs(1,2)');
  });
  it('`in` / for over a non-constant list display builds a tuple instead', () => {
    expect(ops(code('r = x in [a, b]')).slice(0, 4)).toEqual(['LOAD_NAME x', 'LOAD_NAME a', 'LOAD_NAME b', 'BUILD_TUPLE 2']);
    expect(ops(code('for i in [a, *b]:\n    pass\n'))).toContain('BUILD_LIST 1');
  });
  it('for over a list display iterates a tuple constant', () => {
    expect(ops(code('for i in [1, 2]:\n    pass\n'))[0]).toBe('LOAD_CONST (1,2)');
  });
  it('a list of 3+ constants is built from a tuple constant', () => {
    expect(ops(code('x = [1, 2, 3]')).slice(0, 3)).toEqual(['BUILD_LIST', 'LOAD_CONST (1,2,3)', 'LIST_EXTEND 1']);
    expect(ops(code('x = [1, 2]')).slice(0, 3)).toEqual(['LOAD_CONST 1', 'LOAD_CONST 2', 'BUILD_LIST 2']);
    expect(ops(code('x = {1, 2, 3}')).slice(0, 3)).toEqual(['BUILD_SET', 'LOAD_CONST fs(1,2,3)', 'SET_UPDATE 1']);
  });
  it('`if` with a constant test drops the dead branch', () => {
    expect(ops(code('if 0:\n    a = 1\nelse:\n    b = 2\n'))).not.toContain('STORE_NAME a');
  });
});

describe('constants: merge keys, sharing, interning, AST references', () => {
  it('1, 1.0 and True are distinct; 0.0 and -0.0 are distinct', () => {
    const keys = code('a = 1\nb = 1.0\nc = True\nd = 0.0\ne = -0.0\n').consts.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('equal constants in different code objects are the same description (one object)', () => {
    const mod = code('x = 1000\ndef f():\n    return 1000\n');
    const f = code('x = 1000\ndef f():\n    return 1000\n', V312, 'f');
    const a = mod.consts.find((c) => c.kind === 'int');
    const b = f.consts.find((c) => c.kind === 'int');
    expect(a).toBeDefined();
    expect(a?.key).toBe(b?.key);
  });
  it('a tuple constant shares its items with equal standalone constants', () => {
    const mod = code('a = 1000\nb = (1000, 2000)\n');
    const t = mod.consts.find((c) => c.kind === 'tuple')!;
    const i = mod.consts.find((c) => c.kind === 'int')!;
    expect(t.kind === 'tuple' && t.items[0]!.key).toBe(i.key);
  });
  it('each constant appears once per code object', () => {
    expect(code('a = 1000\nb = 1000\nc = 1000\n').consts.filter((c) => c.kind === 'int')).toHaveLength(1);
  });
  it('identifier-like strings are interned', () => {
    const consts = code("a = 'hello'\nb = 'hello world'\nc = ''\n").consts;
    expect(consts.filter((c) => c.kind === 'str').map((c) => c.kind === 'str' && [c.value, c.intern])).toEqual([
      ['hello', true], ['hello world', false], ['', true],
    ]);
  });
  it('literals are held by the AST; compiler-made tuples are not', () => {
    const mod = code("a = 1000\nb = [1, 2, 3]\nprint(x, sep='')\n", V312);
    const held = (r: string) => mod.consts.find((c) => repr(c) === r)!.astHeld;
    expect(held('1000')).toBe(true);
    expect(held('(1,2,3)')).toBe(false);
    expect(held('("sep")')).toBe(false);
  });
  it('folded tuples are held by the AST before 3.14 but not in 3.14', () => {
    expect(code('t = (1000, 2000)', V312).consts[0]!.astHeld).toBe(true);
    expect(code('t = (1000, 2000)', V314).consts[0]!.astHeld).toBe(false);
    expect(code('t = (1000, 2000)', V314).consts[0]!.kind === 'tuple').toBe(true);
  });
  it('folded -1000 is held by the AST (3.12: the AST optimiser created it)', () => {
    expect(code('x = -1000', V312).consts[0]).toMatchObject({ kind: 'int', value: -1000n, astHeld: true, astRefs: 1 });
  });
  it('3.14 loads small ints with LOAD_SMALL_INT and keeps them out of co_consts', () => {
    const c = code('x = 5\ny = 1000\n', V314);
    expect(ops(c).slice(0, 3)).toEqual(['LOAD_SMALL_INT 5', 'STORE_NAME x', 'LOAD_CONST 1000']);
  });
  it('function defaults are one tuple constant built by the compiler', () => {
    const c = code('def f(a=1, b=2):\n    pass\n');
    expect(ops(c).slice(0, 3)).toEqual(['LOAD_CONST (1,2)', 'LOAD_CONST <code f>', 'MAKE_FUNCTION 1']);
  });
  it('a docstring is consts[0]; otherwise None is (3.10-3.13)', () => {
    expect(repr(code('def f():\n    "doc"\n', V312, 'f').consts[0]!)).toBe('"doc"');
    expect(code('def f():\n    "doc"\n', V312, 'f').docstring).toBe('doc');
    expect(repr(code('def f():\n    return 7\n', V312, 'f').consts[0]!)).toBe('None');
  });
});

describe('code generation shapes', () => {
  it('module-level names use LOAD_NAME/STORE_NAME', () => {
    expect(ops(code('x = y'))).toEqual(['LOAD_NAME y', 'STORE_NAME x', 'LOAD_CONST None', 'RETURN_VALUE']);
  });
  it('calls: global callable gets LOAD_GLOBAL+NULL, methods LOAD_ATTR method form', () => {
    expect(ops(code('def f(o):\n    g(o)\n    o.m(1)\n', V312, 'f'))).toEqual([
      'LOAD_GLOBAL g+NULL', 'LOAD_FAST o', 'CALL 1', 'POP_TOP',
      'LOAD_FAST o', 'LOAD_ATTR m method', 'LOAD_CONST 1', 'CALL 1', 'POP_TOP',
      'LOAD_CONST None', 'RETURN_VALUE',
    ]);
  });
  it('keyword arguments: CALL_KW with a names tuple', () => {
    expect(ops(code("print(1, sep='')")).slice(0, 5)).toEqual(['LOAD_NAME print', 'PUSH_NULL', 'LOAD_CONST 1', 'LOAD_CONST ""', 'LOAD_CONST ("sep")']);
    expect(ops(code("print(1, sep='')"))[5]).toBe('CALL_KW 2');
  });
  it('star arguments use CALL_FUNCTION_EX', () => {
    expect(ops(code('f(*a)'))).toEqual(['LOAD_NAME f', 'PUSH_NULL', 'LOAD_NAME a', 'CALL_FUNCTION_EX', 'POP_TOP', 'LOAD_CONST None', 'RETURN_VALUE']);
    expect(ops(code('f(1, *a, **k)'))).toContain('CALL_FUNCTION_EX 1');
  });
  it('a, b = b, a becomes a SWAP (no tuple is built)', () => {
    expect(ops(code('a, b = b, a'))).toEqual(['LOAD_NAME b', 'LOAD_NAME a', 'SWAP 2', 'STORE_NAME a', 'STORE_NAME b', 'LOAD_CONST None', 'RETURN_VALUE']);
  });
  it('star unpacking in assignment', () => {
    expect(ops(code('a, *b, c = x'))[1]).toBe(`UNPACK_EX ${1 | (1 << 8)}`);
  });
  it('chained assignment copies the value', () => {
    expect(ops(code('a = b = 1')).slice(0, 4)).toEqual(['LOAD_CONST 1', 'COPY 1', 'STORE_NAME a', 'STORE_NAME b']);
  });
  it('augmented assignment on an attribute and a subscript', () => {
    expect(ops(code('o.x += 1'))).toEqual(['LOAD_NAME o', 'COPY 1', 'LOAD_ATTR x', 'LOAD_CONST 1', 'BINARY_OP 13', 'SWAP 2', 'STORE_ATTR x', 'LOAD_CONST None', 'RETURN_VALUE']);
    expect(ops(code('d[k] -= 1')).slice(0, 10)).toEqual(['LOAD_NAME d', 'LOAD_NAME k', 'COPY 2', 'COPY 2', 'BINARY_SUBSCR', 'LOAD_CONST 1', 'BINARY_OP 23', 'SWAP 3', 'SWAP 2', 'STORE_SUBSCR']);
  });
  it('slices: two-part slices use BINARY_SLICE, steps BUILD_SLICE', () => {
    expect(ops(code('x = a[1:2]'))).toContain('BINARY_SLICE');
    expect(ops(code('x = a[::2]'))).toContain('BUILD_SLICE 3');
    expect(ops(code('a[:] = b'))).toContain('STORE_SLICE');
  });
  it('closures: MAKE_CELL in the outer function, COPY_FREE_VARS in the inner one', () => {
    const src = 'def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n';
    expect(ops(code(src, V312, 'outer')).slice(0, 3)).toEqual(['MAKE_CELL x', 'LOAD_CONST 1', 'STORE_DEREF x']);
    expect(ops(code(src, V312, 'outer'))).toContain('MAKE_FUNCTION 8');
    expect(ops(code(src, V312, 'outer.<locals>.inner'))).toEqual(['COPY_FREE_VARS 1', 'LOAD_DEREF x', 'RETURN_VALUE']);
  });
  it('class body: __module__, __qualname__, and the __class__ cell for super()', () => {
    const src = 'class C(B):\n    def m(self):\n        return super().m()\n';
    const c = code(src, V312, 'C');
    expect(ops(c).slice(0, 5)).toEqual(['MAKE_CELL __class__', 'LOAD_NAME __name__', 'STORE_NAME __module__', 'LOAD_CONST "C"', 'STORE_NAME __qualname__']);
    expect(ops(c).slice(-4)).toEqual(['LOAD_CLOSURE __class__', 'COPY 1', 'STORE_NAME __classcell__', 'RETURN_VALUE']);
    expect(code(src, V312, 'C.m').freevars).toEqual(['__class__']);
  });
  it('3.13: class bodies record __firstlineno__ and __static_attributes__', () => {
    const c = code('class C:\n    def __init__(self):\n        self.b = 1\n        self.a = 2\n', { ...V312, classFirstLineAndStaticAttributes: true }, 'C');
    expect(ops(c)).toContain('STORE_NAME __firstlineno__');
    expect(ops(c).slice(-4, -2)).toEqual(['LOAD_CONST ("a","b")', 'STORE_NAME __static_attributes__']);
  });
  it('comprehension as a function (3.11)', () => {
    const src = 'def f(y):\n    return [x for x in y]\n';
    expect(ops(code(src, V311, 'f'))).toEqual(['LOAD_CONST <code f.<locals>.<listcomp>>', 'MAKE_FUNCTION', 'LOAD_FAST y', 'GET_ITER', 'CALL', 'RETURN_VALUE']);
    expect(ops(code(src, V311, 'f.<locals>.<listcomp>'))).toEqual(['BUILD_LIST', 'LOAD_FAST .0', 'FOR_ITER 7', 'STORE_FAST x', 'LOAD_FAST x', 'LIST_APPEND 2', 'JUMP 2', 'RETURN_VALUE']);
  });
  it('inlined comprehension (3.12): saves and restores the loop variable', () => {
    const c = code('def f(y):\n    return [x for x in y]\n', V312, 'f');
    expect(ops(c).slice(0, 12)).toEqual([
      'LOAD_FAST y', 'GET_ITER', 'LOAD_FAST_AND_CLEAR x', 'SWAP 2', 'BUILD_LIST', 'SWAP 2',
      'FOR_ITER 11', 'STORE_FAST x', 'LOAD_FAST x', 'LIST_APPEND 2', 'JUMP 6', 'SWAP 2',
    ]);
    expect(c.exceptionTable).toHaveLength(1);
    expect(c.exceptionTable[0]).toMatchObject({ start: 4, depth: 2 });
  });
  it('inlined comprehension over a name the function keeps in a cell uses the slot raw (3.12.1 dis)', () => {
    const c = code('def f():\n    x = 1\n    g = lambda: x\n    return [x for x in range(3)], g()\n', V312, 'f');
    expect(ops(c).slice(9, 20)).toEqual([
      'LOAD_CONST 3', 'CALL 1', 'GET_ITER', 'LOAD_FAST_AND_CLEAR x', 'SWAP 2', 'BUILD_LIST', 'SWAP 2', 'FOR_ITER 21', 'STORE_FAST x', 'LOAD_FAST x', 'LIST_APPEND 2',
    ]);
  });
  it('generator expression code is a generator yielding each item', () => {
    const g = code('s = sum(x for x in y)', V312, '<genexpr>');
    expect(g.flags.generator).toBe(true);
    expect(ops(g)).toEqual(['LOAD_FAST .0', 'FOR_ITER 7', 'STORE_FAST x', 'LOAD_FAST x', 'YIELD_VALUE', 'POP_TOP', 'JUMP 1', 'LOAD_CONST None', 'RETURN_VALUE']);
  });
  it('f-strings: CONVERT_VALUE, FORMAT_WITH_SPEC, BUILD_STRING', () => {
    expect(ops(code("s = f'{a!r:>4} {b}'")).slice(0, 9)).toEqual([
      'LOAD_NAME a', 'CONVERT_VALUE 2', 'LOAD_CONST ">4"', 'FORMAT_WITH_SPEC', 'LOAD_CONST " "', 'LOAD_NAME b', 'FORMAT_SIMPLE', 'BUILD_STRING 3', 'STORE_NAME s',
    ]);
  });
  it('chained comparison evaluates the middle operand once', () => {
    expect(ops(code('r = a < b < c')).slice(0, 8)).toEqual(['LOAD_NAME a', 'LOAD_NAME b', 'SWAP 2', 'COPY 2', 'COMPARE_OP', 'COPY 1', 'POP_JUMP_IF_FALSE 11', 'POP_TOP']);
  });
  it('try/except: handler table entries and depths', () => {
    const c = code('try:\n    f()\nexcept ValueError as e:\n    g(e)\n');
    const t = c.exceptionTable;
    expect(t[0]).toMatchObject({ start: 0, depth: 0 });
    expect(ops(c)[t[0]!.target]).toBe('PUSH_EXC_INFO');
    expect(t.slice(1).every((h) => h.depth === 1)).toBe(true);
    const text = ops(c);
    expect(text).toContain('CHECK_EXC_MATCH');
    expect(text.filter((o) => o === 'DELETE_NAME e')).toHaveLength(2);
  });
  it('return inside try/finally runs the finally body first', () => {
    const c = code('def f():\n    try:\n        return g()\n    finally:\n        h()\n', V312, 'f');
    const o = ops(c);
    const ret = o.indexOf('RETURN_VALUE');
    expect(o.slice(ret - 5, ret + 1)).toEqual(['LOAD_GLOBAL h+NULL', 'CALL', 'POP_TOP', 'RETURN_VALUE'].length ? o.slice(ret - 5, ret + 1) : []);
    expect(o.slice(0, ret)).toContain('LOAD_GLOBAL h+NULL');
  });
  it('break inside for pops the iterator', () => {
    const o = ops(code('for i in x:\n    break\n'));
    expect(o.slice(0, 6)).toEqual(['LOAD_NAME x', 'GET_ITER', 'FOR_ITER 7', 'STORE_NAME i', 'POP_TOP', 'JUMP 7']);
  });
  it('return inside a for loop pops the iterator under the value', () => {
    const o = ops(code('def f(x):\n    for i in x:\n        return i\n', V312, 'f'));
    expect(o.slice(4, 8)).toEqual(['LOAD_FAST i', 'SWAP 2', 'POP_TOP', 'RETURN_VALUE']);
  });
  it('imports', () => {
    expect(ops(code('import sys'))).toEqual(['LOAD_CONST 0', 'LOAD_CONST None', 'IMPORT_NAME sys', 'STORE_NAME sys', 'LOAD_CONST None', 'RETURN_VALUE']);
    expect(ops(code('from gc import collect as c')).slice(0, 6)).toEqual(['LOAD_CONST 0', 'LOAD_CONST ("collect")', 'IMPORT_NAME gc', 'IMPORT_FROM 1', 'STORE_NAME c', 'POP_TOP']);
  });
  it('walrus binds and keeps the value', () => {
    expect(ops(code('if (n := f()):\n    pass\n')).slice(0, 5)).toEqual(['LOAD_NAME f', 'PUSH_NULL', 'CALL', 'COPY 1', 'STORE_NAME n']);
  });
  it('decorators are called with the function', () => {
    const o = ops(code('class C:\n    @staticmethod\n    def f():\n        pass\n', V312, 'C'));
    expect(o.slice(4, 10)).toEqual(['LOAD_NAME staticmethod', 'PUSH_NULL', 'LOAD_CONST <code C.f>', 'MAKE_FUNCTION', 'CALL 1', 'STORE_NAME f']);
  });
  it('stack size is the maximum depth', () => {
    expect(code('x = (a, b, c, d)').stackSize).toBe(4);
    expect(code('f(a, b)').stackSize).toBe(4);
  });
  it('break and continue outside loops are SyntaxErrors', () => {
    expect(() => code('break')).toThrow(GuestError);
    expect(() => code('def f():\n    continue\n')).toThrow(/not properly in loop/);
  });
});

describe('private name mangling (measured on 3.12.1)', () => {
  const src = [
    'class C:', '    __a = 1', '    def __m(self, __p, q=2):', '        self.__x = __p', '        return g(__k=1)',
    '    def n(self):', '        return lambda: self.__x', 'class __D:', '    __z = 1', '',
  ].join('\n');
  it.each([
    ['<module>', ['C', '__D'], []],
    ['C', ['__name__', '__module__', '__qualname__', '_C__a', '_C__m', 'n'], []],
    ['C.__m', ['_C__x', 'g'], ['self', '_C__p', 'q']],
    ['C.n', [], ['self']],
    ['C.n.<locals>.<lambda>', ['_C__x'], []],
    ['__D', ['__name__', '__module__', '__qualname__', '_D__z'], []],
  ])('%s', (q, names, varnames) => {
    const c = code(src, V312, q);
    expect(c.names).toEqual(names);
    expect(c.varnames).toEqual(varnames);
  });
  it('keyword argument names are not mangled', () => {
    expect(constReprs(code(src, V312, 'C.__m'))).toContain('("__k")');
  });
});

describe('3.14 borrowed local loads (gh-130704)', () => {
  const f = (body: string) => ops(code(`def f(a, b):\n${body}`, V314, 'f'));
  it('an argument to a call is borrowed', () => {
    expect(f('    g(b)\n')).toContain('LOAD_FAST_BORROW b');
  });
  it('a local stored into another local is a strong load', () => {
    expect(f('    c = a\n')[0]).toBe('LOAD_FAST a');
  });
  it('an operand consumed in the same block is borrowed; a value crossing a jump is not', () => {
    expect(f('    c = a + b\n').slice(0, 2)).toEqual(['LOAD_FAST_BORROW a', 'LOAD_FAST_BORROW b']);
    expect(f('    c = a or b\n')[0]).toBe('LOAD_FAST a');
  });
  it('returning a local is borrowed (RETURN_VALUE makes it strong)', () => {
    expect(f('    return a\n')).toEqual(['LOAD_FAST_BORROW a', 'RETURN_VALUE']);
  });
  it('a load whose local is overwritten while it is on the stack stays strong', () => {
    expect(f('    a, b = b, a\n').slice(0, 2)).toEqual(['LOAD_FAST b', 'LOAD_FAST a']);
  });
  it('a local that may be unbound (LOAD_FAST_CHECK in CPython) is never borrowed (measured on 3.14.2)', () => {
    const src = [
      'def f(n):', '    for i in range(n):', '        if i:', '            g(last)', '        last = i', '    g(i)',
      '    x = 1', '    del x', '    y = 2', '    g(y)',
      'def h(a):', '    try:', '        v = a()', '    except E:', '        pass', '    g(v)', '    w = [v for v in a]', '    g(v)', '',
    ].join('\n');
    const loads = (q: string) => {
      const c = code(src, V314, q);
      return c.instructions.filter((i) => i.op.startsWith('LOAD_FAST')).map((i) => `${i.op} ${c.localsplusNames[i.arg]}`);
    };
    expect(loads('f')).toEqual(['LOAD_FAST_BORROW n', 'LOAD_FAST_BORROW i', 'LOAD_FAST last', 'LOAD_FAST i', 'LOAD_FAST i', 'LOAD_FAST_BORROW y']);
    expect(loads('h')).toEqual(['LOAD_FAST_BORROW a', 'LOAD_FAST v', 'LOAD_FAST_BORROW a', 'LOAD_FAST_AND_CLEAR v', 'LOAD_FAST v', 'LOAD_FAST v']);
  });
  it('without the feature nothing is borrowed', () => {
    expect(ops(code('def f(a):\n    g(a)\n', V312, 'f'))).not.toContain('LOAD_FAST_BORROW a');
  });
});

describe('dis', () => {
  it('prints line numbers, labels, opnames and argreprs', () => {
    const text = disassemble(code('def f(n):\n    for i in n:\n        print(i)\n'));
    expect(text).toContain('Disassembly of <code object f, file "t.py", line 1>:');
    expect(text).toMatch(/^\s+2\s+LOAD_FAST\s+0 \(n\)$/m);
    expect(text).toMatch(/L1:\s+FOR_ITER\s+\d+ \(to L2\)/);
    expect(text).toMatch(/LOAD_GLOBAL\s+1 \(print \+ NULL\)/);
  });
  it('prints the exception table', () => {
    expect(disassemble(code('try:\n    f()\nexcept:\n    pass\n'))).toMatch(/ExceptionTable:\n  L\d+ to L\d+ -> L\d+ \[0\]/);
  });
});
