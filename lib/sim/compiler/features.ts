// What the code generator needs to know about the target CPython version.
// Mirrors choices made in CPython's Python/compile.c, Python/codegen.c and Python/flowgraph.c
// that change what a learner can observe (reference counts, constants, frames).
// The version profiles (lib/sim/versions) supply one of these per profile; the compiler reads nothing else.

export interface CompilerFeatures {
  /** 3.14: most LOAD_FAST become LOAD_FAST_BORROW, so a local on the value stack is not counted (gh-130704). */
  borrowedLocalLoads: boolean;
  /** 3.14: small ints are loaded by LOAD_SMALL_INT and never stored in co_consts. */
  smallIntOpcode: boolean;
  /** 3.12+: list/dict/set comprehensions are inlined into the enclosing frame (PEP 709). */
  inlineComprehensions: boolean;
  /**
   * <=3.13: constant tuples are folded in the AST optimiser, so the parser's AST arena holds a
   * reference to the folded tuple; 3.14 folds tuples later (in the CFG), so no AST node holds them.
   */
  foldTuplesInAst: boolean;
}

/**
 * Optional refinements added by the compiler owner (absent = the default noted on each field), so
 * profiles written against the original four fields keep typechecking.
 */
export interface CompilerFeatures {
  /**
   * Whether folded unary/binary/subscript constants (e.g. `-1000`, `2**20`) are created by the AST
   * optimiser, so the AST arena holds them (3.10-3.13), or by the CFG optimiser (3.14:
   * gh-126835). Default: same as foldTuplesInAst.
   */
  foldConstantsInAst?: boolean;
  /** Dict displays with >1 constant keys use BUILD_CONST_KEY_MAP with a keys tuple constant (3.10-3.13; removed in 3.14). Default true. */
  constKeyMap?: boolean;
  /**
   * Functions and lambdas without a docstring get None as co_consts[0] (3.10-3.13; 3.14 drops the
   * placeholder). Default true. Unobservable where None is immortal; kept for faithful co_consts.
   */
  noneFirstConst?: boolean;
  /**
   * 3.10-3.11: when the optimiser folds a tuple built from constants (function defaults), the item
   * constants stay in co_consts too (no unused-constant removal), so e.g. a default `1002` is held
   * twice by the code object. Default false.
   */
  keepFoldedTupleItems?: boolean;
  /**
   * How many references the AST arena holds to a bytes literal: measured 1 on 3.10/3.11 and 2 on
   * 3.12/3.13 (`python file.py` minus `exec(compile())`). Default 1.
   */
  bytesLiteralAstRefs?: number;
  /** 3.13+: class bodies store __firstlineno__ and __static_attributes__. Default false. */
  classFirstLineAndStaticAttributes?: boolean;
}
