import { describe, expect, it } from 'vitest';
import { grade, orderCredit, parseBooleanAnswer, parseIntegerAnswer } from './grade';

describe('parseIntegerAnswer', () => {
  it.each([
    ['4', 4n], [' 28 ', 28n], ['+3', 3n], ['-5', -5n], ['1_000', 1000n], ['4,294,967,295', 4294967295n],
    ['4 294 967 295', 4294967295n], ['0', 0n],
  ])('reads %j', (text, want) => expect(parseIntegerAnswer(text)).toBe(want));
  it.each(['', 'four', '4.0', '1e3', '12,34', '--1', '0x10'])('refuses %j', (text) =>
    expect(parseIntegerAnswer(text)).toBeNull());
});

describe('parseBooleanAnswer', () => {
  it.each([['True', true], ['true', true], [' FALSE ', false], ['no', false], ['yes', true]] as const)(
    'reads %j', (text, want) => expect(parseBooleanAnswer(text)).toBe(want));
  it('refuses other words', () => expect(parseBooleanAnswer('maybe')).toBeNull());
});

describe('grade', () => {
  it('grades numbers exactly', () => {
    expect(grade({ kind: 'number', value: '28' }, ' 28')).toEqual({ score: 1, correct: true });
    expect(grade({ kind: 'number', value: '28' }, '29').score).toBe(0);
    expect(grade({ kind: 'number', value: '28' }, 'lots')).toMatchObject({ score: 0, problem: 'not a whole number' });
    expect(grade({ kind: 'number', value: '28' }, ['28']).problem).toBe('expected a number');
  });
  it('grades booleans tolerantly', () => {
    expect(grade({ kind: 'boolean', value: false }, 'false').correct).toBe(true);
    expect(grade({ kind: 'boolean', value: false }, 'True').correct).toBe(false);
  });
  it('grades one choice', () => {
    expect(grade({ kind: 'choice', value: 'b' }, 'b').score).toBe(1);
    expect(grade({ kind: 'choice', value: 'b' }, 'a').score).toBe(0);
  });
  it('gives partial credit for multi-select and punishes wrong picks', () => {
    const key = { kind: 'multi', value: ['a', 'c'] } as const;
    expect(grade({ ...key, value: [...key.value] }, ['a', 'c']).score).toBe(1);
    expect(grade({ ...key, value: [...key.value] }, ['a']).score).toBe(0.5);
    expect(grade({ ...key, value: [...key.value] }, ['a', 'b']).score).toBe(0);
    expect(grade({ ...key, value: [...key.value] }, ['a', 'b', 'c', 'd']).score).toBe(0);
    expect(grade({ ...key, value: [...key.value] }, ['a', 'a']).score).toBe(0.5);
  });
  it('scores orderings by concordant pairs', () => {
    expect(orderCredit(['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'])).toBe(1);
    expect(orderCredit(['a', 'b', 'c', 'd'], ['b', 'a', 'c', 'd'])).toBeCloseTo(5 / 6);
    expect(orderCredit(['a', 'b', 'c', 'd'], ['d', 'c', 'b', 'a'])).toBe(0);
    expect(orderCredit(['a', 'b', 'c'], ['a', 'b'])).toBeCloseTo(1 / 3);
    expect(orderCredit(['a'], ['a'])).toBe(1);
    expect(grade({ kind: 'order', value: ['x', 'y'] }, ['x', 'x']).problem).toBe('an item appears twice');
  });
  it('scores classifications per item', () => {
    const key = { kind: 'classify', value: { a: 'refcount', b: 'gc', c: 'alive' } } as const;
    expect(grade({ kind: 'classify', value: { ...key.value } }, { a: 'refcount', b: 'gc', c: 'alive' }).score).toBe(1);
    expect(grade({ kind: 'classify', value: { ...key.value } }, { a: 'refcount', b: 'refcount' }).score).toBeCloseTo(1 / 3);
    expect(grade({ kind: 'classify', value: { ...key.value } }, 'gc').problem).toBe('expected a category per item');
  });
});
