// The interpreter's start-up state as profile data: strings interned before the program starts
// (objects/startup-interned.ts), one-character strings that are (not) the cached singleton, and
// floats parked on the free list (heap/startup-freelists.ts). Expected values measured on CPython.
import { describe, expect, it } from 'vitest';
import { run } from '../index';
import { getProfile } from '../versions';

const P = {
  '3.10': getProfile('3.10', '64bit'),
  '3.11': getProfile('3.11', '64bit'),
  '3.12': getProfile('3.12', '64bit'),
  '3.13': getProfile('3.13', '64bit'),
  '3.14w': getProfile('3.14', 'wasm32'),
};

function out(src: string, key: keyof typeof P): string {
  const r = run(src, P[key], { checkInvariants: true });
  if (r.errorKind) throw new Error(r.error ?? 'error');
  return r.stdout;
}

describe('strings interned at start-up', () => {
  const src = "import sys\nprint(sys.getrefcount('getrefcount'))\nprint(sys.getrefcount('hello'))\nx = 'abc'\nprint(sys.getrefcount(x))\n";
  it.each([
    ['3.10', '10\n3\n27\n'],
    ['3.11', '10\n3\n1000000037\n'],
    ['3.13', '4294967295\n3\n4294967295\n'],
  ] as const)('%s: a constant equal to a start-up string is that string', (key, want) => {
    expect(out(src, key)).toBe(want);
  });

  it('3.13: interning a name immortalises the mortal constant of the same value', () => {
    const s = 'import sys\nx = "foo_a"\nprint(sys.getrefcount(x))\ny = "foo_b"\nprint(sys.getrefcount(y))\ndef f(o):\n    return o.foo_b\n';
    expect(out(s, '3.13')).toBe('4\n4294967295\n');
  });

  it('3.14 wasm32 tells static from runtime-immortal start-up strings', () => {
    expect(out("import sys\nprint(sys.getrefcount('getrefcount'))\n", '3.14w')).toBe('1342177280\n');
  });
});

describe('one-character strings', () => {
  const src = "print(chr(97) is 'a', chr(103) is 'g', 'xyz'[1:2] is 'y')\n";
  it.each([
    ['3.10', 'True True True\n'],
    ['3.11', 'False True False\n'],
    ['3.12', 'False True True\n'],
    ['3.13', 'True True True\n'],
  ] as const)('%s: a literal is the cached singleton unless start-up interned another copy', (key, want) => {
    expect(out(src, key)).toBe(want);
  });

  it('int formatting, case mappings, replace and join build fresh strings', () => {
    const s = "a = chr(97)\nprint(str(7) is str(7), 'A'.lower() is a, 'ab'.replace('b', '') is a, ''.join(['', 'a']) is a, 'xa'[1] is a)\n";
    expect(out(s, '3.13')).toBe('False False False False True\n');
  });
});

describe('free lists at start-up', () => {
  const src = "i = int('123456')\na = id(i)\ndel i\nf = float('1.5')\nprint(id(f) == a)\n";
  it('a new float comes from the start-up free list, not the block an int just left', () => {
    expect(out(src, '3.13')).toBe('False\n');
    expect(out(src, '3.10')).toBe('False\n');
  });
  it('once the start-up floats are used up, the next float takes that block', () => {
    const used = "keep = [float('1.5') for _ in range(5)]\n" + src;
    expect(out(used, '3.13')).toBe('True\n');
    expect(out(used.replace('range(5)', 'range(4)'), '3.13')).toBe('False\n');
  });
});
