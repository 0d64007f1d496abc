// The AST arena's references to constants ("python file.py" vs exec(compile())), measured on real
// CPython: fixtures/ast-refs-<version>.json holds, per constant of fixtures/ast-literals.py, the
// refcount difference between the two run modes (recorded by running the file both ways; for 3.14
// wasm32, pyodide.runPython(src) versus exec(compile(src)) in a fresh Pyodide 314.0.7).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from './index';
import { constRepr } from './dis';
import type { CodeObject, ConstDesc } from './code';
import type { CompilerFeatures } from './features';
import refs310 from './fixtures/ast-refs-3.10.json';
import refs312 from './fixtures/ast-refs-3.12.json';
import refs314 from './fixtures/ast-refs-3.14-wasm32.json';
import { FEATURES } from './test-features';

const src = readFileSync(new URL('./fixtures/ast-literals.py', import.meta.url), 'utf8');

const PY_TYPE: Record<string, string> = { int: 'int', float: 'float', str: 'str', bytes: 'bytes', tuple: 'tuple', frozenset: 'frozenset' };

function topLevelConsts(code: CodeObject, out = new Map<string, ConstDesc>()): Map<string, ConstDesc> {
  for (const c of code.consts) {
    if (c.kind === 'code') topLevelConsts(c.code, out);
    else if (PY_TYPE[c.kind]) out.set(`${PY_TYPE[c.kind]} ${constRepr(c)}`, c);
  }
  return out;
}

/** Objects whose counts the measurement cannot isolate: cached or immortal singletons and interned names. */
function measurable(c: ConstDesc, version: string): boolean {
  if (c.kind === 'int' && c.value >= -5n && c.value <= 256n) return false;
  if (c.kind === 'str' && ([...c.value].length <= 1 || (c.intern && version !== '3.10'))) return false;
  if (c.kind === 'str' && c.intern && /^[A-Za-z_]/.test(c.value)) return false; // also an identifier object
  return true;
}

const CASES: [string, CompilerFeatures, Record<string, number>][] = [
  ['3.10', { borrowedLocalLoads: false, smallIntOpcode: false, inlineComprehensions: false, foldTuplesInAst: true, keepFoldedTupleItems: true }, refs310],
  ['3.12', { borrowedLocalLoads: false, smallIntOpcode: false, inlineComprehensions: true, foldTuplesInAst: true, bytesLiteralAstRefs: 2 }, refs312],
  // Pyodide's runPython (the wasm32 run mode) compared with exec(compile()) in the same interpreter.
  ['3.14', FEATURES['3.14']!, refs314],
];

describe('astRefs match the measured arena references', () => {
  for (const [version, features, measured] of CASES) {
    it(version, () => {
      const mine = topLevelConsts(compile(src, 'ast-literals.py', features));
      const got: Record<string, number> = {};
      const want: Record<string, number> = {};
      for (const [key, diff] of Object.entries(measured)) {
        const c = mine.get(key);
        if (!c || !measurable(c, version)) continue;
        got[key] = c.astRefs;
        want[key] = diff;
      }
      expect(Object.keys(want).length).toBeGreaterThan(15);
      expect(got).toEqual(want);
    });
  }
});
