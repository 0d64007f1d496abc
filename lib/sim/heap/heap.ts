// The object table: every live simulated object, in creation order. Mirrors nothing single in
// CPython (which has no object table outside debug builds); it exists so the trace, the invariant
// checker and gc.get_objects can enumerate the heap. Every allocation and free goes through it, so
// it touches only the object itself: an array where a freed object leaves a hole, closed up once
// holes outnumber the living (a hash set, and links through neighbouring objects, cost more).

import type { ObHeader, PyObj } from '../objects/object';

/** Below this many holes the table never closes them. */
const MIN_COMPACT = 1024;
/** firstHole when there is none (a small integer, so the field stays one). */
const NO_HOLE = 2 ** 30;

export class ObjectTable {
  private slots: (PyObj | null)[] = [];
  private count = 0;
  /**
   * The lowest slot that is a hole, or NO_HOLE. Objects that live long sit below it and young ones
   * die above it, so closing the holes from here on leaves the old objects alone.
   */
  private firstHole = NO_HOLE;

  /** `ob` is o.ob, which the caller has at hand. */
  add(o: PyObj, ob: ObHeader): void {
    ob.liveSlot = this.slots.length;
    this.slots.push(o);
    this.count++;
  }

  /** Take o (whose o.ob is `ob`) out of the table (nothing happens when it is not in it). */
  remove(o: PyObj, ob: ObHeader): void {
    const i = ob.liveSlot;
    if (i < 0 || this.slots[i] !== o) return;
    this.slots[i] = null;
    ob.liveSlot = -1;
    this.count--;
    if (i < this.firstHole) this.firstHole = i;
    const holes = this.slots.length - this.count;
    if (holes >= MIN_COMPACT && 2 * holes >= this.slots.length - this.firstHole) this.compact();
  }

  /** Close the holes, keeping creation order (amortised: at least half the slots it walks are holes). */
  private compact(): void {
    const slots = this.slots;
    let n = this.firstHole;
    for (let k = n; k < slots.length; k++) {
      const o = slots[k];
      if (o === null) continue;
      o.ob.liveSlot = n;
      slots[n++] = o;
    }
    slots.length = n;
    this.firstHole = NO_HOLE;
  }

  /** The live object with this id (linear; for tools and tests). */
  get(id: number): PyObj | undefined {
    for (const o of this.slots) if (o !== null && o.id === id) return o;
    return undefined;
  }

  get size(): number {
    return this.count;
  }

  /** Live objects in creation order. */
  all(): PyObj[] {
    const out: PyObj[] = [];
    for (const o of this.slots) if (o !== null) out.push(o);
    return out;
  }
}
