// Runs the real Pyodide (npm package, wasm32 CPython 3.14) in Node, one fresh interpreter per
// program, and compares with the outputs recorded from it in ../shared/conformance/expected.json.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lastTracebackLine, runInFreshInterpreter, type PyodideLike } from './run';

const pyodideDir = path.resolve(import.meta.dirname, '../../node_modules/pyodide');
const conformance = path.resolve(import.meta.dirname, '../../../shared/conformance');

async function freshInterpreter(): Promise<PyodideLike> {
  const { loadPyodide } = await import(pathToFileURL(path.join(pyodideDir, 'pyodide.mjs')).href);
  return loadPyodide({ indexURL: pyodideDir + path.sep });
}

describe('lastTracebackLine', () => {
  it('keeps only the final non-empty line', () => {
    expect(lastTracebackLine('Traceback (most recent call last):\n  File "cell.py", line 1\nZeroDivisionError: division by zero\n')).toBe(
      'ZeroDivisionError: division by zero',
    );
  });
});

describe('runInFreshInterpreter (real Pyodide)', () => {
  it('captures stdout, the uncaught exception and the version', async () => {
    const r = runInFreshInterpreter(await freshInterpreter(), 'print("héllo", 1 + 1)\nx = [1]\nprint(undefined_name)\n');
    expect(r.stdout).toBe('héllo 2\n');
    expect(r.error).toBe("NameError: name 'undefined_name' is not defined");
    expect(r.version).toMatch(/^3\.14\./);
  });

  // The corpus lives beside the repository (../shared); a clone without it skips this one case.
  it.skipIf(!existsSync(conformance))('reproduces the recorded 3.14-wasm32 output of corpus programs', async () => {
    const expected = JSON.parse(readFileSync(path.join(conformance, 'expected.json'), 'utf8')) as Record<string, Record<string, string>>;
    const names = Object.keys(expected).filter((n) => /refcount|sizeof|gc-/.test(n)).slice(0, 3);
    expect(names.length).toBe(3);
    for (const name of names) {
      const source = readFileSync(path.join(conformance, 'corpus', name), 'utf8');
      const r = runInFreshInterpreter(await freshInterpreter(), source);
      expect(r.stdout, name).toBe(expected[name]['3.14-wasm32']);
      expect(r.error, name).toBeNull();
    }
  });
});
