// Public entry of the compiler: source text -> module code object.
// Mirrors Python/pythonrun.c + Python/compile.c (_PyAST_Compile): tokenize, parse, symtable, codegen.
//
// Conventions the runtime relies on besides opcodes.ts and code.ts:
//  * Module code: names are stored with STORE_NAME into the module dict; ends with
//    LOAD_CONST None; RETURN_VALUE.
//  * Class body code (kind "class"): called by __build_class__ with the class namespace as its
//    locals; it starts with LOAD_NAME __name__; STORE_NAME __module__; LOAD_CONST 'qualname';
//    STORE_NAME __qualname__; and ends by returning the `__class__` cell (LOAD_CLOSURE) when a
//    method uses super() or __class__ (it also stores it as __classcell__ in the namespace, which
//    type creation must consume and fill with the new class), else None.
//  * Methods that use super() or __class__ have a free variable `__class__`; zero-argument super()
//    reads it plus the first argument (localsplus slot 0, which may be a cell).
//  * Functions with a docstring have it as consts[0]; otherwise (3.10-3.13 rule) consts[0] is None.
//  * `except E as e:` binds e and always deletes it at the end of the handler (e = None; del e).

import type { CodeObject } from './code';
import type { CompilerFeatures } from './features';
import { parseModule } from '../parser/parser';
import { buildSymtable } from './symtable';
import { generateModule } from './codegen';
import { optimizeModule } from './astopt';
import { GuestError, SimulatorBug, Unsupported } from '../errors';

export type { CodeObject, ConstDesc, Instruction, ExceptionTableEntry } from './code';
export type { CompilerFeatures } from './features';

/**
 * Compile a module. Throws GuestError (pyType "SyntaxError"/"IndentationError"/"TabError") for
 * invalid Python, Unsupported for Python outside the subset. Anything else thrown is a SimulatorBug.
 */
export function compile(source: string, filename: string, features: CompilerFeatures): CodeObject {
  try {
    return compileUnchecked(source, filename, features);
  } catch (e) {
    if (e instanceof GuestError || e instanceof Unsupported || e instanceof SimulatorBug) throw e;
    // Pathologically deep nesting exhausts the JavaScript stack; CPython reports it the same way.
    if (e instanceof RangeError) throw new GuestError('RecursionError', 'maximum recursion depth exceeded during compilation');
    throw new SimulatorBug(`compiler crashed: ${(e as Error)?.message ?? String(e)}`);
  }
}

function compileUnchecked(source: string, filename: string, features: CompilerFeatures): CodeObject {
  const parsed = parseModule(source);
  const mod = optimizeModule(parsed, { foldedInAst: features.foldConstantsInAst ?? features.foldTuplesInAst });
  const table = buildSymtable(mod, { inlineComprehensions: features.inlineComprehensions });
  return generateModule(mod, table, filename, features);
}
