// Templates for how-big-is-an-int and containers-and-their-sizes: what sys.getsizeof reports.
import type { QuizTemplate } from '../template';
import { lastLineDraft } from './shared';

const EXPONENTS = [0, 1, 15, 29, 30, 31, 45, 59, 60, 61, 89, 90, 100, 150, 200] as const;

function intExpr(rng: { pick<T>(xs: readonly T[]): T; chance(p: number): boolean }): string {
  const k = rng.pick(EXPONENTS);
  const v = rng.pick([`2 ** ${k}`, `2 ** ${k} - 1`, `-(2 ** ${k})`]);
  return k === 0 && rng.chance(0.3) ? '0' : v;
}

export const intSizeByMagnitude: QuizTemplate = {
  id: 'size-int-magnitude',
  lesson: 'how-big-is-an-int',
  topic: 'sizes',
  title: 'The size of an int',
  draft(rng) {
    const expr = intExpr(rng);
    const lines = ['import sys', `n = ${expr}`, 'print(sys.getsizeof(n))'];
    return lastLineDraft(lines, 'number',
      'An int object is a header (reference count, type, size: 24 bytes on 64-bit) plus its magnitude in 30-bit ' +
      'digits of 4 bytes each; the sign lives in the size field, so -x is as big as x. Zero has no digits before 3.11 ' +
      'and one digit from 3.11. On wasm32 the header is 12 bytes; digits are still 30 bits in 4 bytes.');
  },
};

export const intDigitDifference: QuizTemplate = {
  id: 'size-int-digit-difference',
  lesson: 'how-big-is-an-int',
  topic: 'sizes',
  title: 'Bytes per digit',
  draft(rng) {
    const [a, b] = rng.sample([1, 20, 31, 40, 61, 75, 91, 120, 151, 200, 301], 2).sort((x, y) => y - x);
    const lines = ['import sys', `big = 2 ** ${a}`, `small = 2 ** ${b}`, 'print(sys.getsizeof(big) - sys.getsizeof(small))'];
    return lastLineDraft(lines, 'number',
      `2 ** ${a} needs ${a + 1} bits and 2 ** ${b} needs ${b + 1}. Each object carries the same header; the difference is ` +
      'only in digits: one 4-byte digit per 30 bits, on 64-bit and on wasm32 alike.');
  },
};

export const listSizeByConstruction: QuizTemplate = {
  id: 'size-list-construction',
  lesson: 'containers-and-their-sizes',
  topic: 'sizes',
  title: 'Same items, different list sizes',
  draft(rng) {
    const n = rng.int(1, 12);
    const how = rng.pick(['literal', 'append', 'repeat', 'list-range', 'comprehension'] as const);
    const lines = ['import sys'];
    if (how === 'literal') lines.push(`a = [${Array.from({ length: n }, (_, i) => i).join(', ')}]`);
    else if (how === 'append') lines.push('a = []', `for i in range(${n}):`, '    a.append(i)');
    else if (how === 'repeat') lines.push(`a = [0] * ${n}`);
    else if (how === 'list-range') lines.push(`a = list(range(${n}))`);
    else lines.push(`a = [i for i in range(${n})]`);
    lines.push('print(sys.getsizeof(a))');
    return lastLineDraft(lines, 'number',
      'getsizeof(list) is the list header (56 bytes on 64-bit) plus 8 bytes per allocated pointer slot, used or not. ' +
      'A literal and [x] * n allocate exactly n slots; append over-allocates (new capacity ≈ n + n/8 + 6, rounded to a ' +
      'multiple of 4) so repeated appends are cheap; list(range) knows its length up front. The items themselves are not counted.');
  },
};

export const appendGrowth: QuizTemplate = {
  id: 'size-list-append-growth',
  lesson: 'containers-and-their-sizes',
  topic: 'sizes',
  title: 'How often does a growing list reallocate?',
  draft(rng) {
    const n = rng.int(5, 40);
    const lines = ['import sys', 'a = []', 'sizes = set()', `for i in range(${n}):`, '    a.append(i)',
      '    sizes.add(sys.getsizeof(a))', 'print(len(sizes))'];
    return lastLineDraft(lines, 'number',
      `Each distinct size is one reallocation. A list grows its capacity in steps (0 → 4 → 8 → 16 → 24 → 32 → 40 → 52 ` +
      '...: about an eighth more each time, plus a little), so most appends just fill a spare slot.',
      (line) => `The loop appends ${n} items and records every size the list reports. What does line ${line} print?`);
  },
};

export const tupleSize: QuizTemplate = {
  id: 'size-tuple',
  lesson: 'containers-and-their-sizes',
  topic: 'sizes',
  title: 'The size of a tuple',
  draft(rng) {
    const n = rng.int(0, 10);
    const expr = rng.pick([`tuple(range(${n}))`, `tuple([None] * ${n})`, `(${Array.from({ length: n }, (_, i) => `'s${i}'`).join(', ')}${n === 1 ? ',' : ''})`]);
    const lines = ['import sys', `t = ${expr}`, 'print(sys.getsizeof(t))'];
    return lastLineDraft(lines, 'number',
      'A tuple is immutable, so it is allocated with exactly as many slots as items and never keeps spare room: on ' +
      '64-bit getsizeof reports a fixed header (the object header plus the 16-byte GC header) plus 8 bytes per item ' +
      '(4 on wasm32). The empty tuple is one shared object, measured by the same rule.');
  },
};

export const dictSize: QuizTemplate = {
  id: 'size-dict',
  lesson: 'containers-and-their-sizes',
  topic: 'sizes',
  title: 'How a dict grows',
  draft(rng) {
    const n = rng.int(0, 14);
    const key = rng.pick(['i', 'str(i)'] as const);
    const lines = ['import sys', 'd = {}', `for i in range(${n}):`, `    d[${key}] = i`, 'print(sys.getsizeof(d))'];
    return lastLineDraft(lines, 'number',
      'An empty dict has no key table. The first insertion allocates a table of 8 slots with room for 5 entries; when ' +
      'it is two-thirds full the table doubles (then 16 slots / 10 entries, 32 / 21...). String-keyed tables can skip ' +
      'storing hashes per entry in newer versions, so key type can change the size too.');
  },
};

export const setSize: QuizTemplate = {
  id: 'size-set',
  lesson: 'containers-and-their-sizes',
  topic: 'sizes',
  title: 'How a set grows',
  draft(rng) {
    const n = rng.int(0, 24);
    const build = rng.chance(0.5) ? [`s = set(range(${n}))`] : ['s = set()', `for i in range(${n}):`, '    s.add(i)'];
    const lines = ['import sys', ...build, 'print(sys.getsizeof(s))'];
    return lastLineDraft(lines, 'number',
      'A set starts with a small table of 8 entries inside the object (216 bytes on 64-bit). When it is more than 60% ' +
      'full it grows to a separate, larger table (4× while small), and sys.getsizeof adds that table.');
  },
};

const STR_CHARS = [
  { ch: 'a', kind: 'ASCII: 1 byte per character, after a compact ASCII header' },
  { ch: 'é', kind: 'Latin-1 but not ASCII: 1 byte per character, with a slightly larger header' },
  { ch: 'ω', kind: 'in the Basic Multilingual Plane: 2 bytes per character' },
  { ch: '😀', kind: 'beyond the BMP: 4 bytes per character' },
] as const;

export const strKinds: QuizTemplate = {
  id: 'size-str-kinds',
  lesson: 'containers-and-their-sizes',
  topic: 'sizes',
  title: 'Compact strings',
  draft(rng) {
    const c = rng.pick(STR_CHARS);
    const n = rng.int(1, 12);
    const prefix = c.ch !== 'a' && rng.chance(0.4) ? 'abc' : '';
    const lines = ['import sys', `s = '${prefix}' + '${c.ch}' * ${n}`, 'print(sys.getsizeof(s))'];
    return lastLineDraft(lines, 'number',
      `A str stores every character with the width its widest character needs (PEP 393). '${c.ch}' is ${c.kind}; ` +
      'one wide character widens the whole string. The header also changed in 3.12 when the cached wchar_t pointer ' +
      'was removed (8 bytes less), and there is one extra slot for a terminating zero.');
  },
};

export const slotsVersusDict: QuizTemplate = {
  id: 'size-slots',
  lesson: 'containers-and-their-sizes',
  topic: 'sizes',
  title: 'An instance with __slots__',
  draft(rng) {
    const k = rng.int(1, 5);
    const fields = ['x', 'y', 'z', 'w', 'v'].slice(0, k);
    const lines = ['import sys', 'class P:', `    __slots__ = (${fields.map((f) => `'${f}'`).join(', ')}${k === 1 ? ',' : ''})`,
      '    def __init__(self):', ...fields.map((f) => `        self.${f} = 0`), 'p = P()', 'print(sys.getsizeof(p))'];
    return lastLineDraft(lines, 'number',
      `__slots__ turns each of the ${k} attribute names into a fixed 8-byte slot inside the object, after the 16-byte ` +
      'object header, and removes the per-instance __dict__ and __weakref__ pointers. getsizeof adds the 16-byte GC ' +
      'header in front and no dict, because there is none (sizes halve on wasm32, with 4-byte pointers).');
  },
};
