// Templates for names-and-objects: names are references, `is` versus `==`, rebinding versus mutation.
import type { QuizTemplate } from '../template';
import { lastLineDraft } from './shared';

const CONTAINERS = [
  { make: '[1, 2, 3]', copies: ['a[:]', 'list(a)', 'a.copy()', 'copy.copy(a)'] },
  { make: "{'x': 1}", copies: ['dict(a)', 'a.copy()', 'copy.copy(a)'] },
  { make: '{1, 2}', copies: ['set(a)', 'a.copy()', 'copy.copy(a)'] },
] as const;

export const aliasOrCopy: QuizTemplate = {
  id: 'names-alias-or-copy',
  lesson: 'names-and-objects',
  topic: 'identity',
  title: 'Alias or copy?',
  draft(rng) {
    const kind = rng.pick(CONTAINERS);
    const rhs = rng.chance(0.35) ? 'a' : rng.pick(kind.copies);
    const lines = ['import copy', `a = ${kind.make}`, `b = ${rhs}`, rng.pick(['print(b is a)', 'print(a is b)'])];
    return lastLineDraft(lines, 'boolean',
      `\`b = ${rhs}\` ` + (rhs === 'a'
        ? 'binds a second name to the very same object: assignment never copies.'
        : 'builds a new container (a shallow copy) whose slots refer to the same elements; the two containers are ' +
          'equal but distinct objects, so `is` is False.'));
  },
};

const MUTATIONS = [
  'b.append(3)', 'b += [3, 4]', 'b = b + [3]', 'b.extend([5])', 'b = [9]', 'b[0] = 7', 'b.pop()', 'b *= 2', 'b = b * 2',
] as const;

export const mutationThroughAlias: QuizTemplate = {
  id: 'names-mutation-through-alias',
  lesson: 'names-and-objects',
  topic: 'identity',
  title: 'Rebinding versus mutating',
  draft(rng) {
    const steps = rng.sample(MUTATIONS, rng.int(1, 2));
    const lines = ['a = [1, 2]', 'b = a', ...steps, 'print(len(a))'];
    return lastLineDraft(lines, 'number',
      'a and b start as two names for one list. Methods and augmented assignment on a list (append, extend, +=, *=, ' +
      'item assignment, pop) change that shared object, so a sees it. `b = ...` with a plain `+`, `*` or a new list ' +
      'builds another object and rebinds only b; later changes through b no longer touch a.');
  },
};

export const equalButNotIdentical: QuizTemplate = {
  id: 'names-eq-vs-is',
  lesson: 'names-and-objects',
  topic: 'identity',
  title: '== compares values, is compares objects',
  draft(rng) {
    const make = rng.pick(['[1, 2]', "{'k': 1}", 'int("5000")', 'float("2.5")', '(1, [])', "''.join(['ab', 'cd'])"]);
    const op = rng.pick(['==', 'is', 'is not', '!=']);
    const second = rng.chance(0.3) ? 'x' : make;
    const lines = [`x = ${make}`, `y = ${second}`, `print(x ${op} y)`];
    return lastLineDraft(lines, 'boolean',
      (second === 'x' ? 'y is bound to the same object as x, so it is both equal and identical. '
        : `Each evaluation of \`${make}\` builds a new object at run time: the two are equal in value but distinct objects. `) +
      '`==` asks the objects to compare their values; `is` compares identities (addresses) and never calls any method.');
  },
};
