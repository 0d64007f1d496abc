// Templates for cycles-and-the-collector: what the cyclic GC finds, what it frees, what it tracks.
import type { QuizTemplate } from '../template';
import type { Rng } from '../random';
import { classifyFates, draft, lastLineDraft } from './shared';

/** Garbage shapes: each builds unreachable objects after its names are deleted. */
const SHAPES = [
  { name: 'two instances pointing at each other', build: (p: string) => [`${p}a = Node()`, `${p}b = Node()`, `${p}a.other = ${p}b`, `${p}b.other = ${p}a`], names: ['a', 'b'] },
  { name: 'an instance pointing at itself', build: (p: string) => [`${p}a = Node()`, `${p}a.me = ${p}a`], names: ['a'] },
  { name: 'a list containing itself', build: (p: string) => [`${p}a = []`, `${p}a.append(${p}a)`], names: ['a'] },
  { name: 'a ring of three instances', build: (p: string) => [`${p}a = Node()`, `${p}b = Node()`, `${p}c = Node()`, `${p}a.next = ${p}b`, `${p}b.next = ${p}c`, `${p}c.next = ${p}a`], names: ['a', 'b', 'c'] },
  { name: 'an instance and a list holding each other', build: (p: string) => [`${p}a = Node()`, `${p}a.items = [${p}a]`], names: ['a'] },
  { name: 'a dict containing itself', build: (p: string) => [`${p}a = {}`, `${p}a['self'] = ${p}a`], names: ['a'] },
  { name: 'two lists holding each other', build: (p: string) => [`${p}a = []`, `${p}b = [${p}a]`, `${p}a.append(${p}b)`], names: ['a', 'b'] },
] as const;

function garbage(rng: Rng, count: number): { lines: string[]; names: string[]; described: string[] } {
  const shapes = rng.sample(SHAPES, count);
  const lines: string[] = [];
  const names: string[] = [];
  shapes.forEach((shape, i) => {
    const prefix = ['', 'x', 'y'][i];
    lines.push(...shape.build(prefix));
    names.push(...shape.names.map((n) => prefix + n));
  });
  return { lines, names, described: shapes.map((s) => s.name) };
}

export const collectReturns: QuizTemplate = {
  id: 'gc-collect-returns',
  lesson: 'cycles-and-the-collector',
  topic: 'gc',
  title: 'What gc.collect() returns',
  draft(rng) {
    const g = garbage(rng, rng.int(1, 2));
    const withDel = rng.chance(0.3);
    const lines = ['import gc', 'class Node:', withDel ? '    def __del__(self):\n        pass' : '    pass', 'gc.collect()',
      ...g.lines, `del ${g.names.join(', ')}`, 'print(gc.collect())'];
    const flat = lines.join('\n').split('\n');
    return lastLineDraft(flat, 'number',
      `After del, nothing outside ${g.described.join(' and ')} refers to them, but their counts stay above zero. ` +
      'gc.collect() returns how many unreachable objects it found: every instance, list and dict in the garbage. In 3.10 ' +
      "each instance's __dict__ is a separate tracked dict and is counted too; from 3.11 attributes live inline and " +
      'the dict is never created. A __del__ method does not stop collection (PEP 442). The first gc.collect() clears ' +
      'whatever start-up left behind, so the second counts only this garbage.');
  },
};

export const garbageStaysEmpty: QuizTemplate = {
  id: 'gc-garbage-with-del',
  lesson: 'cycles-and-the-collector',
  topic: 'gc',
  title: 'Cycles with __del__ and gc.garbage',
  draft(rng) {
    const k = rng.int(1, 3);
    const lines = ['import gc', 'class Res:', '    def __del__(self):', "        print('closing')", 'gc.collect()'];
    for (let i = 0; i < k; i++) lines.push(`r${i} = Res()`, `r${i}.me = r${i}`);
    lines.push(`del ${Array.from({ length: k }, (_, i) => `r${i}`).join(', ')}`, 'found = gc.collect()', rng.pick(['print(len(gc.garbage))', 'print(found)']));
    return lastLineDraft(lines, 'number',
      'Before Python 3.4 a cycle with __del__ was uncollectable and parked in gc.garbage. Since PEP 442 the collector ' +
      'calls each finalizer once, checks that nothing was resurrected, and frees the cycle: gc.garbage stays empty and ' +
      'collect() counts every object found (plus, in 3.10, each instance __dict__).');
  },
};

const PEOPLE = ['Ann', 'Bob', 'Cat', 'Dan'] as const;

export const classifyFreed: QuizTemplate = {
  id: 'gc-classify-freed',
  lesson: 'cycles-and-the-collector',
  topic: 'gc',
  title: 'Freed by counting, by the collector, or not at all',
  draft(rng) {
    const names = PEOPLE.map((p) => p.toLowerCase());
    const lines = ['import gc, weakref'];
    for (const p of PEOPLE) lines.push(`class ${p}:`, '    pass');
    lines.push('gc.collect()', ...PEOPLE.map((p, i) => `${names[i]} = ${p}()`));
    const edges: string[] = [];
    for (let i = 0; i < 4; i++) {
      if (rng.chance(0.6)) {
        const j = rng.int(0, 3);
        edges.push(`${names[i]}.link = ${names[j]}`);
      }
    }
    if (edges.length === 0) return { reject: 'no references between the objects' };
    lines.push(...edges);
    lines.push(`watch = [weakref.ref(o, lambda r, n=o.__class__.__name__: print(n, 'freed')) for o in (${names.join(', ')})]`);
    const deleted = rng.sample(names, rng.int(2, 4));
    lines.push(`del ${deleted.join(', ')}`);
    const delLine = lines.length;
    lines.push("print('collecting')", 'gc.collect()');
    const gcLine = lines.length;
    lines.push("print('done')", 'del watch');
    const kept = names.filter((n) => !deleted.includes(n));
    return draft(lines,
      `Line ${delLine} deletes some names and line ${gcLine} runs the collector. For each object, is it freed by ` +
      `reference counting at line ${delLine}, freed by the cyclic GC at line ${gcLine}, or still alive after it?`,
      {
        kind: 'classify',
        items: PEOPLE.map((p) => ({ id: p, label: `the ${p} object` })),
        categories: [
          { id: 'refcount', label: `freed by reference counting (line ${delLine})` },
          { id: 'gc', label: `freed by the cyclic GC (line ${gcLine})` },
          { id: 'alive', label: 'still alive' },
        ],
        answer: (run) => classifyFates(run, PEOPLE, delLine, gcLine),
      },
      delLine,
      'An object is freed by counting the moment nothing refers to it any more; an object in a cycle (or reachable only ' +
      'from one) keeps a nonzero count until the collector proves the whole group unreachable and clears it. ' +
      (kept.length ? `${kept.join(' and ')} still ${kept.length > 1 ? 'have names' : 'has a name'}, so ${kept.length > 1 ? 'they' : 'it'} and anything ${kept.length > 1 ? 'they reach' : 'it reaches'} stay alive. ` : '') +
      'The weakref callbacks print the moment each object dies.');
  },
};

const TRACKED_SUBJECTS = [
  "int('5')", "'text'", '3.5', '[]', '[1, 2]', '{}', "{'a': 1}", "{'a': []}", 'object()', 'Node()', 'set()',
  'tuple([1, 2])', 'tuple([[], 1])', 'None', "b'raw'", 'Node', 'len',
] as const;

export const isTracked: QuizTemplate = {
  id: 'gc-is-tracked',
  lesson: 'cycles-and-the-collector',
  topic: 'gc',
  title: 'Which objects does the collector track?',
  draft(rng) {
    const subject = rng.pick(TRACKED_SUBJECTS);
    const lines = ['import gc', 'class Node:', '    pass', `x = ${subject}`, 'print(gc.is_tracked(x))'];
    return lastLineDraft(lines, 'boolean',
      'The collector only tracks objects that can refer to other objects and so could be part of a cycle: lists, ' +
      'sets, instances, functions, classes. Atoms such as ints, strs, floats, bytes and object() are never tracked. ' +
      'Up to 3.13, dicts holding only atoms start untracked; 3.14 tracks every dict. Tuples are tracked at creation and ' +
      'untracked by a collection that finds only atoms in them (3.14.1+ skips tracking atom-only tuples from the start).');
  },
};
