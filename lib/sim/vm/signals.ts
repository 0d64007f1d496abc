// Control signals an opcode handler returns to the eval loop.
import type { PyObj } from '../objects/object';
import type { Runtime } from './runtime';
import type { Frame } from './frame';

export const CONTINUE = 0;
export const RETURN = 1;
export const YIELD = 2;
export type Signal = typeof CONTINUE | typeof RETURN | typeof YIELD | void;

/** An opcode handler: named after its opcode, grouped by family in vm/ops/<family>.ts. */
export type OpHandler = (rt: Runtime, f: Frame, arg: number) => Signal;

/** The value a RETURN_VALUE / YIELD_VALUE hands over (an owned reference). */
export interface FrameResult {
  kind: 'return' | 'yield';
  value: PyObj;
}
