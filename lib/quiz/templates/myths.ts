// Templates that test the wrong claims of source-claims.md against a run: the learner judges a
// claim, and the program's output (from the simulator) decides.
import type { QuizTemplate } from '../template';
import { FRESH, draft, fateOf, lastLineDraft, printed } from './shared';

/** A1: "the reference count is 10, then 20, then 30". */
export const refcountGrowsByTen: QuizTemplate = {
  id: 'myth-a1-refcount-tens',
  lesson: 'reference-counting',
  topic: 'myths',
  title: 'Does each name add ten references?',
  draft(rng, target) {
    const immortalOk = target.python !== '3.10' && target.python !== '3.11';
    const value = immortalOk && rng.chance(0.35) ? '10' : rng.pick(FRESH);
    const lines = ['import sys', `a = ${value}`, 'print(sys.getrefcount(a))', 'b = a', 'print(sys.getrefcount(a))', 'c = b', 'print(sys.getrefcount(a))'];
    return draft(lines,
      'A tutorial binds a = 10, b = a, c = b and says the reference count goes 10, 20, 30. Run this version: how does the printed count change as names are added?',
      {
        kind: 'choice',
        options: [
          { id: 'tens', label: 'It grows by 10 per name' },
          { id: 'ones', label: 'It grows by 1 per name' },
          { id: 'same', label: 'It does not change' },
        ],
        answer: (run) => {
          const counts = [3, 5, 7].map((l) => Number(printed(run, l)));
          if (counts.some((c) => !Number.isFinite(c))) return null;
          const steps = [counts[1] - counts[0], counts[2] - counts[1]];
          if (steps.every((d) => d === 10)) return 'tens';
          if (steps.every((d) => d === 1)) return 'ones';
          if (steps.every((d) => d === 0)) return 'same';
          return null;
        },
      },
      5,
      value === '10'
        ? 'Since 3.12 the small int 10 is immortal: its count is pinned at a huge constant and adding names does not change it. ' +
          'Before 3.12 it would grow by one per name, never by ten.'
        : 'Each new name is one more reference, so the count grows by exactly one per name. The claim confuses the value ' +
          'bound (10) with the count; getrefcount also reports one extra for its own argument.');
  },
};

/** A3: "the old object will eventually be deallocated by the garbage collector". */
export const rebindFreesNow: QuizTemplate = {
  id: 'myth-a3-rebind-freed-when',
  lesson: 'reference-counting',
  topic: 'myths',
  title: 'When is the old object freed after rebinding?',
  draft(rng) {
    const extra = rng.pick(['none', 'none', 'alias', 'cycle'] as const);
    const lines = ['import gc, weakref', 'class Thing:', '    pass', 'x = Thing()'];
    if (extra === 'alias') lines.push('y = x');
    if (extra === 'cycle') lines.push('x.me = x');
    lines.push('r = weakref.ref(x)', `x = ${rng.pick(['Thing()', 'None', '0', "'new'"])}`);
    const rebind = lines.length;
    lines.push('print(r() is None)', 'gc.collect()');
    const gcLine = lines.length;
    lines.push('print(r() is None)');
    return draft(lines,
      `A tutorial says that after a name is rebound, the old object "will eventually be freed by the garbage collector". ` +
      `When is the first Thing freed here?`,
      {
        kind: 'choice',
        options: [
          { id: 'now', label: `Immediately, by reference counting at line ${rebind}` },
          { id: 'gc', label: `By the cyclic GC at line ${gcLine}` },
          { id: 'alive', label: 'It is still alive at the end' },
        ],
        answer: (run) => {
          const fate = fateOf(run, 'Thing');
          const firstFreedEarly = run.freed.filter((f) => f.type === 'Thing');
          if (!fate) return 'alive';
          if (firstFreedEarly.length > 1) return null;
          if (fate.line === rebind && !fate.inCollection) return 'now';
          if (fate.line === gcLine && fate.inCollection) return 'gc';
          return null;
        },
      },
      rebind,
      'Reference counting frees an object the moment its last reference goes, here while the rebinding line runs. The ' +
      'cyclic GC is only needed when the object is part of a cycle; an object with another name is not garbage at all.');
  },
};

/** C1: "an integer variable typically requires 4 bytes". */
export const intIsFourBytes: QuizTemplate = {
  id: 'myth-c1-int-bytes',
  lesson: 'how-big-is-an-int',
  topic: 'myths',
  title: 'Is an int 4 bytes?',
  draft(rng) {
    const value = rng.pick(['1', '7', '42', '1000', "int('5')", '255']);
    const lines = ['import sys', `n = ${value}`, 'print(sys.getsizeof(n))'];
    return draft(lines, `A tutorial says an integer variable typically needs 4 bytes. What does line 3 report for n = ${value}?`,
      {
        kind: 'choice',
        options: [
          { id: 'small', label: '8 bytes or less, as the claim suggests' },
          { id: 'mid', label: 'between 9 and 20 bytes' },
          { id: 'large', label: 'more than 20 bytes' },
        ],
        answer: (run) => {
          const size = Number(printed(run, 3));
          if (!Number.isFinite(size)) return null;
          return size <= 8 ? 'small' : size <= 20 ? 'mid' : 'large';
        },
      },
      3,
      'An int is a full object: reference count, type pointer and size field (24 bytes on 64-bit, 12 on wasm32) ' +
      'before its first digit. The name n costs only a slot holding a pointer; the 4-byte figure comes from C.');
  },
};

/** B1: "the GC cannot free objects involved in circular references". */
export const cyclesAreFreed: QuizTemplate = {
  id: 'myth-b1-cycles-leak',
  lesson: 'cycles-and-the-collector',
  topic: 'myths',
  title: 'Do cycles leak?',
  draft(rng) {
    const withDel = rng.chance(0.4);
    const lines = ['import gc, weakref', 'class Node:', withDel ? '    def __del__(self):\n        pass' : '    pass', 'a = Node()'];
    lines.push(rng.pick(['a.me = a', 'a.peer = Node()\na.peer.peer = a', 'a.items = [a]', "a.d = {'back': a}"]));
    lines.push('r = weakref.ref(a)', 'del a');
    if (rng.chance(0.5)) lines.push('print(r() is None)');
    lines.push('gc.collect()', 'print(r() is None)');
    const flat = lines.join('\n').split('\n');
    return lastLineDraft(flat, 'boolean',
      'A tutorial says cycles cannot be detected and leak. After del the cycle keeps its own counts above zero, so it ' +
      'is still alive; gc.collect() finds that every reference to it comes from inside the group and frees it. Since ' +
      '3.4 (PEP 442) this holds even when the objects define __del__.',
      (line) => `A tutorial says objects in a reference cycle can never be freed. What does line ${line} print?`);
  },
};

/** B3 and A3: "objects with count zero are found by a sweep later". */
export const zeroCountDoesNotWait: QuizTemplate = {
  id: 'myth-b3-zero-waits',
  lesson: 'cycles-and-the-collector',
  topic: 'myths',
  title: 'Does an unreferenced object wait for the collector?',
  draft(rng) {
    const lines = ['import gc, weakref', 'gc.disable()', 'class Thing:', '    pass', 't = Thing()'];
    if (rng.chance(0.5)) lines.push(rng.pick(['t.child = Thing()', 't.items = [1, 2, 3]', 't.peer = t']));
    lines.push('r = weakref.ref(t)', rng.pick(['del t', 't = None']), 'print(r() is None)');
    return lastLineDraft(lines, 'boolean',
      'A tutorial says a "sweep" later finds objects whose count reached zero. There is no such wait: the decref that ' +
      'reaches zero frees the object immediately, with the collector disabled or not. Only an object still referenced ' +
      'from a cycle (such as t.peer = t) keeps a nonzero count and needs the collector.',
      (line) => `The cyclic GC is disabled. What does line ${line} print?`);
  },
};

/** F2: "variables are containers for storing data". */
export const namesAreLabels: QuizTemplate = {
  id: 'myth-f2-labels',
  lesson: 'names-and-objects',
  topic: 'myths',
  title: 'Are variables boxes?',
  draft(rng) {
    const copy = rng.chance(0.3) ? rng.pick(['a.copy()', 'list(a)', 'a[:]']) : 'a';
    const lines = ['a = [1, 2, 3]', `b = ${copy}`, rng.pick(['b.append(4)', 'b[0] = 99', 'b.clear()', 'b.remove(2)']), 'print(a)'];
    return draft(lines,
      'A tutorial calls variables "containers for storing data". Which statement does this run support?',
      {
        kind: 'choice',
        options: [
          { id: 'shared', label: 'a and b name one list: the change made through b shows through a' },
          { id: 'separate', label: 'a and b are separate lists: a is unchanged' },
        ],
        answer: (run) => {
          const shown = printed(run, 4);
          if (shown === null) return null;
          return shown === '[1, 2, 3]' ? 'separate' : 'shared';
        },
      },
      3,
      copy === 'a'
        ? 'b = a does not copy anything into a box called b: it binds a second name to the same list, so a mutation through b is visible through a.'
        : `Only an explicit copy (${copy}) makes a second list; the names themselves never hold data, they refer to objects.`);
  },
};

/** E1: "pooling reuses memory previously allocated for objects of the same type". */
export const poolingIsBySize: QuizTemplate = {
  id: 'myth-e1-pooling-by-type',
  lesson: 'the-allocator',
  topic: 'myths',
  title: 'Is memory reused only by the same type?',
  draft(rng) {
    const digits = rng.int(10, 40);
    const len = rng.int(1, 40);
    const make = rng.pick([`bytes(int('${len}'))`, `'y' * int('${len}')`]);
    const lines = [`n = int('${'9'.repeat(digits)}')`, 'where = id(n)', 'del n', `other = ${make}`, 'print(id(other) == where)'];
    return draft(lines,
      'A tutorial says freed memory is pooled and reused for new objects of the same type. The int on line 1 is freed ' +
      'at line 3. What does line 5 show about the new object of a different type?',
      {
        kind: 'choice',
        options: [
          { id: 'reused', label: 'it got the address the int had' },
          { id: 'fresh', label: 'it got a different address' },
        ],
        answer: (run) => {
          const shown = printed(run, 5);
          return shown === 'True' ? 'reused' : shown === 'False' ? 'fresh' : null;
        },
      },
      4,
      'pymalloc pools blocks by size class (16-byte steps on 64-bit), not by type: a bytes or str whose size rounds to ' +
      `the same class as the freed ${digits}-digit int takes its block as readily as another int would. Only a few ` +
      'types (lists, floats, tuples, dicts...) keep free lists of their own.');
  },
};
