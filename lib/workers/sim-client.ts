// The page's handle on the simulator worker: one run at a time, a Stop that terminates the worker
// (a synchronous simulation cannot be interrupted any other way), and a time budget after which a
// silent worker is replaced. The next run after a stop or timeout gets a fresh worker.
import { simResponseSchema, type Budgets, type SimOutcome, type SimRunRequest } from './protocol';
import { ask, type WorkerLike } from './watchdog';

export type SimRunResult =
  | SimOutcome
  | { kind: 'timeout'; message: string }
  | { kind: 'stopped'; message: string }
  | { kind: 'crashed'; message: string };

export class SimClient {
  private worker: WorkerLike | null = null;
  private inFlight: AbortController | null = null;
  private nextId = 1;

  constructor(private readonly spawn: () => WorkerLike) {}

  get busy(): boolean {
    return this.inFlight !== null;
  }

  async run(request: Omit<SimRunRequest, 'type' | 'id'>): Promise<SimRunResult> {
    this.stop();
    const control = new AbortController();
    this.inFlight = control;
    const worker = (this.worker ??= this.spawn());
    const id = this.nextId++;
    const settled = await ask(worker, { ...request, type: 'run', id } satisfies SimRunRequest, {
      timeoutMs: request.budgets.maxMillis,
      signal: control.signal,
      accept(data) {
        const message = simResponseSchema.safeParse(data);
        return message.success && message.data.type === 'done' && message.data.id === id ? message.data.outcome : undefined;
      },
    });
    if (this.inFlight === control) this.inFlight = null;
    if (settled.kind !== 'answer' && this.worker === worker) this.worker = null; // it was terminated
    switch (settled.kind) {
      case 'answer':
        return settled.value;
      case 'timeout':
        return { kind: 'timeout', message: timeoutMessage(request.budgets) };
      case 'stopped':
        return { kind: 'stopped', message: 'Stopped. Nothing was kept from the unfinished run.' };
      case 'crashed':
        return { kind: 'crashed', message: `The simulator stopped unexpectedly (${settled.message}). Run again to start a fresh one.` };
    }
  }

  /** Abandon the run in progress, if any; its worker is terminated and replaced on the next run. */
  stop(): void {
    if (!this.inFlight) return;
    this.worker = null;
    this.inFlight.abort();
    this.inFlight = null;
  }

  dispose(): void {
    this.stop();
    this.worker?.terminate();
    this.worker = null;
  }
}

function timeoutMessage(budgets: Budgets): string {
  return `The simulator did not finish within ${budgets.maxMillis / 1000} s, so it was stopped and replaced. ` +
    'Is there a loop that never ends? The page was never blocked: the simulation runs in a background worker.';
}
