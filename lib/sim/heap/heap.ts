// The object table: every live simulated object, in creation order. Mirrors nothing single in
// CPython (which has no object table outside debug builds); it exists so the trace, the invariant
// checker and gc.get_objects can enumerate the heap. A list threaded through the objects
// themselves: every allocation and free goes through it, and a hash set cost more than the links.

import type { PyObj } from '../objects/object';

export class ObjectTable {
  private head: PyObj | null = null;
  private tail: PyObj | null = null;
  private count = 0;

  add(o: PyObj): void {
    o.livePrev = this.tail;
    o.liveNext = null;
    if (this.tail) this.tail.liveNext = o;
    else this.head = o;
    this.tail = o;
    this.count++;
  }

  /** Take o out of the table (nothing happens when it is not in it). */
  remove(o: PyObj): void {
    const prev = o.livePrev ?? null;
    const next = o.liveNext ?? null;
    if (prev === null && this.head !== o) return;
    if (prev) prev.liveNext = next;
    else this.head = next;
    if (next) next.livePrev = prev;
    else this.tail = prev;
    o.livePrev = null;
    o.liveNext = null;
    this.count--;
  }

  /** The live object with this id (linear; for tools and tests). */
  get(id: number): PyObj | undefined {
    for (let o = this.head; o; o = o.liveNext ?? null) if (o.id === id) return o;
    return undefined;
  }

  get size(): number {
    return this.count;
  }

  /** Live objects in creation order. */
  all(): PyObj[] {
    const out: PyObj[] = [];
    for (let o = this.head; o; o = o.liveNext ?? null) out.push(o);
    return out;
  }
}
