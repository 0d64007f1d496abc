// Adapts one run request to the simulator's public entry (lib/sim/index.ts) and its result to the
// worker protocol: a trace, a refusal (Python outside the subset), a compile-time Python error
// (SyntaxError and friends, with the line to mark) or an internal error.
import { compile, profileFor, run } from '@/lib/sim';
import { GuestError, Unsupported } from '@/lib/sim/errors';
import type { SimOutcome, SimRunRequest } from './protocol';

export function simulate(request: SimRunRequest): SimOutcome {
  const t0 = performance.now();
  const profile = profileFor(request.python, request.platform);
  // Compile first: errors found before running carry a source location the editor can mark.
  try {
    compile(request.source, profile);
  } catch (e) {
    if (e instanceof Unsupported) return { kind: 'refusal', message: e.detail, location: { line: e.location.line, column: e.location.col } };
    if (e instanceof GuestError)
      return { kind: 'compile-error', message: e.lastLine(), ...(e.location ? { location: { line: e.location.line, column: e.location.col } } : {}) };
    throw e;
  }
  const result = run(request.source, profile, { trace: true, traceRefs: true, referrers: true, maxSteps: request.budgets.maxSteps });
  if (result.errorKind === 'bug') return { kind: 'error', message: result.error ?? 'unknown simulator error' };
  if (!result.trace) return { kind: 'error', message: result.error ?? 'The simulator produced no trace.' };
  return { kind: 'trace', trace: result.trace, elapsedMs: performance.now() - t0 };
}
