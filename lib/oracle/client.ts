// The page's handle on CPython-in-the-browser. Each check uses a worker holding a fresh interpreter
// and terminates it afterwards (a program that ran leaves state behind: interned strings, caches,
// gc counts). After a check, the next interpreter starts loading in the background so the second
// check does not wait for Pyodide again.
import { oracleResponseSchema, type OracleResponse, type OracleRunResult } from '@/lib/workers/protocol';
import { ask, type WorkerLike } from '@/lib/workers/watchdog';

export type OracleCheckResult =
  | { kind: 'ok'; result: OracleRunResult; /** How long this interpreter took to load (maybe in the background). */ loadMs: number; runMs: number }
  | { kind: 'timeout'; message: string }
  | { kind: 'stopped'; message: string }
  | { kind: 'failed'; message: string };

interface Loading {
  worker: WorkerLike;
  ready: Promise<{ ok: true; loadMs: number } | { ok: false; message: string }>;
}

export interface OracleOptions {
  loadTimeoutMs?: number;
  runTimeoutMs?: number;
}

export class OracleClient {
  private spare: Loading | null = null;
  private progress: ((message: string) => void) | null = null;
  private nextId = 1;
  private readonly loadTimeoutMs: number;
  private readonly runTimeoutMs: number;

  constructor(private readonly spawn: () => WorkerLike, options: OracleOptions = {}) {
    this.loadTimeoutMs = options.loadTimeoutMs ?? 120_000;
    this.runTimeoutMs = options.runTimeoutMs ?? 10_000;
  }

  /** Start loading an interpreter now (e.g. when the learner is about to check). */
  prepare(): void {
    this.spare ??= this.load();
  }

  async check(source: string, onProgress: (message: string) => void, signal?: AbortSignal): Promise<OracleCheckResult> {
    const loading = this.spare ?? this.load();
    this.spare = null;
    this.progress = onProgress;
    const abort = new Promise<'aborted'>((resolve) => signal?.addEventListener('abort', () => resolve('aborted'), { once: true }));
    const ready = await Promise.race([loading.ready, abort]);
    this.progress = null;
    if (ready === 'aborted') {
      loading.worker.terminate();
      return { kind: 'stopped', message: 'Stopped.' };
    }
    if (!ready.ok) {
      loading.worker.terminate();
      return { kind: 'failed', message: ready.message };
    }
    onProgress('Running your program in CPython 3.14…');
    const id = this.nextId++;
    const settled = await ask(loading.worker, { type: 'check', id, source }, {
      timeoutMs: this.runTimeoutMs,
      signal,
      accept(data) {
        const m = oracleResponseSchema.safeParse(data);
        if (!m.success) return undefined;
        if (m.data.type === 'done' && m.data.id === id) return m.data;
        if (m.data.type === 'failed') return m.data;
        return undefined;
      },
    });
    loading.worker.terminate(); // one program per interpreter
    this.prepare();
    switch (settled.kind) {
      case 'answer':
        return settled.value.type === 'done'
          ? { kind: 'ok', result: settled.value.result, loadMs: ready.loadMs, runMs: settled.value.runMs }
          : { kind: 'failed', message: settled.value.message };
      case 'timeout':
        return {
          kind: 'timeout',
          message: `CPython did not finish within ${this.runTimeoutMs / 1000} s, so it was stopped. Is there a loop that never ends?`,
        };
      case 'stopped':
        return { kind: 'stopped', message: 'Stopped.' };
      case 'crashed':
        return { kind: 'failed', message: `CPython stopped unexpectedly: ${settled.message}` };
    }
  }

  dispose(): void {
    this.spare?.worker.terminate();
    this.spare = null;
  }

  private load(): Loading {
    const worker = this.spawn();
    const ready = ask(worker, undefined, {
      timeoutMs: this.loadTimeoutMs,
      accept(data): { ok: true; loadMs: number } | { ok: false; message: string } | undefined {
        const m = oracleResponseSchema.safeParse(data);
        if (!m.success) return undefined;
        if (m.data.type === 'ready') return { ok: true, loadMs: m.data.loadMs };
        if (m.data.type === 'failed') return { ok: false, message: m.data.message };
        return undefined;
      },
      onOther: (data) => {
        const m = oracleResponseSchema.safeParse(data);
        if (m.success && m.data.type === 'progress') this.progress?.(m.data.message);
      },
    }).then((s) => {
      if (s.kind === 'answer') return s.value;
      if (s.kind === 'timeout') return { ok: false as const, message: `Pyodide did not load within ${this.loadTimeoutMs / 1000} s.` };
      return { ok: false as const, message: s.kind === 'crashed' ? `Pyodide's worker failed: ${s.message}` : 'Stopped.' };
    });
    return { worker, ready };
  }
}

export type { OracleResponse };
