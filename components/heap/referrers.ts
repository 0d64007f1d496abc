// Who holds a reference to an object, as the trace records it. The simulator knows every holder
// (a name in a frame, a container slot, the value stack, a code object's constants, an internal
// table); the view only lists them. It never reconstructs them from the arrows it draws.
import type { ObjectView } from '@/lib/sim/trace/schema';

export interface Referrer {
  /** Who holds the reference: "frame f", "<list 0x7f…a0>", "sys.modules", "AST arena"… */
  holder: string;
  /** Where in the holder: "local x", "item 3", "value stack 2", "co_consts[1]"… */
  slot: string;
  /** The holder's object id when the holder is an object. */
  from?: number;
}

/**
 * The referrers recorded for `o` (one entry per reference, so they add up to its count), or null
 * when the trace carries none for it. Expected on ObjectView as `referrers`.
 */
export function recordedReferrers(o: ObjectView): Referrer[] | null {
  const raw = (o as ObjectView & { referrers?: unknown }).referrers;
  if (!Array.isArray(raw)) return null;
  return raw.filter(
    (r): r is Referrer => typeof r === 'object' && r !== null && typeof (r as Referrer).holder === 'string' && typeof (r as Referrer).slot === 'string',
  );
}

export function referrerLabel(r: Referrer): string {
  return `${r.holder}: ${r.slot}`;
}
