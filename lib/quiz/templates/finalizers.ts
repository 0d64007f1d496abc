// Templates for finalizers-and-weak-references: __del__, weakref callbacks, finalize, weak dicts.
import type { QuizTemplate } from '../template';
import { draft, lastLineDraft, outputLines } from './shared';

const LETTERS = ['A', 'B', 'C', 'D'] as const;
const NOISY = ['class Noisy:', '    def __init__(self, name):', '        self.name = name', '    def __del__(self):', '        print(self.name)'];

export const containerTeardownOrder: QuizTemplate = {
  id: 'fin-teardown-order',
  lesson: 'finalizers-and-weak-references',
  topic: 'finalizers',
  title: 'In which order do the finalizers run?',
  draft(rng) {
    const k = rng.int(3, 4);
    const letters = LETTERS.slice(0, k);
    const shape = rng.pick(['list', 'tuple', 'dict', 'names', 'function', 'rebind'] as const);
    const made = letters.map((l) => `Noisy('${l}')`);
    const lines = [...NOISY];
    if (shape === 'list') lines.push(`items = [${made.join(', ')}]`, 'del items');
    else if (shape === 'tuple') lines.push(`items = (${made.join(', ')})`, 'items = None');
    else if (shape === 'dict') lines.push(`items = {${letters.map((l, i) => `'${l.toLowerCase()}': ${made[i]}`).join(', ')}}`, 'del items');
    else if (shape === 'names') {
      lines.push(...letters.map((l, i) => `${l.toLowerCase()} = ${made[i]}`));
      lines.push(`del ${rng.shuffle(letters).map((l) => l.toLowerCase()).join(', ')}`);
    } else if (shape === 'function') {
      lines.push('def work():', ...letters.map((l, i) => `    ${l.toLowerCase()} = ${made[i]}`), "    print('return')", 'work()');
    } else {
      lines.push(...letters.map((l, i) => `${l.toLowerCase()} = ${made[i]}`));
      lines.push(...rng.shuffle(letters).map((l) => `${l.toLowerCase()} = None`));
    }
    const items = [...letters.map((l) => ({ id: l, label: `__del__ of ${l}` })), ...(shape === 'function' ? [{ id: 'return', label: "print('return')" }] : [])];
    const line = lines.length;
    return draft(lines, `Put the lines the program prints in order.`, {
      kind: 'order',
      items,
      answer: (run) => {
        const out = outputLines(run);
        return out.every((o) => items.some((i) => i.id === o)) ? out : null;
      },
    }, line,
      'Each __del__ runs when its object\'s count reaches zero. Deleting names one by one frees in the order written; ' +
      'a container releases its items when it is freed: a list or tuple from its last slot to its first, a dict in ' +
      'insertion order; a returning function drops its locals in the order they were declared.');
  },
};

export const delAndCallbackOrder: QuizTemplate = {
  id: 'fin-del-callback-order',
  lesson: 'finalizers-and-weak-references',
  topic: 'finalizers',
  title: '__del__, weakref callbacks and finalize: who goes first?',
  draft(rng) {
    const cycle = rng.chance(0.4);
    const withFinalize = rng.chance(0.5);
    const lines = ['import gc, weakref', 'class Thing:', '    def __del__(self):', "        print('__del__')", 't = Thing()'];
    if (cycle) lines.push('t.me = t');
    lines.push("r = weakref.ref(t, lambda ref: print('callback'))");
    if (withFinalize) lines.push("f = weakref.finalize(t, print, 'finalize')");
    lines.push("print('before')", rng.pick(['del t', 't = None']));
    if (cycle) lines.push('gc.collect()');
    lines.push("print('after')");
    const items = [
      { id: 'before', label: "'before'" }, { id: '__del__', label: '__del__' }, { id: 'callback', label: 'the weakref callback' },
      ...(withFinalize ? [{ id: 'finalize', label: 'the finalize callback' }] : []), { id: 'after', label: "'after'" },
    ];
    return draft(lines, 'Put the lines the program prints in order.', {
      kind: 'order',
      items,
      answer: (run) => {
        const out = outputLines(run);
        return out.length === items.length ? out : null;
      },
    }, lines.length - 1,
      (cycle
        ? 'In a cycle nothing happens at del. gc.collect() finds the garbage, first clears the weak references to it and ' +
          'calls their callbacks, then runs the finalizers (__del__), then tears the objects apart. '
        : 'With no cycle, the object dies during del: its __del__ runs first (it could still resurrect the object), then ' +
          'its weak references are cleared and their callbacks called. ') +
      'weakref.finalize is itself a weakref callback, called together with the others, newest first.');
  },
};

export const resurrection: QuizTemplate = {
  id: 'fin-resurrection',
  lesson: 'finalizers-and-weak-references',
  topic: 'finalizers',
  title: 'A finalizer that resurrects its object',
  draft(rng) {
    const cycle = rng.chance(0.4);
    const lines = ['import gc', 'graveyard = []', 'calls = []', 'class Phoenix:', '    def __del__(self):',
      '        calls.append(1)', '        graveyard.append(self)', 'p = Phoenix()'];
    if (cycle) lines.push('p.me = p');
    lines.push('del p');
    if (cycle) lines.push('gc.collect()');
    const rounds = rng.int(1, 3);
    // Later rounds use clear(): popping an empty list would raise.
    for (let i = 0; i < rounds; i++) lines.push(i === 0 ? rng.pick(['graveyard.clear()', 'graveyard.pop()', 'del graveyard[:]']) : 'graveyard.clear()', ...(cycle ? ['gc.collect()'] : []));
    lines.push(rng.pick(['print(len(calls))', 'print(len(graveyard))']));
    return lastLineDraft(lines, 'number',
      '__del__ stored self in a global list, so after it returned the object had a reference again and survived ' +
      '(resurrection). PEP 442 marks the object as finalized: when it dies again, __del__ is not called a second time ' +
      'and it is simply freed. Removing it from the list again leaves nothing to put it back.');
  },
};

export const weakValueDictionary: QuizTemplate = {
  id: 'fin-weak-value-dict',
  lesson: 'finalizers-and-weak-references',
  topic: 'finalizers',
  title: 'What stays in a WeakValueDictionary',
  draft(rng) {
    const n = rng.int(3, 8);
    const every = rng.int(2, 4);
    const lines = ['import weakref', 'class Item:', '    pass', 'cache = weakref.WeakValueDictionary()', 'keep = []',
      `for i in range(${n}):`, '    obj = Item()', '    cache[i] = obj', `    if i % ${every} == 0:`, '        keep.append(obj)'];
    if (rng.chance(0.5)) lines.push('del obj');
    if (rng.chance(0.3)) lines.push('keep.pop()');
    lines.push('print(len(cache))');
    return lastLineDraft(lines, 'number',
      'A WeakValueDictionary holds its values through weak references: an entry disappears the moment its value is ' +
      'freed. The Items appended to keep survive, and so does the last Item while the loop variable obj still names it ' +
      '(until del obj).');
  },
};

export const finalizeAlive: QuizTemplate = {
  id: 'fin-finalize-alive',
  lesson: 'finalizers-and-weak-references',
  topic: 'finalizers',
  title: 'Has weakref.finalize run yet?',
  draft(rng) {
    const alias = rng.chance(0.4);
    const cycle = !alias && rng.chance(0.4);
    const lines = ['import weakref', 'class Resource:', '    pass', 'res = Resource()', "f = weakref.finalize(res, print, 'cleanup')"];
    if (alias) lines.push(rng.pick(['other = res', 'holder = [res]']));
    if (cycle) lines.push('res.me = res');
    lines.push('del res', 'print(f.alive)');
    const ask = lines.length;
    if (alias) lines.push('f()');
    if (cycle) lines.push('f.detach()');
    return { ...lastLineDraft(lines.slice(0, ask), 'boolean', ''),
      program: lines.join('\n') + '\n',
      explanation: 'finalize(obj, fn, ...) calls fn once, when obj is freed (or at exit, or when called directly); ' +
        'f.alive is True until then. It needs the object to die: another reference, or a cycle with no collection yet, ' +
        'keeps it pending. (The lines after the question run the cleanup by hand or detach it so nothing runs at exit.)' };
  },
};
