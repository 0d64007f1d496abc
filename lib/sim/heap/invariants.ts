// Explained reference counts. For every live object, the references actually held (container
// slots and attributes via each type's traverse, frames' locals and value stacks, the runtime's own
// tables) must add up to its count; nothing may reference a freed object.
// No CPython counterpart (debug builds have _Py_RefTotal); this is the simulator's self-check.

import { namedVisitor, type PyObj } from '../objects/object';
import type { Runtime } from '../vm/runtime';

export interface Referrer {
  /** Who holds the reference: an object id, a frame name, or a runtime table. */
  holder: string;
  /** The holder's object, when the holder is an object. */
  holderObj: PyObj | null;
  /** Where in the holder: "item 3", "local x", "value stack 2", "co_consts[1]"... */
  slot: string;
}

function describe(o: PyObj): string {
  return `<${o.type.name} 0x${o.id.toString(16)}>`;
}

/** Every strong reference the simulator can account for, grouped by target. */
export function collectReferrers(rt: Runtime): Map<PyObj, Referrer[]> {
  const out = new Map<PyObj, Referrer[]>();
  const add = (target: PyObj, r: Referrer) => {
    let l = out.get(target);
    if (!l) out.set(target, (l = []));
    l.push(r);
  };
  for (const o of rt.objects.all()) {
    const holder = describe(o);
    o.type.slots.traverse?.(o, namedVisitor((c, slot) => add(c, { holder, holderObj: o, slot })));
  }
  for (const f of rt.frames) {
    if (f.ownedByGenerator) continue;
    const holder = `frame ${f.code.code.qualname}`;
    f.traverse(namedVisitor((c, slot) => add(c, { holder, holderObj: null, slot })));
  }
  for (const [name, m] of rt.modules) add(m, { holder: 'sys.modules', holderObj: null, slot: name });
  for (const o of rt.astArena) add(o, { holder: 'AST arena', holderObj: null, slot: 'literal constant' });
  if (rt.handledException) add(rt.handledException, { holder: 'thread state', holderObj: null, slot: 'exc_info' });
  if (rt.stdoutBuffer.pending) add(rt.stdoutBuffer.pending, { holder: 'sys.stdout', holderObj: null, slot: 'pending writes' });
  for (const f of rt.finalizeRegistry) add(f, { holder: 'weakref.finalize._registry', holderObj: null, slot: 'entry' });
  return out;
}

/** The referrers of one object (explains its refcount). */
export function referrersOf(rt: Runtime, o: PyObj): Referrer[] {
  return collectReferrers(rt).get(o) ?? [];
}

export interface InvariantViolation {
  object: string;
  refcount: number;
  explained: number;
  referrers: string[];
  kind: 'count' | 'freed';
}

/** Check every live object's count against its referrers. Returns the violations (empty = OK). */
export function checkInvariants(rt: Runtime): InvariantViolation[] {
  const refs = collectReferrers(rt);
  const bad: InvariantViolation[] = [];
  for (const [target, list] of refs) {
    if (target.ob.freed) {
      bad.push({ object: describe(target), refcount: target.ob.rc, explained: list.length, referrers: list.map((r) => `${r.holder} ${r.slot}`), kind: 'freed' });
    }
  }
  for (const o of rt.objects.all()) {
    if (o.immortal) continue;
    const list = refs.get(o) ?? [];
    const explained = o.baseRefs + list.length;
    if (explained !== o.ob.rc) {
      bad.push({ object: `${describe(o)} ${safe(rt, o)}`, refcount: o.ob.rc, explained, referrers: list.map((r) => `${r.holder} ${r.slot}`), kind: 'count' });
    }
  }
  return bad;
}

function safe(rt: Runtime, o: PyObj): string {
  try {
    return rt.safeRepr(o).slice(0, 40);
  } catch {
    return '?';
  }
}
