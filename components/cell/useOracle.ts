'use client';
// "Check with real CPython": runs the cell in Pyodide (CPython 3.14, wasm32) in a worker.
import { useCallback, useEffect, useRef, useState } from 'react';
import { OracleClient, type OracleCheckResult } from '@/lib/oracle/client';
import { spawnOracleWorker } from '@/lib/workers/spawn';

export type OracleState =
  | { status: 'idle' }
  | { status: 'checking'; progress: string; source: string }
  | { status: 'done'; source: string; outcome: OracleCheckResult; ms: number };

let shared: OracleClient | null = null;
/** One oracle per page: cells take turns, and a spare interpreter is shared between them. */
function oracle(): OracleClient {
  shared ??= new OracleClient(spawnOracleWorker);
  return shared;
}

export function useOracle() {
  const [state, setState] = useState<OracleState>({ status: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);

  const check = useCallback(async (source: string) => {
    abort.current?.abort();
    const control = new AbortController();
    abort.current = control;
    const t0 = performance.now();
    setState({ status: 'checking', progress: 'Starting CPython 3.14…', source });
    const outcome = await oracle().check(
      source,
      (progress) => {
        if (!control.signal.aborted) setState({ status: 'checking', progress, source });
      },
      control.signal,
    );
    if (control.signal.aborted && outcome.kind === 'stopped' && abort.current !== control) return;
    setState({ status: 'done', source, outcome, ms: performance.now() - t0 });
  }, []);

  const stop = useCallback(() => abort.current?.abort(), []);
  const prepare = useCallback(() => oracle().prepare(), []);

  return { state, check, stop, prepare };
}
