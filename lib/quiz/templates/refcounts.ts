// Templates about reference counts: what holds a reference, and what sys.getrefcount reports.
import type { QuizTemplate } from '../template';
import { FRESH as FRESH_OBJECTS, NAMES as SHORT_NAMES, lastLineDraft } from './shared';

const FRESH = FRESH_OBJECTS;
const NAMES = SHORT_NAMES;

/** Aliases and containers at module level: each adds exactly one reference. */
export const aliasesAtModuleLevel: QuizTemplate = {
  id: 'refcount-aliases-module',
  lesson: 'reference-counting',
  topic: 'refcounts',
  title: 'Counting the references to one object',
  draft(rng) {
    const [first, ...others] = rng.sample(NAMES, 4);
    const aliasCount = rng.int(0, 2);
    const lines = ['import sys', `${first} = ${rng.pick(FRESH)}`];
    for (const name of others.slice(0, aliasCount)) lines.push(`${name} = ${first}`);
    const holders = rng.int(0, 2);
    const holderKinds = rng.sample(['[{x}]', '({x},)', "{'k': {x}}", '[{x}, {x}]'], holders);
    holderKinds.forEach((shape, i) => lines.push(`holder${i} = ${shape.replaceAll('{x}', first)}`));
    lines.push(`print(sys.getrefcount(${first}))`);
    const line = lines.length;
    return {
      program: lines.join('\n') + '\n',
      prompt: `What does line ${line} print?`,
      ask: { kind: 'number', line },
      focusLine: line,
      explanation:
        `Every name bound to the object (${[first, ...others.slice(0, aliasCount)].join(', ')}) and every ` +
        'container slot that holds it adds exactly one reference. sys.getrefcount also counts the reference ' +
        'its own argument holds on the value stack while the call runs.',
    };
  },
};

/** A local in a function: 3.14 borrows it onto the stack, so the "+1" disappears. */
export const localInFunction: QuizTemplate = {
  id: 'refcount-local-in-function',
  lesson: 'reference-counting',
  topic: 'refcounts',
  title: 'A local variable and sys.getrefcount',
  draft(rng) {
    const [fn, local] = [rng.pick(['f', 'make', 'build', 'work']), rng.pick(NAMES)];
    const extra = rng.int(0, 2);
    const body = [`    ${local} = ${rng.pick(FRESH)}`];
    for (let i = 0; i < extra; i++) body.push(`    keep${i} = [${local}]`);
    body.push(`    print(sys.getrefcount(${local}))`);
    const lines = ['import sys', `def ${fn}():`, ...body, `${fn}()`];
    const line = 2 + body.length;
    return {
      program: lines.join('\n') + '\n',
      prompt: `What does line ${line} print when ${fn}() runs?`,
      ask: { kind: 'number', line },
      focusLine: line,
      explanation:
        `The local ${local} holds one reference and each list holds one more. Up to 3.13 the argument on the ` +
        'value stack adds one more; from 3.14 the compiler loads a local it can prove outlives the call as a ' +
        'borrowed reference (LOAD_FAST_BORROW), so the count no longer includes it.',
    };
  },
};

/** `del` and rebinding remove one reference each: a name, not the object. */
export const delRemovesAName: QuizTemplate = {
  id: 'refcount-del-name',
  lesson: 'reference-counting',
  topic: 'refcounts',
  title: 'What del takes away',
  draft(rng) {
    const [first, second] = rng.sample(NAMES, 2);
    const lines = ['import sys', `${first} = ${rng.pick(FRESH)}`, `${second} = ${first}`, `holder = [${first}, ${first}]`];
    const drop = rng.pick([`del ${second}`, `${second} = None`, 'holder.pop()', 'holder.clear()', 'del holder', `holder[0] = None`]);
    lines.push(drop);
    if (rng.chance(0.4)) lines.push(rng.pick([`${second} = ${first}`, `holder2 = (${first},)`]));
    lines.push(`print(sys.getrefcount(${first}))`);
    return lastLineDraft(lines, 'number',
      `\`${drop}\` removes references, never the object: \`del name\` unbinds one name, popping or clearing a list drops the ` +
      `references its slots held, and deleting the list frees it, which releases every slot. The object bound to ${first} ` +
      'stays alive while any reference remains; getrefcount adds one for its own argument.');
  },
};

/** Attributes of instances hold references like any other slot. */
export const attributesHoldReferences: QuizTemplate = {
  id: 'refcount-attributes',
  lesson: 'reference-counting',
  topic: 'refcounts',
  title: 'References held by attributes',
  draft(rng) {
    const value = rng.pick(NAMES);
    const lines = ['import sys', 'class Box:', '    pass', `${value} = ${rng.pick(FRESH)}`, 'p = Box()', `p.item = ${value}`];
    const extra = rng.int(0, 3);
    for (let i = 0; i < extra; i++) {
      lines.push(rng.pick([`p.other${i} = ${value}`, `q${i} = Box()\nq${i}.item = ${value}`, `p.item = ${value}`, `Box.shared${i} = ${value}`]));
    }
    const flat = lines.join('\n').split('\n');
    flat.push(`print(sys.getrefcount(${value}))`);
    return lastLineDraft(flat, 'number',
      'An attribute is a slot in the instance (its __dict__ or inline values, or the class dict for a class attribute) ' +
      'that holds one reference. Rebinding the same attribute to the same object replaces one reference with another, ' +
      'so the count does not grow. Add the name itself and getrefcount\'s argument.');
  },
};

/** An object dies when its last reference goes, not when a particular name does. */
export const delFreesOnlyTheLastReference: QuizTemplate = {
  id: 'refcount-del-frees-object',
  lesson: 'reference-counting',
  topic: 'refcounts',
  title: 'Is the object still alive after del?',
  draft(rng) {
    const [first, ...rest] = rng.sample(NAMES, 3);
    const aliases = rest.slice(0, rng.int(0, 2));
    const lines = ['import weakref', 'class Thing:', '    pass', `${first} = Thing()`];
    for (const alias of aliases) lines.push(rng.chance(0.5) ? `${alias} = ${first}` : `${alias} = [${first}]`);
    lines.push(`r = weakref.ref(${first})`);
    lines.push(rng.chance(0.5) ? `del ${first}` : `${first} = None`);
    if (aliases.length && rng.chance(0.5)) lines.push(`del ${aliases[0]}`);
    lines.push('print(r() is None)');
    return lastLineDraft(lines, 'boolean',
      'A weak reference does not count. The Thing is freed the instant its reference count reaches zero, which happens ' +
      'only when the last name or container slot holding it lets go; deleting one name of several leaves it alive.');
  },
};
