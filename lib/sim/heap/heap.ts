// The object table: every live simulated object, by id. Mirrors nothing single in CPython (which has
// no object table outside debug builds); it exists so the trace, the invariant checker and
// gc.get_objects can enumerate the heap.

import type { PyObj } from '../objects/object';

export class ObjectTable {
  private readonly byId = new Map<number, PyObj>();
  /** Creation order, so snapshots and listings are deterministic. */
  private seq = 0;
  readonly order = new Map<PyObj, number>();

  add(o: PyObj): void {
    this.byId.set(o.id, o);
    this.order.set(o, this.seq++);
  }

  remove(o: PyObj): void {
    if (this.byId.get(o.id) === o) this.byId.delete(o.id);
    this.order.delete(o);
  }

  get(id: number): PyObj | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.order.size;
  }

  /** Live objects in creation order. */
  all(): PyObj[] {
    return [...this.order.keys()];
  }
}
