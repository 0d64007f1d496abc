// Templates for generations: thresholds per version, and when collections happen (or do not).
import type { QuizTemplate } from '../template';
import { lastLineDraft } from './shared';

export const thresholds: QuizTemplate = {
  id: 'gen-thresholds',
  lesson: 'generations',
  topic: 'generations',
  title: 'The default thresholds',
  draft(rng) {
    const i = rng.int(0, 2);
    const lines = ['import gc', `print(gc.get_threshold()[${i}])`];
    return lastLineDraft(lines, 'number',
      'Threshold 0 is how many net allocations of tracked objects trigger a young collection: 700 up to 3.12, 2000 ' +
      'from 3.13. Thresholds 1 and 2 count collections of the younger generation before the older one is collected ' +
      '(10 and 10). The incremental collector that 3.14.0–3.14.4 shipped (and Pyodide runs) reports 0 for the third.');
  },
};

export const disabledCyclesWait: QuizTemplate = {
  id: 'gen-disabled-cycles-wait',
  lesson: 'generations',
  topic: 'generations',
  title: 'With the collector disabled',
  draft(rng) {
    const cycle = rng.chance(0.6);
    const churn = rng.pick([50, 150, 300]);
    const lines = ['import gc, weakref', 'class Node:', '    pass', 'gc.disable()', 'a = Node()'];
    if (cycle) lines.push(rng.pick(['a.me = a', 'a.box = [a]', 'a.peer = Node()\na.peer.peer = a']));
    else lines.push(rng.pick(['a.box = []', 'a.peer = Node()', 'pass']));
    lines.push('r = weakref.ref(a)', 'del a', 'keep = []', `for i in range(${churn}):`, '    keep.append([])', 'print(r() is None)');
    const flat = lines.join('\n').split('\n');
    return lastLineDraft(flat, 'boolean',
      'gc.disable() turns off only the automatic cyclic collections, however many objects are allocated. Reference ' +
      'counting keeps working: an object outside any cycle is freed at `del`. An object in a cycle waits, here until ' +
      'the program ends or someone calls gc.collect().');
  },
};

export const automaticCollection: QuizTemplate = {
  id: 'gen-automatic-collection',
  lesson: 'generations',
  topic: 'generations',
  title: 'When does an automatic collection start?',
  draft(rng) {
    const threshold = rng.pick([50, 100, 200]);
    const n = rng.chance(0.5) ? Math.floor(threshold / 3) : threshold * 3;
    const lines = ['import gc', 'gc.collect()', `gc.set_threshold(${threshold}, 10, 10)`, 'log = []',
      'gc.callbacks.append(lambda phase, info: log.append(phase))', 'keep = []', `for i in range(${n}):`,
      '    keep.append([])', "print(log.count('start') > 0)"];
    return lastLineDraft(lines, 'boolean',
      `Every new tracked object (here each list) adds one to generation 0's count and every freed one subtracts one. ` +
      `When the count exceeds threshold 0 (${threshold}) a young collection runs, and gc.callbacks hear its "start". ` +
      `${n} surviving lists ${n > threshold ? 'pass' : 'stay below'} the threshold. Collections are triggered by allocations, not by a timer.`);
  },
};
