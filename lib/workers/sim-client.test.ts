import { describe, expect, it, vi } from 'vitest';
import { SimClient } from './sim-client';
import type { WorkerLike } from './watchdog';

/** A stand-in worker: answers runs with `reply` (or never, for a hung program). */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: unknown[] = [];
  constructor(private readonly reply: ((request: { id: number; source: string }) => unknown) | null) {}
  postMessage(message: unknown) {
    this.received.push(message);
    const request = message as { id: number; source: string };
    if (this.reply) setTimeout(() => this.onmessage?.({ data: this.reply!(request) } as MessageEvent), 1);
  }
  terminate() {
    this.terminated = true;
  }
}

const budgets = { maxSteps: 1000, maxMillis: 50 };
const request = { source: 'x = 1\n', python: '3.13' as const, platform: '64bit' as const, budgets };
const answer = (r: { id: number }) => ({ type: 'done', id: r.id, outcome: { kind: 'trace', trace: { ok: true }, elapsedMs: 1 } });

describe('SimClient', () => {
  it('returns the outcome and keeps the worker for the next run', async () => {
    const workers: FakeWorker[] = [];
    const client = new SimClient(() => (workers.push(new FakeWorker(answer)), workers.at(-1)!));
    expect(await client.run(request)).toEqual({ kind: 'trace', trace: { ok: true }, elapsedMs: 1 });
    await client.run(request);
    expect(workers).toHaveLength(1);
    expect(workers[0].received).toHaveLength(2);
    expect(workers[0].terminated).toBe(false);
  });

  it('replaces a worker that does not answer within the time budget', async () => {
    const workers: FakeWorker[] = [];
    let hang = true;
    const client = new SimClient(() => (workers.push(new FakeWorker(hang ? null : answer)), workers.at(-1)!));
    const result = await client.run(request);
    expect(result.kind).toBe('timeout');
    if (result.kind === 'timeout') expect(result.message).toMatch(/did not finish within 0.05 s/);
    expect(workers[0].terminated).toBe(true);
    hang = false;
    expect((await client.run(request)).kind).toBe('trace');
    expect(workers).toHaveLength(2);
  });

  it('stop() terminates the running worker and resolves as stopped', async () => {
    const workers: FakeWorker[] = [];
    const client = new SimClient(() => (workers.push(new FakeWorker(null)), workers.at(-1)!));
    const pending = client.run({ ...request, budgets: { maxSteps: 10, maxMillis: 60_000 } });
    expect(client.busy).toBe(true);
    client.stop();
    expect((await pending).kind).toBe('stopped');
    expect(workers[0].terminated).toBe(true);
    expect(client.busy).toBe(false);
  });

  it('ignores answers that are malformed or meant for another run', async () => {
    vi.useFakeTimers();
    try {
      const client = new SimClient(() => new FakeWorker((r) => ({ type: 'done', id: r.id + 1, outcome: { kind: 'error', message: 'x' } })));
      const pending = client.run(request);
      await vi.advanceTimersByTimeAsync(100);
      expect((await pending).kind).toBe('timeout');
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a worker that crashes', async () => {
    const worker = new FakeWorker(null);
    const client = new SimClient(() => worker);
    const pending = client.run({ ...request, budgets: { maxSteps: 10, maxMillis: 60_000 } });
    worker.onerror?.({ message: 'script error' } as ErrorEvent);
    const result = await pending;
    expect(result.kind).toBe('crashed');
    expect(worker.terminated).toBe(true);
  });
});
