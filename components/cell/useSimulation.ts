'use client';
// Runs programs in the simulator worker for one cell and keeps the latest result.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Platform, PythonVersion } from '@/lib/share/schema';
import { DEFAULT_BUDGETS } from '@/lib/workers/protocol';
import { SimClient, type SimRunResult } from '@/lib/workers/sim-client';
import { spawnSimWorker } from '@/lib/workers/spawn';

export type SimulationState =
  | { status: 'idle' }
  | { status: 'running'; source: string }
  | { status: 'done'; source: string; result: SimRunResult; python: PythonVersion; platform: Platform; ms: number };

export function useSimulation() {
  const client = useRef<SimClient | null>(null);
  const latest = useRef(0);
  const [state, setState] = useState<SimulationState>({ status: 'idle' });

  useEffect(() => () => client.current?.dispose(), []);

  const run = useCallback(async (source: string, python: PythonVersion, platform: Platform) => {
    client.current ??= new SimClient(spawnSimWorker);
    const token = ++latest.current;
    setState({ status: 'running', source });
    const t0 = performance.now();
    const result = await client.current.run({ source, python, platform, budgets: DEFAULT_BUDGETS });
    if (token !== latest.current) return null; // a newer run replaced this one
    const ms = performance.now() - t0;
    setState({ status: 'done', source, result, python, platform, ms });
    return result;
  }, []);

  const stop = useCallback(() => client.current?.stop(), []);

  return { state, run, stop };
}
