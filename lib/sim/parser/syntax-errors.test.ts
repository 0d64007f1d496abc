// Compile-time errors compared with CPython 3.12.1: syntax-errors.cpython312.json was recorded with
// `compile(src, 'x.py', 'exec')` on ~/.pyenv/versions/3.12.1 (type, msg, lineno, offset; null = compiles).
import { describe, expect, it } from 'vitest';
import recorded from './syntax-errors.cpython312.json';
import { compile } from '../compiler/index';
import { GuestError, Unsupported } from '../errors';

const features = { borrowedLocalLoads: false, smallIntOpcode: false, inlineComprehensions: true, foldTuplesInAst: true };

/** Known differences, each with a reason. */
const KNOWN_GAPS: Record<string, string> = {
  "print 'hi'\n": 'the Python 2 print hint is not reproduced (we say "invalid syntax")',
  "'\\N{DASH}'\n": '\\N{...} escapes need the Unicode name database: refused instead',
  'print(*a for a in b)\n': 'the comprehension-unpacking hint is not reproduced (we say "invalid syntax")',
};

describe('SyntaxError messages match CPython 3.12', () => {
  for (const [src, want] of Object.entries(recorded as unknown as Record<string, [string, string, number, number] | null>)) {
    const run = KNOWN_GAPS[src] ? it.fails : it;
    run(JSON.stringify(src), () => {
      let got: unknown = null;
      try {
        compile(src, 'x.py', features);
      } catch (e) {
        got = e;
      }
      if (want === null) {
        // Valid Python: compiled, or refused as outside the subset (never a SyntaxError).
        expect(got === null || got instanceof Unsupported).toBe(true);
        return;
      }
      expect(got).toBeInstanceOf(GuestError);
      const g = got as GuestError;
      expect([g.pyType, g.pyMessage, g.location?.line]).toEqual([want[0], want[1], want[2]]);
    });
  }
});
