// Fuzzing: random and mutated programs must never produce an internal error (SimulatorBug) or
// hang: they run, raise a guest exception, are refused (Unsupported), or hit a budget.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { run } from '../../lib/sim';
import { getProfile } from '../../lib/sim/versions';
import { corpusFiles, readProgram } from './corpus';

const PROFILES = [getProfile('3.10', '64bit'), getProfile('3.12', '64bit'), getProfile('3.14', 'wasm32')];
const BUDGET = { maxSteps: 3000, maxInstructions: 60_000, maxObjects: 20_000, checkInvariants: true };

function noBug(src: string, profileIndex: number): void {
  const r = run(src, PROFILES[profileIndex % PROFILES.length], BUDGET);
  expect(r.errorKind === 'bug' ? `${r.error}\n--- program ---\n${src}` : null).toBeNull();
}

const atoms = ['0', '1', '-3', '257', '2**70', '1.5', "'s'", "'ab c'", "b'x'", 'None', 'True', '[]', '{}', '()', '[1, 2]', '(1,)', "{'k': 1}", '{1, 2}', 'x', 'y', 'f', 'C', 'C()', 'len', 'gc', 'sys', 'weakref'];
const binops = ['+', '-', '*', '/', '//', '%', '**', '==', '<', 'is', 'in', 'and', 'or', '&', '|'];

const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...atoms),
    fc.tuple(tie('e'), fc.constantFrom(...binops), tie('e')).map(([a, o, b]) => `(${a} ${o} ${b})`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `${a}(${b})`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `${a}[${b}]`),
    fc.tuple(tie('e'), fc.constantFrom('append', 'pop', 'x', 'keys', 'add', 'upper', '__dict__', 'collect')).map(([a, n]) => `${a}.${n}`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `[${a}, ${b}]`),
    tie('e').map((a) => `[v for v in ${a}]`),
    tie('e').map((a) => `sys.getrefcount(${a})`),
  ),
})).e;

const stmt = fc.oneof(
  expr.map((e) => `x = ${e}`),
  expr.map((e) => `y = ${e}`),
  expr.map((e) => `print(${e})`),
  expr.map(() => `del x`),
  expr.map((e) => `if ${e}:\n    y = 1\nelse:\n    y = 2`),
  expr.map((e) => `for v in ${e}:\n    print(v)`),
  expr.map((e) => `try:\n    x = ${e}\nexcept Exception as e:\n    print(type(e).__name__)`),
  expr.map((e) => `def f(a=${e}, *r):\n    return a`),
  fc.constant('class C:\n    def __init__(self):\n        self.me = self\n    def __del__(self):\n        print("del")'),
  fc.constant('gc.collect()'),
  expr.map((e) => `w = weakref.ref(${e})`),
);

const program = fc.array(stmt, { minLength: 1, maxLength: 8 }).map((lines) => ['import gc, sys, weakref', 'x = 1', 'y = 2', ...lines].join('\n') + '\n');

describe('fuzz: generated programs', () => {
  it('never crash the simulator', () => {
    fc.assert(fc.property(program, fc.nat(), (src, p) => noBug(src, p)), { numRuns: 150, seed: 2026 });
  });
});

describe('fuzz: mutated corpus programs', () => {
  const sources = corpusFiles().map((f) => readProgram(f));
  const mutation = fc.record({
    file: fc.nat({ max: sources.length - 1 }),
    kind: fc.constantFrom('dropLine', 'dupLine', 'swapLines', 'truncate', 'replaceChar'),
    a: fc.nat(),
    b: fc.nat(),
    ch: fc.constantFrom('(', ')', ':', ' ', '0', 'x', '.', '[', '"', '\n', '    '),
  });
  it('never crash the simulator', () => {
    fc.assert(
      fc.property(mutation, fc.nat(), (m, p) => {
        const lines = sources[m.file].split('\n');
        const i = m.a % lines.length;
        const j = m.b % lines.length;
        let src: string;
        switch (m.kind) {
          case 'dropLine': src = lines.filter((_, k) => k !== i).join('\n'); break;
          case 'dupLine': src = [...lines.slice(0, i + 1), lines[i], ...lines.slice(i + 1)].join('\n'); break;
          case 'swapLines': { const c = [...lines]; [c[i], c[j]] = [c[j], c[i]]; src = c.join('\n'); break; }
          case 'truncate': src = sources[m.file].slice(0, m.a % sources[m.file].length); break;
          default: { const s = sources[m.file]; const k = m.a % s.length; src = s.slice(0, k) + m.ch + s.slice(k + 1); }
        }
        noBug(src, p);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
