// Templates for frames-stack-and-heap: what a frame's locals, cells, defaults and parameters hold.
import type { QuizTemplate } from '../template';
import { FRESH, lastLineDraft } from './shared';

export const localsFreedOnReturn: QuizTemplate = {
  id: 'frame-locals-freed-on-return',
  lesson: 'frames-stack-and-heap',
  topic: 'refcounts',
  title: 'What survives a function call',
  draft(rng) {
    const escape = rng.pick(['none', 'list', 'global', 'cycle', 'attribute', 'none'] as const);
    const lines = ['import weakref', 'class Thing:', '    pass', 'saved = []', 'class Holder:', '    pass', 'h = Holder()', 'def work():'];
    if (escape === 'global') lines.push('    global kept');
    lines.push('    t = Thing()');
    if (escape === 'list') lines.push('    saved.append(t)');
    if (escape === 'global') lines.push('    kept = t');
    if (escape === 'cycle') lines.push('    t.me = t');
    if (escape === 'attribute') lines.push('    h.thing = t');
    lines.push('    return weakref.ref(t)', 'r = work()', 'print(r() is None)');
    return lastLineDraft(lines, 'boolean',
      'The Thing lives on the heap like every object; the frame only holds a reference to it in the local t. When ' +
      'work() returns, the frame drops its locals. If nothing else refers to the Thing it is freed right then; a ' +
      'reference stored in a global, a list, another object, or a cycle (which only the collector can free) keeps it alive.');
  },
};

export const closureKeepsAlive: QuizTemplate = {
  id: 'frame-closure-keeps-alive',
  lesson: 'frames-stack-and-heap',
  topic: 'refcounts',
  title: 'Does the closure keep it alive?',
  draft(rng) {
    const captures = rng.chance(0.6);
    const dropF = rng.chance(0.3);
    const lines = ['import weakref', 'class Thing:', '    pass', 'def outer():', '    t = Thing()', '    r = weakref.ref(t)',
      '    def inner():', captures ? '        return t' : '        return 42', '    return inner, r', 'f, r = outer()'];
    if (dropF) lines.push('del f');
    lines.push('print(r() is None)');
    return lastLineDraft(lines, 'boolean',
      'A local that an inner function uses becomes a cell: the frame and the inner function share it, and the ' +
      'function object keeps it (through __closure__) after outer() returns. A local the inner function does not ' +
      'use is an ordinary fast local, released when the frame goes. Deleting the last reference to the function frees ' +
      'its cells too.');
  },
};

export const defaultArgumentReference: QuizTemplate = {
  id: 'frame-default-argument',
  lesson: 'frames-stack-and-heap',
  topic: 'refcounts',
  title: 'Default arguments hold references',
  draft(rng) {
    const lines = ['import sys', `x = ${rng.pick(FRESH)}`];
    const fns = rng.int(0, 2);
    for (let i = 0; i < fns; i++) lines.push(`def f${i}(a=x, b=x${rng.chance(0.5) ? ', c=x' : ''}):`, '    return a');
    if (rng.chance(0.5)) lines.push('g = lambda arg=x: arg');
    if (fns > 0 && rng.chance(0.3)) lines.push('f0 = None');
    lines.push('print(sys.getrefcount(x))');
    if (fns === 0 && !lines.some((l) => l.startsWith('g ='))) return { reject: 'no default argument' };
    return lastLineDraft(lines, 'number',
      "Default values are evaluated once, when `def` runs, and stored in the function's __defaults__ tuple: each default " +
      'is one reference from that tuple, for as long as the function lives. Rebinding the function name frees the ' +
      'function, its defaults tuple, and those references.');
  },
};

export const recursionFramesHoldReferences: QuizTemplate = {
  id: 'frame-recursion-refcount',
  lesson: 'frames-stack-and-heap',
  topic: 'refcounts',
  title: 'Every frame on the stack holds its arguments',
  draft(rng) {
    const depth = rng.int(0, 4);
    const lines = ['import sys', 'def down(n, obj):', '    if n == 0:', '        print(sys.getrefcount(obj))', '        return',
      '    down(n - 1, obj)', `thing = ${rng.pick(FRESH)}`, `down(${depth}, thing)`];
    return {
      ...lastLineDraft(lines.slice(0, 4), 'number', ''),
      program: lines.join('\n') + '\n',
      prompt: `What does line 4 print when down(${depth}, thing) runs?`,
      explanation:
        `There are ${depth + 1} frames of down() alive at the base case, each holding obj as a parameter, plus the global ` +
        'name thing. Up to 3.13 every caller also holds a reference on its value stack while the call runs (and so ' +
        'does getrefcount\'s own argument); 3.14 loads obj as a borrowed reference in the calls where the local outlives ' +
        'the call, so fewer extra references appear.',
    };
  },
};
