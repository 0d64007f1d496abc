// Runs a program on real CPython 3.14 for wasm32 (the npm package pyodide) the way the site's
// "Check with real CPython" does: runPython(source) in a fresh interpreter, stdout captured byte for byte.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface RecordedRun {
  stdout: string;
  error: string | null;
}

type Pyodide = { runPython(src: string): unknown; setStdout(o: object): void; setStderr(o: object): void };
let loadPyodide: ((o: { indexURL: string }) => Promise<Pyodide>) | null = null;
export const PYODIDE_DIR = path.join(process.cwd(), 'node_modules', 'pyodide');

export const pyodideInstalled = () => existsSync(PYODIDE_DIR);

/** The last non-blank line of a traceback: what the recordings keep as the error. */
export function lastLine(text: string): string | null {
  const lines = text.split('\n').map((l) => l.trimEnd()).filter(Boolean);
  return lines.length ? lines[lines.length - 1] : null;
}

export async function runPyodide(source: string): Promise<RecordedRun> {
  loadPyodide ??= (await import(pathToFileURL(path.join(PYODIDE_DIR, 'pyodide.mjs')).href)).loadPyodide;
  const py = await loadPyodide!({ indexURL: PYODIDE_DIR + path.sep });
  const out: Buffer[] = [];
  py.setStdout({ write: (buf: Uint8Array) => { out.push(Buffer.from(buf)); return buf.length; } });
  py.setStderr({ write: (buf: Uint8Array) => buf.length });
  let error: string | null = null;
  try {
    py.runPython(source);
  } catch (e) {
    error = lastLine(String(e));
  }
  py.runPython('import sys; sys.stdout.flush()');
  return { stdout: Buffer.concat(out).toString('utf8'), error };
}
