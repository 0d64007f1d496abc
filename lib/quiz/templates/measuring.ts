// Templates for measuring-memory: getsizeof is shallow, deep sizes add up the parts.
import type { QuizTemplate } from '../template';
import { lastLineDraft } from './shared';

export const shallowSize: QuizTemplate = {
  id: 'measure-shallow-size',
  lesson: 'measuring-memory',
  topic: 'sizes',
  title: 'Does getsizeof see inside?',
  draft(rng) {
    const n = rng.int(1, 1000);
    const change = rng.pick([`inner.extend(range(${n}))`, `inner.append('x' * ${n})`, `outer.append(${n})`, `outer.extend(range(${Math.min(n, 12)}))`, `inner[0] = 10 ** ${Math.min(n, 300)}`]);
    const lines = ['import sys', 'inner = [1, 2, 3]', 'outer = [inner]', 'before = sys.getsizeof(outer)', change, 'print(sys.getsizeof(outer) == before)'];
    return lastLineDraft(lines, 'boolean',
      'sys.getsizeof is shallow: it reports the outer list\'s own header and pointer array, not the objects the ' +
      'pointers lead to. Growing or replacing what inner holds changes nothing in outer; adding items to outer ' +
      'changes its size only when it must reallocate its pointer array.');
  },
};

export const deepSum: QuizTemplate = {
  id: 'measure-deep-sum',
  lesson: 'measuring-memory',
  topic: 'sizes',
  title: 'Adding up a list and its items',
  draft(rng) {
    const items = rng.sample(["int('1000')", '2 ** 70', "'abc'", "'hello world'", '3.5', "int('123456789012')", "b'xy'"], rng.int(2, 4));
    const lines = ['import sys', `xs = [${items.join(', ')}]`, 'total = sys.getsizeof(xs)', 'for x in xs:', '    total += sys.getsizeof(x)', 'print(total)'];
    return lastLineDraft(lines, 'number',
      'A deep size adds the container (header plus 8 bytes per slot) and each distinct object it refers to. Every ' +
      'item is a full object with its own header: an int is at least 28 bytes, a float 24, a short str about 40–50.');
  },
};

export const rangeVersusList: QuizTemplate = {
  id: 'measure-range-vs-list',
  lesson: 'measuring-memory',
  topic: 'sizes',
  title: 'A range is not a list',
  draft(rng) {
    const n = rng.pick([10, 100, 1000, 10000]);
    const lines = ['import sys', `r = range(${n})`, 'xs = list(r)', rng.pick(['print(sys.getsizeof(r))', 'print(sys.getsizeof(xs) - sys.getsizeof(r))'])];
    return lastLineDraft(lines, 'number',
      'A range stores only start, stop and step: its size does not depend on its length. list(range(n)) allocates ' +
      'n pointers (8 bytes each on 64-bit) plus a header, and getsizeof does not even count the n int objects.');
  },
};
