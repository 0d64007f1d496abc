// A worker that must answer one request within a time budget. If it does not (an infinite loop in
// Pyodide, a simulator bug), it is terminated; the caller creates a fresh one for the next request.
// Framework-free and testable with a fake Worker.

export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export type Settled<T> =
  | { kind: 'answer'; value: T }
  | { kind: 'timeout'; afterMs: number }
  | { kind: 'stopped' }
  | { kind: 'crashed'; message: string };

/**
 * Sends `request` (nothing if undefined: e.g. waiting for a worker to report it loaded) and resolves with the first message `accept` turns into a value (others are
 * passed to `onOther`, e.g. progress), or with a timeout/stop/crash. The worker is terminated on
 * timeout, stop and crash; on an answer it is left to the caller.
 */
export function ask<T>(
  worker: WorkerLike,
  request: unknown,
  options: {
    timeoutMs: number;
    accept(data: unknown): T | undefined;
    onOther?(data: unknown): void;
    signal?: AbortSignal;
  },
): Promise<Settled<T>> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (s: Settled<T>, terminate: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      worker.onmessage = null;
      worker.onerror = null;
      if (terminate) worker.terminate();
      resolve(s);
    };
    const timer = setTimeout(() => finish({ kind: 'timeout', afterMs: options.timeoutMs }, true), options.timeoutMs);
    const onAbort = () => finish({ kind: 'stopped' }, true);
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event) => {
      const value = options.accept(event.data);
      if (value !== undefined) finish({ kind: 'answer', value }, false);
      else options.onOther?.(event.data);
    };
    worker.onerror = (event) => finish({ kind: 'crashed', message: event.message || 'the worker failed to start' }, true);
    if (request !== undefined) worker.postMessage(request);
  });
}
