// Builds the trace's columns (schema.ts StepColumns, ViewColumns, EventColumns) as a run goes: typed
// arrays that grow by doubling, so a step, a view or a frequent event adds numbers and never an
// object of its own.

import type { EventColumns, FrameView, ObjectView, ReferrerView, StepColumns, TraceEvent, TraceStep, ViewColumns } from './schema';
import { EVENT_ALLOC, EVENT_FREE, EVENT_OTHER, EVENT_REF, FLAG_STRINGS, NO_GEN } from './schema';

type Typed = Int32Array | Float64Array | Uint8Array | Int8Array;

/** A growable typed array; done() copies it at its exact length (a clone would copy spare room too). */
class Column<T extends Typed> {
  private data: T;
  length = 0;

  constructor(private readonly make: (n: number) => T, capacity = 1024) {
    this.data = make(capacity);
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }

  done(): T {
    return this.data.slice(0, this.length) as T;
  }
}

const int32 = (n: number) => new Int32Array(n);
const float64 = (n: number) => new Float64Array(n);
const uint8 = (n: number) => new Uint8Array(n);
const int8 = (n: number) => new Int8Array(n);

/** Indices of strings in a table, each string stored once. */
export class StringTable {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  of(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
}

/**
 * A reused list: clear() forgets the items but keeps the room (emptying an array by setting its
 * length is a runtime call, on every step of a hot loop).
 */
export class Scratch<T> {
  readonly items: T[] = [];
  n = 0;

  add(v: T): void {
    this.items[this.n++] = v;
  }

  clear(): void {
    this.n = 0;
  }

  static of<T>(items: readonly T[]): Scratch<T> {
    const s = new Scratch<T>();
    for (const v of items) s.add(v);
    return s;
  }
}

const FLAG_BITS = new Map(FLAG_STRINGS.map((s, bits) => [s, bits]));

/** References lists at least this long are stored once for all the views that share them. */
const SHARED_REFS = 32;

export class ViewColumnsBuilder {
  private readonly id = new Column(float64);
  private readonly type = new Column(int32);
  private readonly typeNames = new StringTable();
  private readonly repr: string[] = [];
  private readonly rc = new Column(float64);
  private readonly size = new Column(float64);
  private readonly flags = new Column(uint8);
  private readonly gen = new Column(int8);
  private readonly refsAt = new Column(int32);
  private readonly refsCount = new Column(int32);
  private readonly refIds = new Column(float64);
  /**
   * Where each long references list pushed so far begins: objectView shares an unchanged one. (A
   * short list is copied again: cheaper than a weak map entry for the list of every view.)
   */
  private readonly refsStart = new WeakMap<readonly number[], number>();
  private readonly refsMore = new Column(int32);
  private readonly referrersOf = new Column(int32, 16);
  private readonly referrers: ReferrerView[][] = [];

  get count(): number {
    return this.id.length;
  }

  push(v: ObjectView): void {
    const k = this.id.length;
    this.id.push(v.id);
    this.type.push(this.typeNames.of(v.type));
    this.repr.push(v.repr);
    this.rc.push(v.rc);
    this.size.push(v.size);
    this.flags.push(FLAG_BITS.get(v.flags) ?? 0);
    this.gen.push(v.gen === undefined ? NO_GEN : v.gen);
    const refs = v.refs;
    if (refs) {
      const long = refs.length >= SHARED_REFS;
      let start = long ? this.refsStart.get(refs) : undefined;
      if (start === undefined) {
        start = this.refIds.length;
        for (let r = 0; r < refs.length; r++) this.refIds.push(refs[r]);
        if (long) this.refsStart.set(refs, start);
      }
      this.refsAt.push(start);
      this.refsCount.push(refs.length);
    } else {
      this.refsAt.push(0);
      this.refsCount.push(0);
    }
    this.refsMore.push(v.refsMore ?? 0);
    if (v.referrers) {
      this.referrersOf.push(k);
      this.referrers.push(v.referrers);
    }
  }

  done(): ViewColumns {
    return {
      count: this.count,
      id: this.id.done(),
      type: this.type.done(),
      typeNames: this.typeNames.list,
      repr: this.repr,
      rc: this.rc.done(),
      size: this.size.done(),
      flags: this.flags.done(),
      gen: this.gen.done(),
      refsAt: this.refsAt.done(),
      refsCount: this.refsCount.done(),
      refIds: this.refIds.done(),
      refsMore: this.refsMore.done(),
      referrersOf: this.referrersOf.done(),
      referrers: this.referrers,
    };
  }
}

const STEP_ROW = 7;

export class StepColumnsBuilder {
  /**
   * Each step's own numbers while recording, a row of STEP_ROW per step (one growth check per step):
   * line, offset, ev, depth, and where its stack, changed views and freed ids begin. done() splits
   * them into columns.
   */
  private rows = new Int32Array(STEP_ROW * 1024);
  private n = 0;
  private readonly stackIds = new Column(float64);
  private readonly changed = new ViewColumnsBuilder();
  private readonly freedIds = new Column(float64);
  private readonly framesStep = new Column(int32, 64);
  private readonly frames: FrameView[][] = [];
  private readonly bindStep = new Column(int32);
  private readonly bindName = new Column(int32);
  private readonly bindId = new Column(float64);
  private readonly names = new StringTable();

  get count(): number {
    return this.n;
  }

  /** The line of step i (a step already pushed). */
  lineOf(i: number): number {
    return this.rows[i * STEP_ROW];
  }

  /** One step: its numbers, the innermost frame's value stack, and what changed, was freed or rebound. */
  push(line: number, offset: number, ev: number, depth: number, stack: readonly number[], changed: Scratch<ObjectView>,
    freed: Scratch<number>, frames: FrameView[] | null, bindNames: Scratch<string>, bindIds: Scratch<number>): void {
    const i = this.n++;
    let rows = this.rows;
    if (rows.length < this.n * STEP_ROW) {
      rows = new Int32Array(rows.length * 2);
      rows.set(this.rows);
      this.rows = rows;
    }
    const r = i * STEP_ROW;
    rows[r] = line;
    rows[r + 1] = offset;
    rows[r + 2] = ev;
    rows[r + 3] = depth;
    rows[r + 4] = this.stackIds.length;
    rows[r + 5] = this.changed.count;
    rows[r + 6] = this.freedIds.length;
    for (let k = 0; k < stack.length; k++) this.stackIds.push(stack[k]);
    for (let k = 0; k < changed.n; k++) this.changed.push(changed.items[k]);
    for (let k = 0; k < freed.n; k++) this.freedIds.push(freed.items[k]);
    if (frames) {
      this.framesStep.push(i);
      this.frames.push(frames);
    }
    for (let k = 0; k < bindNames.n; k++) {
      this.bindStep.push(i);
      this.bindName.push(this.names.of(bindNames.items[k]));
      this.bindId.push(bindIds.items[k]);
    }
  }

  done(): StepColumns {
    const n = this.n;
    /** Field k of every row; with `end`, one entry more: step i's items end where step i + 1's begin. */
    const column = (k: number, end?: number) => {
      const out = new Int32Array(end === undefined ? n : n + 1);
      for (let i = 0; i < n; i++) out[i] = this.rows[i * STEP_ROW + k];
      if (end !== undefined) out[n] = end;
      return out;
    };
    return {
      count: n,
      line: column(0),
      offset: column(1),
      ev: column(2),
      depth: column(3),
      stackAt: column(4, this.stackIds.length),
      stackIds: this.stackIds.done(),
      changedAt: column(5, this.changed.count),
      changed: this.changed.done(),
      freedAt: column(6, this.freedIds.length),
      freedIds: this.freedIds.done(),
      framesStep: this.framesStep.done(),
      frames: this.frames,
      bindStep: this.bindStep.done(),
      bindName: this.bindName.done(),
      bindId: this.bindId.done(),
      names: this.names.list,
    };
  }
}

export class EventColumnsBuilder {
  private readonly kind = new Column(uint8);
  private readonly id = new Column(float64);
  private readonly aux = new Column(int32);
  private readonly rc = new Column(float64);
  private readonly typeNames = new StringTable();
  private readonly others: Exclude<TraceEvent, unknown[]>[] = [];

  get count(): number {
    return this.kind.length;
  }

  private add(kind: number, id: number, aux: number, rc: number): void {
    this.kind.push(kind);
    this.id.push(id);
    this.aux.push(aux);
    this.rc.push(rc);
  }

  ref(id: number, d: 1 | -1, rc: number, reason: number): void {
    this.add(EVENT_REF, id, reason * 2 + (d > 0 ? 1 : 0), rc);
  }

  alloc(id: number, type: string): void {
    this.add(EVENT_ALLOC, id, this.typeNames.of(type), 0);
  }

  free(id: number, byGc: boolean): void {
    this.add(EVENT_FREE, id, byGc ? 1 : 0, 0);
  }

  push(e: TraceEvent): void {
    if (!Array.isArray(e)) {
      this.add(EVENT_OTHER, 0, this.others.length, 0);
      this.others.push(e);
    } else if (e[0] === 'r') this.ref(e[1], e[2], e[3], e[4]);
    else if (e[0] === 'a') this.alloc(e[1], e[2]);
    else this.free(e[1], e[2] === 'gc');
  }

  done(): EventColumns {
    return {
      count: this.count,
      kind: this.kind.done(),
      id: this.id.done(),
      aux: this.aux.done(),
      rc: this.rc.done(),
      typeNames: this.typeNames.list,
      others: this.others,
    };
  }
}

/** Columns for steps given as objects (hand-made traces in tests, or a trace's steps edited). */
export function columnsOfSteps(steps: readonly TraceStep[]): StepColumns {
  const b = new StepColumnsBuilder();
  for (const s of steps) {
    const bind = Object.entries(s.bind ?? {});
    b.push(s.line, s.offset, s.ev, s.depth, s.stack, Scratch.of(s.changed), Scratch.of(s.freed), s.frames ?? null,
      Scratch.of(bind.map(([name]) => name)), Scratch.of(bind.map(([, id]) => id)));
  }
  return b.done();
}

export function columnsOfEvents(events: readonly TraceEvent[]): EventColumns {
  const b = new EventColumnsBuilder();
  for (const e of events) b.push(e);
  return b.done();
}
