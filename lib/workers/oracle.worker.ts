// Worker entry: one fresh CPython (Pyodide, wasm32, 3.14) per worker, for exactly one program.
// The page creates a worker, waits for 'ready', sends one 'check', then terminates the worker, so
// every check runs in an interpreter that has run nothing else (as the wasm32 profile assumes).
//
// Turbopack starts bundled workers as classic workers, and Pyodide refuses to load in a classic
// worker (it probes importScripts). The bundle's bootstrap has already run by the time this module
// executes, so replacing importScripts here makes Pyodide take its module-worker path.
// (See shared/docs/stack-notes.md, "Pyodide + Web Worker".) This worker must not lazy-load chunks.
import { loadFreshPyodide } from '@/lib/oracle/load';
import { runInFreshInterpreter, type PyodideLike } from '@/lib/oracle/run';
import { oracleCheckRequestSchema, type OracleResponse } from './protocol';

const scope = self as unknown as {
  importScripts: unknown;
  location: Location;
  postMessage(message: OracleResponse): void;
  onmessage: ((event: MessageEvent) => void) | null;
};
scope.importScripts = () => {
  throw new TypeError('importScripts is disabled: this worker loads Pyodide as an ES module');
};

const post = (message: OracleResponse) => scope.postMessage(message);

let used = false;
const started = performance.now();
post({ type: 'progress', message: 'Loading CPython 3.14 (Pyodide, about 13 MB the first time)…' });
const interpreter: Promise<PyodideLike> = loadFreshPyodide(scope.location.origin);
interpreter.then(
  () => post({ type: 'ready', loadMs: Math.round(performance.now() - started) }),
  (e: unknown) => post({ type: 'failed', message: `Could not load Pyodide: ${e instanceof Error ? e.message : String(e)}` }),
);

scope.onmessage = async (event: MessageEvent) => {
  const request = oracleCheckRequestSchema.safeParse(event.data);
  if (!request.success) {
    post({ type: 'failed', message: 'The page sent a message this worker does not understand.' });
    return;
  }
  if (used) {
    post({ type: 'failed', message: 'This interpreter has already run a program; start a new worker.' });
    return;
  }
  used = true;
  try {
    const py = await interpreter;
    const t0 = performance.now();
    const result = runInFreshInterpreter(py, request.data.source);
    post({ type: 'done', id: request.data.id, result, runMs: Math.round(performance.now() - t0) });
  } catch (e) {
    post({ type: 'failed', message: `Pyodide failed: ${e instanceof Error ? e.message : String(e)}` });
  }
};
