// Templates for putting-it-together: a cache that leaks through a cycle and a closure.
import type { QuizTemplate } from '../template';
import { classifyFates, draft, lastLineDraft } from './shared';

export const cacheCycle: QuizTemplate = {
  id: 'together-cache-cycle',
  lesson: 'putting-it-together',
  topic: 'gc',
  title: 'A cache entry that points back at its cache',
  draft(rng) {
    const lines = ['import gc, weakref', 'class Entry:', '    def __init__(self, cache, key):', '        self.cache = cache',
      '        self.key = key', 'cache = {}', "e = Entry(cache, 'k')", "cache['k'] = e", 'r = weakref.ref(e)', 'del e'];
    lines.push(rng.pick(['cache = None', 'del cache', 'cache.clear()', "del cache['k']"]));
    if (rng.chance(0.4)) lines.push('gc.collect()');
    lines.push('print(r() is None)');
    return lastLineDraft(lines, 'boolean',
      'The dict holds the Entry and the Entry holds the dict: a cycle. Dropping the name cache leaves the cycle ' +
      'alive until a collection; removing the entry from the dict breaks the cycle, so counting frees the Entry at ' +
      'once. gc.collect() frees an unreachable cycle either way.');
  },
};

const PARTS = ['Session', 'Logger'] as const;

export const closureCycleClassify: QuizTemplate = {
  id: 'together-closure-cycle',
  lesson: 'putting-it-together',
  topic: 'gc',
  title: 'A callback that closes over its owner',
  draft(rng) {
    const capturesLog = rng.chance(0.5);
    const capturesSelf = rng.chance(0.7);
    const keepLogger = rng.chance(0.3);
    const lines = ['import gc, weakref', 'class Session:', '    pass', 'class Logger:', '    pass', 'def attach(s, log):',
      '    def handler():', `        return ${[capturesSelf ? 's' : '', capturesLog ? 'log' : ''].filter(Boolean).join(', ') || 'None'}`,
      '    s.handler = handler', 'gc.collect()', 'session = Session()', 'logger = Logger()', 'attach(session, logger)',
      "watch = [weakref.ref(o, lambda r, n=type(o).__name__: print(n, 'freed')) for o in (session, logger)]"];
    lines.push(keepLogger ? 'del session' : 'del session, logger');
    const delLine = lines.length;
    lines.push("print('collecting')", 'gc.collect()');
    const gcLine = lines.length;
    lines.push("print('done')", 'del watch');
    return draft(lines,
      `For each object: freed by reference counting at line ${delLine}, by the cyclic GC at line ${gcLine}, or still alive?`,
      {
        kind: 'classify',
        items: PARTS.map((p) => ({ id: p, label: `the ${p}` })),
        categories: [
          { id: 'refcount', label: `reference counting (line ${delLine})` },
          { id: 'gc', label: `the cyclic GC (line ${gcLine})` },
          { id: 'alive', label: 'still alive' },
        ],
        answer: (run) => classifyFates(run, PARTS, delLine, gcLine),
      },
      delLine,
      'session.handler is a function whose closure cells hold what it uses. If it uses s, the Session refers to the ' +
      'function and the function (through a cell) to the Session: a cycle that only the collector frees, along with ' +
      'anything reachable only from it, like a captured Logger. What the handler does not capture is freed by counting ' +
      'as soon as its name goes.');
  },
};

export const weakBackReference: QuizTemplate = {
  id: 'together-weak-back-reference',
  lesson: 'putting-it-together',
  topic: 'finalizers',
  title: 'Breaking a parent–child cycle with a weak reference',
  draft(rng) {
    const weak = rng.chance(0.5);
    const kids = rng.int(1, 3);
    const lines = ['import weakref', 'class Parent:', '    pass', 'class Child:', '    pass', 'p = Parent()', 'p.children = []'];
    for (let i = 0; i < kids; i++) lines.push('c = Child()', weak ? 'c.parent = weakref.ref(p)' : 'c.parent = p', 'p.children.append(c)');
    lines.push('rp = weakref.ref(p)', 'del p, c', 'print(rp() is None)');
    return lastLineDraft(lines, 'boolean',
      (weak
        ? 'Each child refers to its parent only weakly, so the parent\'s count falls to zero at del and counting frees it, ' +
          'then its list, then the children. '
        : 'Each child holds a strong reference back to the parent, so parent, list and children form a cycle that stays ' +
          'alive after del until the collector runs. ') +
      'Weak back-references keep ownership one-way, so memory is released at once rather than at the next collection.');
  },
};
