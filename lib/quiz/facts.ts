// What a quiz can ask about a run, read from the simulator's trace: what each line printed, which
// objects were freed while a line ran and by what, and the program's outcome. Answers are computed
// from these facts only, never typed by hand.
import type { Trace, TraceEvent } from '@/lib/sim/trace/schema';
import { eventAt, stepAt } from '@/lib/sim/trace/read';

export interface FreedObject {
  /** Line of the outermost frame when the object was freed. */
  readonly line: number;
  readonly type: string;
  readonly repr: string;
  readonly by: 'refcount' | 'gc';
  /**
   * True when the free happened inside a cyclic-GC collection, including objects whose count hit
   * zero because the collector cleared a cycle that held them (the simulator marks those 'refcount').
   */
  readonly inCollection: boolean;
}

export interface RunFacts {
  readonly stdout: string;
  readonly error: string | null;
  /** Output text written while each line (of the innermost frame) ran, in order. */
  readonly printedAt: ReadonlyMap<number, readonly string[]>;
  /** Objects freed while the program ran. */
  readonly freed: readonly FreedObject[];
  /** Objects freed while the interpreter shut down after it (`python file.py` finalizes what is left). */
  readonly freedAtExit: readonly FreedObject[];
}

/** Splits the output events of each line into printed lines (print writes text then end). */
function splitPrinted(chunks: readonly string[]): string[] {
  const text = chunks.join('');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function factsFromTrace(trace: Trace): RunFacts {
  const chunksAt = new Map<number, string[]>();
  const freed: FreedObject[] = [];
  const freedAtExit: FreedObject[] = [];
  const lastView = new Map<number, { type: string; repr: string }>();
  const remember = (views: readonly { id: number; type: string; repr: string }[]) => {
    for (const v of views) lastView.set(v.id, { type: v.type, repr: v.repr });
  };
  const steps = trace.steps.count;
  // Steps carry their frames only when the frame stack or a binding changed; keep the last ones.
  let frames: readonly { line: number }[] = [];
  const snapshotAt = new Map(trace.snapshots.map((snap) => [snap.step, snap]));
  // Inside a collection (between its 'start' and 'done' events) every free is the collector's doing.
  let collecting = 0;
  let exiting = false;
  for (let s = 0; s < steps; s++) {
    const step = stepAt(trace, s);
    if (step.frames) frames = step.frames;
    remember(step.changed);
    const snapshot = snapshotAt.get(s);
    if (snapshot) remember(snapshot.objects);
    // The innermost frame is at the step's line; outer frames wait in a call, at the line that made it.
    const innerLine = step.line;
    const outerLine = step.depth > 1 && frames.length > 1 ? frames[0].line : step.line;
    const end = s + 1 < steps ? trace.steps.ev[s + 1] : trace.events.count;
    for (let e = step.ev; e < end; e++) {
      const event: TraceEvent = eventAt(trace, e);
      if (Array.isArray(event)) {
        if (event[0] === 'a') {
          // Ids are addresses and get reused: a new allocation replaces what we knew about the id.
          lastView.set(event[1], { type: event[2], repr: '' });
        } else if (event[0] === 'f') {
          const view = lastView.get(event[1]);
          const by = event[2] === 'gc' ? 'gc' : 'refcount';
          (exiting ? freedAtExit : freed).push({
            line: outerLine, type: view?.type ?? '?', repr: view?.repr ?? '?', by,
            inCollection: by === 'gc' || collecting > 0,
          });
        }
      } else if (event.k === 'exit') {
        exiting = true;
      } else if (event.k === 'gc') {
        if (event.phase === 'start') collecting++;
        else if (event.phase === 'done') collecting = Math.max(0, collecting - 1);
      } else if (event.k === 'out') {
        const list = chunksAt.get(innerLine) ?? [];
        list.push(event.text);
        chunksAt.set(innerLine, list);
      }
    }
  }
  const printedAt = new Map<number, string[]>();
  for (const [line, chunks] of chunksAt) printedAt.set(line, splitPrinted(chunks));
  return { stdout: trace.stdout, error: trace.error, printedAt, freed, freedAtExit };
}
