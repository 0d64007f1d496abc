// Builds the trace's view of one object (type, short repr, refcount, size, flags, references).

import { fullVisitor, type PyObj } from '../objects/object';
import type { Runtime } from '../vm/runtime';
import type { ObjectView } from './schema';

const MAX_REPR = 60;

export function objectView(rt: Runtime, o: PyObj): ObjectView {
  let repr: string;
  try {
    repr = rt.safeRepr(o);
  } catch {
    repr = `<${o.type.name}>`;
  }
  if (repr.length > MAX_REPR) repr = repr.slice(0, MAX_REPR - 3) + '...';
  let flags = '';
  if (o.immortal) flags += 'i';
  if (rt.isCachedSmallInt(o)) flags += 'c';
  if ((o as unknown as { interned?: number }).interned) flags += 'n';
  if (o.tracked) flags += 't';
  const refs: number[] = [];
  o.type.slots.traverse?.(o, fullVisitor((c) => refs.push(c.id)));
  const v: ObjectView = { id: o.id, type: o.type.name, repr, rc: o.rc, size: rt.sizeOf(o), flags };
  if (o.tracked) v.gen = o.gen;
  if (refs.length) v.refs = refs;
  return v;
}
