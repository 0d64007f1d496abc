import { describe, expect, it } from 'vitest';
import recorded from './ast-dump.cpython313.json';
import { parseModule } from './parser';
import { dumpModule } from './dump';
import { GuestError, Unsupported } from '../errors';
import type { ExprOf, StmtOf } from './ast';

// ast-dump.cpython313.json: `ast.dump(ast.parse(src))` recorded with ~/.pyenv/versions/3.13.0.
describe('AST shapes match CPython 3.13 ast.dump', () => {
  for (const [src, want] of Object.entries(recorded as Record<string, string>)) {
    it(JSON.stringify(src), () => {
      expect(dumpModule(parseModule(src))).toBe(want);
    });
  }
});

describe('parser: positions', () => {
  it('statement and expression spans', () => {
    const s = parseModule('x = foo(1, 2)\n').body[0] as StmtOf<'Assign'>;
    expect(s.loc).toEqual({ line: 1, col: 0, endLine: 1, endCol: 13 });
    expect(s.value.loc).toEqual({ line: 1, col: 4, endLine: 1, endCol: 13 });
  });
  it('multi-line call spans lines', () => {
    const s = parseModule('f(1,\n  2)\n').body[0] as StmtOf<'Expr'>;
    expect(s.value.loc).toMatchObject({ line: 1, col: 0, endLine: 2, endCol: 4 });
  });
  it('f-string field expressions carry file positions', () => {
    const s = parseModule("x = f'ab{yy}'\n").body[0] as StmtOf<'Assign'>;
    const fv = (s.value as ExprOf<'JoinedStr'>).values[1] as ExprOf<'FormattedValue'>;
    expect(fv.value.loc).toMatchObject({ line: 1, col: 9, endCol: 11 });
  });
  it('compound statement spans its body', () => {
    const s = parseModule('def f():\n    return 1\n').body[0]!;
    expect(s.loc).toMatchObject({ line: 1, endLine: 2 });
  });
});

function refusal(src: string): Unsupported {
  try {
    parseModule(src);
  } catch (e) {
    if (e instanceof Unsupported) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('parser: refusals name the feature and the line', () => {
  it.each([
    ['def g():\n    yield 1\n', 'U001-generators', 2, 'not supported yet: generators (line 2)'],
    ['x = 1\nasync def f(): pass\n', 'U002-async', 2, null],
    ['def f():\n    await x\n', 'U002-async', 2, null],
    ['@functools.cache\ndef f(): pass\n', 'U003-decorators', 1, null],
    ['@dataclass\nclass C: pass\n', 'U003-decorators', 1, null],
    ['class C(metaclass=M): pass\n', 'U004-metaclass', 1, null],
    ['import os\n', 'U005-import', 1, 'not supported yet: importing modules other than sys, gc, weakref and copy (line 1)'],
    ['\nfrom collections import deque\n', 'U005-import', 2, null],
    ['match x:\n    case 1: pass\n', 'U006-match', 1, null],
    ['with open(f) as g:\n    pass\n', 'U008-with', 1, null],
    ['x = 1j\n', 'U009-imaginary', 1, null],
    ['from sys import *\n', 'U010-star-import', 1, null],
    ['x: int = 1\n', 'U012-annotations', 1, null],
    ['def f(x: int): pass\n', 'U012-annotations', 1, null],
    ['def f() -> int: pass\n', 'U012-annotations', 1, null],
    ['try:\n    pass\nexcept* E:\n    pass\n', 'U014-try-star', 3, null],
    ['x = a @ b\n', 'U015-matmul', 1, null],
    ['assert x\n', 'U023-assert', 1, null],
  ])('%j', (src, code, line, message) => {
    const r = refusal(src);
    expect(r.code).toBe(code);
    expect(r.location.line).toBe(line);
    if (message) expect(r.message).toBe(message);
  });
  it('allows staticmethod, classmethod, property and its setter', () => {
    expect(() => parseModule('class C:\n    @staticmethod\n    def f(): pass\n    @property\n    def p(self): pass\n    @p.setter\n    def p(self, v): pass\n')).not.toThrow();
  });
  it('match as an ordinary name still parses', () => {
    expect(() => parseModule('match = 1\nmatch(x)\nprint(match)\n')).not.toThrow();
  });
});

describe('parser: syntax errors', () => {
  it.each([
    ['x = = 1\n', 'invalid syntax'],
    ['if x\n    pass\n', "expected ':'"],
    ['def f(:\n', 'invalid syntax'],
    ['f(x for x in y, 1)\n', 'Generator expression must be parenthesized'],
    ['x = 1 if y\n', "expected 'else' after 'if' expression"],
    ['a + 1 = 2\n', "cannot assign to expression here. Maybe you meant '==' instead of '='?"],
  ])('%j -> %s', (src, msg) => {
    try {
      parseModule(src);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(GuestError);
      expect((e as GuestError).pyMessage).toBe(msg);
    }
  });
  it('deep nesting is a SyntaxError, not a stack overflow', () => {
    expect(() => parseModule('x = ' + '('.repeat(500) + '1' + ')'.repeat(500) + '\n')).toThrow(GuestError);
    expect(() => parseModule('x = ' + '-'.repeat(5000) + '1\n')).toThrow(GuestError);
  });
});
