// The collector's state when a program starts: what interpreter start-up (Py_InitializeFromConfig,
// the site and encodings imports, pyodide's own bootstrap) leaves behind, as profile data
// (GcModel.startup). Start-up itself is not simulated object by object; this sets the counts and
// statistics it left, moves start-up's objects to the generation where they sit, and recreates
// the garbage it dropped. No single CPython file mirrors this.

import type { Runtime } from './runtime';
import { compile } from '../compiler';
import { ConstantPool, materializeCode } from './loader';
import { newFunction } from './functions';
import { newCell } from '../objects/function';
import { newTuple } from '../objects/tuple';
import { incref } from '../heap/refcount';

/** Call after the runtime's own start-up objects exist and before the program is compiled. */
export function applyStartupState(rt: Runtime): void {
  const s = rt.profile.gc.startup;
  const gc = rt.gc;
  const home = gc.gens[s.generation];
  for (let g = 0; g < 3; g++) {
    if (g === s.generation) continue;
    for (const o of gc.gens[g]) {
      home.add(o);
      o.gen = s.generation;
    }
    gc.gens[g].clear();
  }
  if (s.closureGarbage) dropSelfReferencingClosure(rt);
  for (let g = 0; g < 3; g++) {
    gc.count[g] = s.counts[g];
    gc.stats[g].collections = s.collections[g];
    gc.stats[g].collected = s.collected[g];
  }
}

/**
 * A nested function that refers to itself through its closure cell, dropped by start-up:
 * function -> closure tuple -> cell -> function, garbage for the first young collection.
 * Its code object stays alive (the enclosing code's constants hold it in CPython).
 */
function dropSelfReferencingClosure(rt: Runtime): void {
  const unit = compile('def _fix():\n    return _fix\n', '<startup>', rt.profile.compiler);
  const desc = unit.consts.find((c) => c.kind === 'code');
  if (!desc || desc.kind !== 'code') return;
  const code = materializeCode(rt, desc.code, new ConstantPool(rt));
  // the enclosing code object's reference (not simulated); the creation reference goes to the function
  incref(rt, code, 'co_consts of the enclosing code');
  code.baseRefs++;
  const cell = newCell(rt, null);
  const closure = newTuple(rt, [cell]);
  const fn = newFunction(rt, code, rt.builtinsDict, rt.builtinsDict, null, null, closure);
  cell.ref = fn; // the cell takes the creation reference
}
