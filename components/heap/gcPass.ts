// A garbage collection pass as the trace recorded it, arranged for stepping through its phases.
// The simulator (lib/sim/heap/gc.ts) records gc_refs after each phase, the internal references it
// subtracted, what it found unreachable and what it freed; this module only groups those events
// by pass and words them. It never recomputes gc_refs or reachability.
import type { StepEvent } from './model';

export interface GcPassRow {
  id: number;
  type: string;
  /** gc_refs after "counts copied" (= the refcount). */
  copied: number;
  /** gc_refs after "internal references subtracted". */
  subtracted: number;
  unreachable: boolean;
  /** gc_refs was 0 after subtracting, but a reachable object reaches it: moved back. */
  rescued: boolean;
  /** Freed by this pass. */
  freed: boolean;
}

export interface GcPassView {
  gen: number | undefined;
  /** Objects in the collected generations. */
  total: number;
  rows: GcPassRow[];
  /** Collected objects the trace does not list. */
  more: number;
  /** Internal references subtracted, between listed objects: [from, to]. */
  edges: [number, number][];
  edgesMore: number;
  unreachableCount: number;
  collected: number;
  weakrefsCleared: number;
  /** Ids whose finalizer (__del__) ran during the pass. */
  finalized: number[];
  resurrected: number;
}

type GcStepEvent = Extract<StepEvent, { k: 'gc' }>;

/** The passes among one step's events that carry phase data (traces from before it carry none). */
export function gcPasses(events: StepEvent[]): GcPassView[] {
  const passes: GcPassView[] = [];
  let current: GcPassView | null = null;
  const rowsById = new Map<number, GcPassRow>();
  for (const e of events) {
    if (e.k === 'finalize' && current) current.finalized.push(e.id);
    if (e.k !== 'gc') continue;
    const g: GcStepEvent = e;
    if (g.phase === 'start') {
      current = null;
      rowsById.clear();
    } else if (g.phase === 'copy' && g.rows) {
      current = {
        gen: g.gen,
        total: g.n ?? g.rows.length,
        rows: g.rows.map(([id, type, refs]) => ({ id, type, copied: refs, subtracted: refs, unreachable: false, rescued: false, freed: false })),
        more: g.more ?? 0,
        edges: [],
        edgesMore: 0,
        unreachableCount: 0,
        collected: 0,
        weakrefsCleared: 0,
        finalized: [],
        resurrected: 0,
      };
      for (const r of current.rows) rowsById.set(r.id, r);
      passes.push(current);
    } else if (current) {
      if (g.phase === 'subtract') {
        for (const [id, , refs] of g.rows ?? []) {
          const r = rowsById.get(id);
          if (r) r.subtracted = refs;
        }
        current.edges = g.edges ?? [];
        current.edgesMore = g.edgesMore ?? 0;
      } else if (g.phase === 'unreachable') {
        current.unreachableCount = g.n ?? 0;
        for (const id of g.ids ?? []) if (rowsById.has(id)) rowsById.get(id)!.unreachable = true;
        for (const id of g.rescued ?? []) if (rowsById.has(id)) rowsById.get(id)!.rescued = true;
      } else if (g.phase === 'weakrefs') current.weakrefsCleared = g.n ?? 0;
      else if (g.phase === 'resurrected') current.resurrected = g.n ?? 0;
      else if (g.phase === 'done') {
        current.collected = g.n ?? 0;
        for (const id of g.ids ?? []) if (rowsById.has(id)) rowsById.get(id)!.freed = true;
        current = null;
      }
    }
  }
  return passes;
}

export interface GcPhase {
  key: 'copy' | 'subtract' | 'mark' | 'free';
  title: string;
  explanation: string;
}

export const GC_PHASES: readonly GcPhase[] = [
  {
    key: 'copy',
    title: 'Counts copied',
    explanation: 'For every object in the generations being collected, the collector copies its reference count into a scratch field, gc_refs.',
  },
  {
    key: 'subtract',
    title: 'Internal references subtracted',
    explanation: 'For each reference from one collected object to another, it subtracts 1 from the target’s gc_refs, so what is left counts references from outside.',
  },
  {
    key: 'mark',
    title: 'Reachable marked',
    explanation: 'Objects with gc_refs above 0 are reachable from outside, and so is everything they reach (moved back even with gc_refs 0); the rest are unreachable.',
  },
  {
    key: 'free',
    title: 'Unreachable freed',
    explanation: 'Weak references to the unreachable objects are cleared, their finalizers (__del__) run, then the collector breaks their references and frees them.',
  },
];

/** The gc_refs shown for a row at a phase (after marking, the value subtracting left). */
export function gcRefsAt(row: GcPassRow, phase: number): number {
  return phase === 0 ? row.copied : row.subtracted;
}

/** A row's state at a phase, in words ('' when the phase says nothing about it yet). */
export function rowStatus(row: GcPassRow, phase: number): string {
  if (phase === 0) return 'examined';
  if (phase === 1) return row.subtracted > 0 ? 'referenced from outside' : 'no outside reference';
  if (phase === 2) return row.unreachable ? 'unreachable' : row.rescued ? 'reachable (moved back)' : 'reachable';
  if (!row.unreachable) return 'survives';
  return row.freed ? 'unreachable, freed' : 'unreachable, not freed by this pass';
}

/** How many internal references to `id` were subtracted, listed or not (copied − subtracted). */
export function subtractedFrom(row: GcPassRow): number {
  return row.copied - row.subtracted;
}

/** The rows shown: the program's own objects, or also the interpreter's start-up objects when asked. */
export function shownRows(pass: GcPassView, startup: Set<number>, showStartup: boolean): GcPassRow[] {
  return showStartup ? pass.rows : pass.rows.filter((r) => !startup.has(r.id));
}

/** What a card in the diagram shows for a collected object at a phase. */
export interface GcMark {
  refs: number;
  /** gc_refs before this phase changed it (subtract phase only). */
  before?: number;
  /** Known from the marking phase on. */
  unreachable?: boolean;
  status: string;
}

export function gcMarks(pass: GcPassView, phase: number): Map<number, GcMark> {
  const marks = new Map<number, GcMark>();
  for (const r of pass.rows) {
    marks.set(r.id, {
      refs: gcRefsAt(r, phase),
      before: phase === 1 && r.copied !== r.subtracted ? r.copied : undefined,
      unreachable: phase >= 2 ? r.unreachable : undefined,
      status: rowStatus(r, phase),
    });
  }
  return marks;
}
