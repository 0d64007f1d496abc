// Templates for small-ints-interning-immortals: which equal values are the same object, and why.
import type { QuizTemplate } from '../template';
import { lastLineDraft } from './shared';

export const smallIntCacheBounds: QuizTemplate = {
  id: 'identity-small-int-bounds',
  lesson: 'small-ints-interning-immortals',
  topic: 'identity',
  title: 'The edges of the small-int cache',
  draft(rng) {
    const n = rng.pick([-8, -7, -6, -5, -4, -1, 0, 1, 100, 254, 255, 256, 257, 258, 300, 1000]);
    const lines = [`a = int('${n}')`, `b = int('${n}')`, 'print(a is b)'];
    return lastLineDraft(lines, 'boolean',
      `int('${n}') parses text at run time, so the compiler cannot share a constant. CPython keeps one preallocated ` +
      'object for every int from -5 to 256 and returns it whenever a result falls in that range; any other value is ' +
      'a new object each time.');
  },
};

export const constantsSharedInCode: QuizTemplate = {
  id: 'identity-constants-shared',
  lesson: 'small-ints-interning-immortals',
  topic: 'identity',
  title: 'Constants the compiler shares',
  draft(rng) {
    const n = rng.int(1000, 99999);
    const shape = rng.pick(['same-literal', 'folded', 'runtime', 'function'] as const);
    const lines: string[] = [];
    if (shape === 'function') lines.push('def f():', `    return ${n}`);
    lines.push(`a = ${n}`);
    lines.push(shape === 'same-literal' ? `b = ${n}` : shape === 'folded' ? `b = ${n - 1} + 1` : shape === 'runtime' ? `b = int('${n}')` : 'b = f()');
    lines.push('print(a is b)');
    return lastLineDraft(lines, 'boolean',
      `${n} is outside the small-int cache. When one compilation meets an equal constant twice (including a folded ` +
      'expression like `x - 1 + 1` and constants in nested functions), it stores one object and every use loads it, ' +
      'so the names share it. A value computed at run time, such as int(text), is a new object.');
  },
};

export const runtimeArithmetic: QuizTemplate = {
  id: 'identity-runtime-arithmetic',
  lesson: 'small-ints-interning-immortals',
  topic: 'identity',
  title: 'Results computed at run time',
  draft(rng) {
    const base = rng.int(100, 200);
    const add = rng.int(40, 120);
    const op = rng.pick(['+', '*'] as const);
    const factor = op === '*' ? rng.pick([1, 2]) : add;
    const lines = [`x = int('${base}')`, `a = x ${op} ${factor}`, `b = x ${op} ${factor}`, 'print(a is b)'];
    return lastLineDraft(lines, 'boolean',
      'Each arithmetic operation makes its result at run time. If the value is between -5 and 256, CPython returns ' +
      'the cached object, so both results are the same object; otherwise each operation allocates a new int.');
  },
};

const STRING_SHAPES = [
  { a: "'hello_world'", b: "'hello_world'", why: 'two equal string constants in one compilation are one object' },
  { a: "'py'", b: "'p' + 'y'", why: "the compiler folds 'p' + 'y' into the constant 'py', shared with the other" },
  { a: "'hello world!'", b: "''.join(['hello', ' world!'])", why: 'join builds a new string at run time and does not intern it' },
  { a: "sys.intern(''.join(['mem', 'ory']))", b: "sys.intern(''.join(['me', 'mory']))", why: 'sys.intern returns the one interned copy of equal strings' },
  { a: "'lab' * int('3')", b: "'lablablab'", why: 'repetition at run time makes a new, uninterned string' },
  { a: "'x' * 3", b: "'xxx'", why: "the compiler folds 'x' * 3 into a constant equal to (and shared with) 'xxx'" },
] as const;

export const stringIdentity: QuizTemplate = {
  id: 'identity-strings',
  lesson: 'small-ints-interning-immortals',
  topic: 'identity',
  title: 'When are equal strings the same object?',
  draft(rng) {
    const s = rng.pick(STRING_SHAPES);
    const swap = rng.chance(0.5);
    const lines = ['import sys', `a = ${swap ? s.b : s.a}`, `b = ${swap ? s.a : s.b}`, 'print(a is b)'];
    return lastLineDraft(lines, 'boolean', `Here ${s.why}. Identity of equal strings depends on how each was made, never on the value alone.`);
  },
};

const EMPTY_SHAPES = [
  ['tuple([])', '()'], ["''.join([])", "''"], ['str()', "''"], ['bytes()', "b''"], ['[]', '[]'], ['{}', 'dict()'],
  ['set()', 'set()'], ['tuple()', '()'], ["'abc'[3:]", "''"], ['(1, 2)[2:]', '()'],
] as const;

export const emptySingletons: QuizTemplate = {
  id: 'identity-empty-singletons',
  lesson: 'small-ints-interning-immortals',
  topic: 'identity',
  title: 'Empty objects that are singletons',
  draft(rng) {
    const [x, y] = rng.pick(EMPTY_SHAPES);
    const lines = [`a = ${x}`, `b = ${y}`, 'print(a is b)'];
    return lastLineDraft(lines, 'boolean',
      'Immutable empty values (the empty tuple, str and bytes) exist once: every way of making one returns the same ' +
      'object. Mutable containers ([], {}, set()) must be new objects each time, since changing one must not change another.');
  },
};

export const immortalRefcount: QuizTemplate = {
  id: 'identity-immortal-refcount',
  lesson: 'small-ints-interning-immortals',
  topic: 'identity',
  title: 'The reference count of an immortal object',
  python: ['3.12', '3.13', '3.14'],
  draft(rng) {
    const value = rng.pick(['None', 'True', 'False', "int('7')", "int('256')", '()', "''"]);
    const lines = ['import sys', `x = ${value}`, rng.chance(0.5) ? 'y = [x, x, x]' : 'y = x', 'print(sys.getrefcount(x))'];
    return lastLineDraft(lines, 'number',
      `Since 3.12 (PEP 683) ${value} is immortal: its reference count is pinned at a huge constant, increments and ` +
      'decrements leave it alone, and getrefcount reports that constant however many references you add. The ' +
      'constant differs between versions and platforms.');
  },
};
