// Templates for the-allocator: addresses get reused, by size class, whatever the type.
import type { QuizTemplate } from '../template';
import { lastLineDraft } from './shared';

export const temporaryIds: QuizTemplate = {
  id: 'alloc-temporary-ids',
  lesson: 'the-allocator',
  topic: 'allocator',
  title: 'id() of temporaries',
  draft(rng) {
    // Instances of plain classes are left out: real 3.13.0 never reuses the address for the second
    // one (the simulator does); reported to the simulator's owner.
    const expr = rng.pick(['object()', 'Slotted()', '[]', "int('5000')", "float('1.5')", '{}', "'ab' * int('9')"]);
    const kept = rng.chance(0.35);
    const lines = ['class Slotted:', "    __slots__ = ('a',)"];
    if (kept) lines.push(`keep = ${expr}`, `print(id(keep) == id(${expr}))`);
    else lines.push(`print(id(${expr}) == id(${expr}))`);
    return lastLineDraft(lines, 'boolean',
      kept
        ? 'Two objects alive at the same time always have different ids: keep still holds the first one while the second is made.'
        : 'The first object is freed as soon as id() returns (nothing else refers to it); the second allocation of the same ' +
          'size gets the block just released (from pymalloc, or from the type\'s free list), so the two ids can be equal. ' +
          'An id is only unique among objects alive at the same time.');
  },
};

export const sizeClassReuse: QuizTemplate = {
  id: 'alloc-size-class-reuse',
  lesson: 'the-allocator',
  topic: 'allocator',
  title: 'A freed block reused by another type',
  draft(rng) {
    const strLen = rng.int(20, 120);
    const bytesLen = rng.int(20, 120);
    const lines = [`s = 'x' * int('${strLen}')`, 'where = id(s)', 'del s', `b = bytes(${bytesLen})`, 'print(id(b) == where)'];
    return lastLineDraft(lines, 'boolean',
      `pymalloc hands out blocks by size class (multiples of 16 bytes on 64-bit, 8 on wasm32), not by type. The str of ` +
      `${strLen} characters and the bytes of length ${bytesLen} each need their header plus their data; if both round ` +
      'up to the same class, the bytes object gets the block the str just returned, at the same address.');
  },
};

export const slotsSizeClass: QuizTemplate = {
  id: 'alloc-instance-size-class',
  lesson: 'the-allocator',
  topic: 'allocator',
  title: 'Reuse between instances of different classes',
  draft(rng) {
    const k = rng.int(0, 6);
    const slots = k === 0 ? '()' : `(${Array.from({ length: k }, (_, i) => `'f${i}'`).join(', ')}${k === 1 ? ',' : ''})`;
    // Both classes use __slots__ so both objects start at the same offset in their block (a plain
    // instance has extra pre-header words before its address).
    const lines = ['class Cat:', "    __slots__ = ('name', 'age')", 'class Dog:', `    __slots__ = ${slots}`, 'c = Cat()', 'where = id(c)', 'del c', 'd = Dog()', 'print(id(d) == where)'];
    return lastLineDraft(lines, 'boolean',
      'When the Cat (two slots) is freed its block returns to its pymalloc size class. The Dog, a different type, takes that block ' +
      `if its own size (a header plus ${k} slot${k === 1 ? '' : 's'}) falls in the same class; otherwise it comes from another pool.`);
  },
};
