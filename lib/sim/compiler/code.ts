// Code objects and constant descriptions. Mirrors Objects/codeobject.c (PyCodeObject fields) and the
// constant merging of Python/compile.c (_PyCode_ConstantKey, merge_consts_recursive).
//
// CONTRACT for the runtime:
//  * Constants are DESCRIPTIONS. The VM materialises them into heap objects when a compilation unit
//    is loaded: exactly ONE heap object per distinct `key` per compile() result (CPython merges equal
//    constants across all code objects of one compilation unit). A tuple/frozenset constant's items
//    are ConstDescs whose keys resolve to those same shared objects. Each code object holds one
//    reference per entry of its `consts` array (a key can appear in several code objects' consts).
//  * `astHeld` / `astRefs`: the parser's AST arena owns astRefs (normally 1) references to this object
//    while the program runs when it is run as `python file.py` (CPython frees the arena after the module finishes). The runtime
//    adds exactly +1 for astHeld constants in that run mode (measured on 3.10-3.13: `a = 1000;
//    b = 1000` with 1000 also used in a function and a tuple: script 7, exec(compile()) 6 — one extra
//    reference however many times the literal occurs, because the parser creates one object per
//    occurrence and only the first survives merging). `astOccurrences` counts those occurrences:
//    for values that are process-wide singletons in the profile (small ints, 1-char latin-1 str, '',
//    b'', True/False/None/Ellipsis), every occurrence is the same object, so a runtime that models
//    their counts adds astOccurrences references instead (only meaningful where they are mortal, 3.10/3.11).
//  * str constants with `intern` true are interned (identifier-like: only [A-Za-z0-9_] ASCII chars,
//    as CPython's all_name_chars). Every name in `names` and `localsplusNames` is interned.
//  * Code object constants ("code" kind) are never merged: each is its own object.

import type { Opcode } from './opcodes';
import type { SourceLocation } from '../errors';

export type ConstValue =
  | { kind: 'none' }
  | { kind: 'ellipsis' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'str'; value: string; intern: boolean }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'tuple'; items: ConstDesc[] }
  | { kind: 'frozenset'; items: ConstDesc[] }
  | { kind: 'code'; code: CodeObject };

export type ConstDesc = ConstValue & {
  /**
   * Merge key: equal keys (within one compile() result) are the same object. Distinguishes types
   * (1, 1.0 and True differ) and signed zeros (0.0 vs -0.0); for code objects it is unique.
   */
  key: string;
  /** The AST arena holds a reference to this object in "python file.py" mode (see header). */
  astHeld: boolean;
  /**
   * How many references the arena holds to this very object when astHeld (1, except bytes literals
   * on 3.12+, measured 2); 0 when not held. The runtime adds astRefs in script mode.
   */
  astRefs: number;
  /** How many literal occurrences in the source produce this value (see header). */
  astOccurrences: number;
};

export interface Instruction {
  op: Opcode;
  /** See OPCODE_DOCS in opcodes.ts; jump targets are instruction indices. */
  arg: number;
  /** Source span of the AST node this instruction was generated for; null for artificial ones (dis shows "--"). */
  loc: SourceLocation | null;
}

export interface ExceptionTableEntry {
  /** First protected instruction index. */
  start: number;
  /** One past the last protected instruction index. */
  end: number;
  /** Handler instruction index. */
  target: number;
  /** Stack height to unwind to before pushing the exception. */
  depth: number;
}

export type CodeKind = 'module' | 'function' | 'class' | 'lambda' | 'comprehension' | 'genexpr';

/** CPython's co_localspluskinds, one per localsplus slot. A slot can be both local and cell (a captured argument). */
export interface LocalKind {
  local: boolean;
  cell: boolean;
  free: boolean;
}

export interface CodeObject {
  /** co_name: "<module>", "f", "<lambda>", "<listcomp>", "<genexpr>", class name. */
  name: string;
  /** co_qualname: "C.m", "f.<locals>.g". */
  qualname: string;
  kind: CodeKind;
  filename: string;
  firstLine: number;
  /** Positional parameters (including those with defaults), not counting *args. */
  argCount: number;
  posOnlyArgCount: number;
  kwOnlyArgCount: number;
  flags: {
    varargs: boolean;
    varkeywords: boolean;
    /** genexpr: calling creates a generator (see opcodes.ts notes). */
    generator: boolean;
    /** Has free variables (a closure: MAKE_FUNCTION gets a closure tuple). */
    nested: boolean;
    /** Uses fast locals (functions, lambdas, comprehensions): CO_OPTIMIZED | CO_NEWLOCALS. */
    optimized: boolean;
  };
  instructions: Instruction[];
  consts: ConstDesc[];
  /** co_names: globals, attributes, imported names (interned strings). */
  names: string[];
  /**
   * All fast slots in order: parameters (positional, kw-only, *args, **kwargs), other locals,
   * then cells that are not parameters, then free variables.
   */
  localsplusNames: string[];
  localsplusKinds: LocalKind[];
  /** co_varnames: the slots with kind local (a prefix of localsplusNames). */
  varnames: string[];
  /** co_cellvars: names of cell slots (in localsplus order). */
  cellvars: string[];
  /** co_freevars: names of free slots, in the order of the closure tuple. */
  freevars: string[];
  exceptionTable: ExceptionTableEntry[];
  /** Maximum value stack depth. */
  stackSize: number;
  /** Docstring, if any (functions keep it as consts[0] like CPython <= 3.13). */
  docstring: string | null;
}

/** Number of fast slots (co_nlocalsplus). */
export function localsPlusCount(code: CodeObject): number {
  return code.localsplusNames.length;
}
