// Worker factories. `new URL('./x.worker.ts', import.meta.url)` is the pattern the bundler
// recognises to emit a worker bundle served from this site's own origin.
import type { WorkerLike } from './watchdog';

export function spawnSimWorker(): WorkerLike {
  return new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module', name: 'memlab-simulator' });
}

export function spawnOracleWorker(): WorkerLike {
  return new Worker(new URL('./oracle.worker.ts', import.meta.url), { type: 'module', name: 'memlab-cpython' });
}
