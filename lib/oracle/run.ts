// Runs one program in a fresh Pyodide interpreter the way the simulator's 3.14-wasm32 profile
// models it and the way ../shared/conformance/record_pyodide.mjs recorded the expected outputs:
// `runPython(source)` in the new interpreter's __main__, stdout and stderr captured byte for byte,
// an uncaught exception reduced to its traceback's last line. Framework-free: used by the browser
// worker and by Node tests alike.
import type { OracleRunResult } from '@/lib/workers/protocol';

/** The part of Pyodide's API this module needs (keeps tests and callers honest about it). */
export interface PyodideLike {
  runPython(code: string, options?: { filename?: string; globals?: unknown }): unknown;
  setStdout(options: { write: (buffer: Uint8Array) => number }): void;
  setStderr(options: { write: (buffer: Uint8Array) => number }): void;
  toPy(value: object): unknown;
}

/** Collects a byte stream and decodes it as UTF-8 once, so split multi-byte characters survive. */
class ByteSink {
  private readonly chunks: Uint8Array[] = [];
  readonly write = (buffer: Uint8Array): number => {
    this.chunks.push(buffer.slice());
    return buffer.length;
  };
  text(): string {
    const total = this.chunks.reduce((n, c) => n + c.length, 0);
    const all = new Uint8Array(total);
    let at = 0;
    for (const c of this.chunks) {
      all.set(c, at);
      at += c.length;
    }
    return new TextDecoder().decode(all);
  }
}

/** "Traceback …\n  File …\nNameError: name 'x' is not defined\n" -> "NameError: name 'x' is not defined". */
export function lastTracebackLine(message: string): string {
  const lines = message.split('\n').map((l) => l.trimEnd()).filter((l) => l.length > 0);
  return lines.length > 0 ? lines[lines.length - 1] : message;
}

/** Runs `source` once. Call it on an interpreter that has run nothing else. */
export function runInFreshInterpreter(py: PyodideLike, source: string): OracleRunResult {
  const out = new ByteSink();
  const err = new ByteSink();
  py.setStdout({ write: out.write });
  py.setStderr({ write: err.write });
  let error: string | null = null;
  try {
    py.runPython(source, { filename: 'cell.py' });
  } catch (e) {
    error = lastTracebackLine(e instanceof Error ? e.message : String(e));
  }
  // Flush Python's buffers and read the version in a private namespace, not the program's __main__.
  const version = py.runPython(
    'import sys as _sys\n_sys.stdout.flush()\n_sys.stderr.flush()\n_sys.version',
    { globals: py.toPy({}) },
  );
  return { stdout: out.text(), stderr: err.text(), error, version: String(version) };
}
