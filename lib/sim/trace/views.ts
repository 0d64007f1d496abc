// Builds the trace's view of one object (type, short repr, refcount, size, flags, references).

import { fullVisitor, type PyObj } from '../objects/object';
import type { Runtime } from '../vm/runtime';
import { FLAG_STRINGS, MAX_VIEW_REFS, type ObjectView } from './schema';

const MAX_REPR = 60;

function flagsOf(rt: Runtime, o: PyObj): string {
  let bits = 0;
  if (o.immortal) bits |= 1;
  if (rt.isCachedSmallInt(o)) bits |= 2;
  if ((o as unknown as { interned?: number }).interned) bits |= 4;
  if (o.tracked) bits |= 8;
  return FLAG_STRINGS[bits];
}

/**
 * Values whose repr, size and references are fixed at creation (ints, floats, bytes): between two
 * views of one of them only the count and the GC flags can differ. (A str's size can grow: its
 * UTF-8 cache.)
 */
function isFixedValue(rt: Runtime, o: PyObj): boolean {
  const t = o.type;
  const ty = rt.types;
  return t === ty.int || t === ty.float || t === ty.bytes || t === ty.bool;
}

/**
 * Objects whose view can change with no reference event or mutation of their own: a frame object
 * (its line), a cell (its contents), a weakref (its target dies), a generator (its frame's locals).
 * The trace looks at these at every step.
 */
export function isVolatile(rt: Runtime, o: PyObj): boolean {
  const t = o.type;
  const ty = rt.types;
  return t === ty.frame || t === ty.cell || t === ty.generator || t === ty.weakref || t.mro.includes(ty.weakref);
}

/**
 * The view of `o`. With `prev` (the view last recorded for o), returns `prev` itself when a fixed
 * value's view is unchanged, so the trace neither recomputes nor stores it again, and shares
 * prev's references when they are the same (the trace's columns then store them once).
 */
export function objectView(rt: Runtime, o: PyObj, prev?: ObjectView): ObjectView {
  if (prev !== undefined && isFixedValue(rt, o)) {
    const flags = flagsOf(rt, o);
    const gen = o.tracked ? o.gen : undefined;
    if (prev.rc === o.ob.rc && prev.flags === flags && prev.gen === gen) return prev;
    return makeView(o.id, prev.type, prev.repr, o.ob.rc, prev.size, flags, gen, prev.refs);
  }
  let repr: string;
  try {
    repr = rt.safeRepr(o);
  } catch {
    repr = `<${o.type.name}>`;
  }
  if (repr.length > MAX_REPR) repr = repr.slice(0, MAX_REPR - 3) + '...';
  const flags = flagsOf(rt, o);
  refCount = 0;
  refTotal = 0;
  if (o.type === rt.types.list || o.type === rt.types.tuple) {
    // the first items in index order (not list_traverse's last-first), without visiting those the
    // view leaves out: a view is taken at every step that changes the object, so this must not cost
    // the whole length, and appending to a long list then leaves the listed references as they were
    const items = (o as unknown as { items: PyObj[] }).items;
    refTotal = items.length;
    for (let i = 0; i < items.length && refCount < MAX_VIEW_REFS; i++) refScratch[refCount++] = items[i].id;
  } else {
    o.type.slots.traverse?.(o, collectRef);
  }
  // the view keeps an exact-size copy of the scratch list, or prev's when it is the same
  const refs = refCount === 0 ? undefined : prev?.refs && scratchIs(prev.refs) ? prev.refs : refScratch.slice(0, refCount);
  const view = makeView(o.id, o.type.name, repr, o.ob.rc, rt.sizeOf(o), flags, o.tracked ? o.gen : undefined, refs);
  if (refTotal > MAX_VIEW_REFS) view.refsMore = refTotal - MAX_VIEW_REFS;
  return view;
}

/**
 * The references a view lists, gathered in one reused list (a view is taken on every step that
 * changes an object; traverse never takes a view, so one list serves).
 */
const refScratch: number[] = [];
let refCount = 0;
let refTotal = 0;
function scratchIs(refs: readonly number[]): boolean {
  if (refs.length !== refCount) return false;
  for (let i = 0; i < refCount; i++) if (refs[i] !== refScratch[i]) return false;
  return true;
}

const collectRef = fullVisitor((c) => {
  if (refTotal++ < MAX_VIEW_REFS) refScratch[refCount++] = c.id;
});

/** One object literal per shape (adding optional fields afterwards would allocate a property store). */
function makeView(id: number, type: string, repr: string, rc: number, size: number, flags: string, gen: number | undefined, refs: number[] | undefined): ObjectView {
  if (gen === undefined) return refs ? { id, type, repr, rc, size, flags, refs } : { id, type, repr, rc, size, flags };
  return refs ? { id, type, repr, rc, size, flags, gen, refs } : { id, type, repr, rc, size, flags, gen };
}
