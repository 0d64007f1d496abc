// Fuzzing: whatever the input, compile() returns a valid code object or throws a GuestError
// (SyntaxError and friends) or an Unsupported refusal; never anything else.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from './index';
import { validateCode } from './validate';
import { GuestError, Unsupported } from '../errors';
import { FEATURES } from './test-features';

const CORPUS = new URL('../../../../shared/conformance/corpus/', import.meta.url);
const corpus = readdirSync(CORPUS).filter((f) => f.endsWith('.py')).sort().map((f) => readFileSync(new URL(f, CORPUS), 'utf8'));
const featureSets = Object.values(FEATURES);

function check(src: string): boolean {
  for (const features of featureSets) {
    try {
      validateCode(compile(src, 'fuzz.py', features));
    } catch (e) {
      if (e instanceof GuestError || e instanceof Unsupported) continue;
      throw new Error(`unexpected ${(e as Error).name} for ${JSON.stringify(src)}: ${(e as Error).message}`);
    }
  }
  return true;
}

const PIECES = [
  'x', 'y', ' ', '\n', '    ', '\t', '(', ')', '[', ']', '{', '}', ':', ',', '.', '=', '==', '+', '-', '*', '**', '/', '//',
  '%', '<', '>', '!=', 'not', 'and', 'or', 'in', 'is', 'if', 'else', 'elif', 'while', 'for', 'def', 'class', 'return', 'lambda',
  'try', 'except', 'finally', 'raise', 'del', 'global', 'nonlocal', 'pass', 'break', 'continue', 'import', 'from', 'as', 'sys',
  '1', '0', '1000', '1.5', '0x1f', "'s'", '"t"', "f'{x}'", "b'b'", '#', '\\', '*args', '**kw', 'None', 'True', 'yield', 'async',
  '@', ';', '...', 'super()', 'self', '+=', '->', ':=', '"""', "'''", 'f"{', '}"', '!r', '\r\n',
];

describe('fuzz: compile never crashes', () => {
  it('random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), check), { numRuns: 400, seed: 1 });
  });
  it('random unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), check), { numRuns: 200, seed: 2 });
  });
  it('random token soups', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => check(parts.join(' '))), { numRuns: 600, seed: 3 });
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => check(parts.join(''))), { numRuns: 600, seed: 4 });
  });
  it('mutated corpus programs', () => {
    const mutation = fc.record({
      program: fc.integer({ min: 0, max: corpus.length - 1 }),
      at: fc.nat(),
      del: fc.integer({ min: 0, max: 8 }),
      insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (ms) => {
        let src = corpus[ms[0]!.program]!;
        for (const m of ms) {
          const at = m.at % (src.length + 1);
          src = src.slice(0, at) + m.insert + src.slice(at + m.del);
        }
        return check(src);
      }),
      { numRuns: 500, seed: 5 },
    );
  });
  it('lines of the corpus shuffled into other indentation', () => {
    const lines = corpus.flatMap((p) => p.split('\n'));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: lines.length - 1 }), fc.integer({ min: 0, max: 3 })), { maxLength: 12 }), (picks) =>
        check(picks.map(([i, ind]) => '    '.repeat(ind) + lines[i]!.trim()).join('\n') + '\n')),
      { numRuns: 400, seed: 6 },
    );
  });
  it('pathological nesting gives a Python error, not a crash', () => {
    for (const src of ['x = ' + '1 + '.repeat(5000) + '1\n', 'x = ' + '['.repeat(20000), 'x = ' + '-'.repeat(20000) + '1', 'x = ' + 'f('.repeat(3000)]) {
      expect(check(src)).toBe(true);
    }
  });
});
