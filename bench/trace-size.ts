// The size of a trace as JSON, for the benchmarks' bytes-per-step figures.
import { traceJson } from '../lib/sim/trace/read';
import type { Trace } from '../lib/sim/trace/schema';

/** The size of a trace as JSON, counted piece by piece so no single huge string is built. */
export function jsonBytes(trace: Trace): number {
  const { steps, events, snapshots, ...rest } = trace;
  const { frames, ...stepColumns } = steps;
  let bytes = JSON.stringify(rest).length + traceJson(stepColumns).length + traceJson(events).length;
  for (const list of [frames, snapshots] as unknown[][]) {
    for (const item of list) bytes += JSON.stringify(item).length + 1;
  }
  return bytes;
}
