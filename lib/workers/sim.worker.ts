// Worker entry: runs programs in the simulator, off the page's main thread, one at a time.
// The simulator is synchronous; a run that never ends is the page's to stop (it terminates this
// worker), while step budgets inside the simulator end most runaway programs with a clear event.
import { simRunRequestSchema, type SimResponse } from './protocol';
import { simulate } from './simulate';

const scope = self as unknown as { postMessage(message: SimResponse): void; onmessage: ((event: MessageEvent) => void) | null };

scope.onmessage = (event: MessageEvent) => {
  const request = simRunRequestSchema.safeParse(event.data);
  if (!request.success) return; // not for us; the page's watchdog reports a silent worker
  let outcome;
  try {
    outcome = simulate(request.data);
  } catch (e) {
    outcome = { kind: 'error' as const, message: `The simulator failed: ${e instanceof Error ? e.message : String(e)}` };
  }
  scope.postMessage({ type: 'done', id: request.data.id, outcome });
};
scope.postMessage({ type: 'ready' });
