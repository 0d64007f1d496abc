// The object table: every live simulated object, in creation order. Mirrors nothing single in
// CPython (which has no object table outside debug builds); it exists so the trace, the invariant
// checker and gc.get_objects can enumerate the heap.

import type { PyObj } from '../objects/object';

export class ObjectTable {
  private readonly live = new Set<PyObj>();

  add(o: PyObj): void {
    this.live.add(o);
  }

  remove(o: PyObj): void {
    this.live.delete(o);
  }

  /** The live object with this id (linear; for tools and tests). */
  get(id: number): PyObj | undefined {
    for (const o of this.live) if (o.id === id) return o;
    return undefined;
  }

  get size(): number {
    return this.live.size;
  }

  /** Live objects in creation order. */
  all(): PyObj[] {
    return [...this.live];
  }
}
