// The simulator's instruction set: CPython 3.12/3.13 bytecode (Include/opcode_ids.h,
// Python/bytecodes.c, Lib/dis.py), with a few simplifications listed below. One instruction set
// serves every profile; the only per-version choices the compiler makes are the CompilerFeatures
// flags (LOAD_FAST_BORROW, LOAD_SMALL_INT, comprehension inlining). Differences in how the VM
// executes an opcode per version (e.g. 3.10 copying call arguments) are runtime profile data.
//
// CHANGES (additions only; nothing renamed):
//  2026-11-21 14:20 UTC  code.ts ConstDesc gained `astRefs` (arena references in script mode: 1, or 2
//    for bytes literals on 3.12+). features.ts gained optional fields (defaults keep old behaviour).
//    Non-inlined comprehensions and genexprs are now called CPython's way: MAKE_FUNCTION; <iterable>;
//    GET_ITER; CALL 0 — the iterator sits in the self_or_null slot and so becomes argument `.0`
//    (already covered by CALL's rule below). Exception handlers are placed after the body of the
//    code object (CPython's cold blocks); jump targets and the table describe them as before.
//
// CONTRACT NOTES (read before implementing the VM):
//  * Instructions whose `loc` is null (prologue, handler cleanup) keep the previous line for tracing.
//  * An instruction is {op, arg, loc}. Jump targets (`arg` of every jump, FOR_ITER, and exception
//    table start/end/target) are INSTRUCTION INDICES into code.instructions, never byte offsets.
//    dis.ts shows offset = 2 * index, like CPython without inline caches.
//  * "NULL" on the stack is the C NULL pushed by PUSH_NULL / LOAD_GLOBAL / LOAD_ATTR: it owns nothing.
//  * "stack [a, b] -> [c]" lists the top of stack LAST. Every item on the value stack is a STRONG
//    (owned) reference except items pushed by LOAD_FAST_BORROW, which are borrowed: the VM must not
//    incref them when pushing nor decref them when popping/consuming them (the local slot owns the
//    object and provably outlives the stack entry). An opcode that "consumes" an item takes over the
//    reference (e.g. STORE_FAST moves it into the slot); "pops and releases" means decref.
//  * A BORROWED item that an opcode stores somewhere lasting (a frame slot via STORE_FAST, a container
//    via BUILD_*/LIST_APPEND/STORE_ATTR/..., a callee frame's argument slot, a return value via
//    RETURN_VALUE, a generator's yield) must be made strong at that point (incref), as CPython's
//    PyStackRef_MakeHeapSafe does; a borrowed item that is merely consumed (an operand of BINARY_OP,
//    an argument to a builtin such as sys.getrefcount, GET_ITER's input) costs nothing.
//  * Module and class code can have fast slots too: names bound by an inlined comprehension (3.12+)
//    live in fast slots of the enclosing frame, even at module level, separate from the module dict.
//    LOAD_FAST_AND_CLEAR / STORE_FAST / LOAD_FAST / MAKE_CELL then work on the raw slot, which may be
//    a cell slot of the function: CPython 3.12 moves the cell out (LOAD_FAST_AND_CLEAR), keeps plain
//    values in the slot during the comprehension, and stores the cell back (STORE_FAST) afterwards.
//  * Local slot numbering: LOAD_FAST/STORE_FAST/DELETE_FAST/LOAD_FAST_AND_CLEAR/LOAD_DEREF/
//    STORE_DEREF/DELETE_DEREF/MAKE_CELL/LOAD_CLOSURE/COPY_FREE_VARS all index code.localsplusNames
//    (CPython 3.11+ "localsplus": arguments and locals, then cells that are not arguments, then free
//    variables). A cell slot holds a cell object (MAKE_CELL) whose content is the variable.
//  * Names (co_names, localsplusNames) are interned strings. String constants with
//    ConstDesc.intern = true are interned when the code object is materialised.
//  * FOR_ITER on exhaustion POPS AND RELEASES the iterator and jumps to its target (3.11 style);
//    END_FOR is never emitted. RETURN_CONST / RESUME / caches / specialisation are not emitted.
//  * Generator code objects (kind "genexpr", flags.generator): calling the function creates a
//    generator object without running anything; the first next() starts at instruction 0. No
//    RETURN_GENERATOR is emitted. YIELD_VALUE suspends; RETURN_VALUE in a generator raises StopIteration.
//  * Exceptions: each code object has an exception table (3.11+ style, for all profiles). When an
//    exception is raised while executing instruction i, the VM finds the innermost entry with
//    start <= i < end (entries are listed innermost-first; take the first match), pops and releases
//    stack items until the stack height is `depth`, pushes the exception (strong), and jumps to
//    `target`. No entry: the frame is unwound (all locals and stack released) and the exception
//    propagates to the caller. No "lasti" is ever pushed.
//  * Per-profile behaviour noted in the table as [3.10] / [3.11+] is selected by RUNTIME profile
//    data, never by the compiler.

export const OPCODES = [
  // stack manipulation
  'NOP', 'POP_TOP', 'PUSH_NULL', 'COPY', 'SWAP', 'END_FOR',
  // constants and locals
  'LOAD_CONST', 'LOAD_SMALL_INT',
  'LOAD_FAST', 'LOAD_FAST_BORROW', 'LOAD_FAST_AND_CLEAR', 'STORE_FAST', 'DELETE_FAST',
  // names, globals, cells
  'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME', 'LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL',
  'MAKE_CELL', 'COPY_FREE_VARS', 'LOAD_CLOSURE', 'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF',
  'LOAD_FROM_DICT_OR_DEREF', 'LOAD_LOCALS',
  // attributes and subscripts
  'LOAD_ATTR', 'STORE_ATTR', 'DELETE_ATTR',
  'BINARY_SUBSCR', 'STORE_SUBSCR', 'DELETE_SUBSCR', 'BINARY_SLICE', 'STORE_SLICE', 'BUILD_SLICE',
  // operators
  'UNARY_NEGATIVE', 'UNARY_POSITIVE', 'UNARY_NOT', 'UNARY_INVERT',
  'BINARY_OP', 'COMPARE_OP', 'IS_OP', 'CONTAINS_OP',
  // building
  'BUILD_TUPLE', 'BUILD_LIST', 'BUILD_SET', 'BUILD_MAP', 'BUILD_CONST_KEY_MAP', 'BUILD_STRING',
  'LIST_APPEND', 'SET_ADD', 'MAP_ADD', 'LIST_EXTEND', 'SET_UPDATE', 'DICT_UPDATE', 'DICT_MERGE',
  'LIST_TO_TUPLE', 'CONVERT_VALUE', 'FORMAT_SIMPLE', 'FORMAT_WITH_SPEC',
  'UNPACK_SEQUENCE', 'UNPACK_EX',
  // iteration
  'GET_ITER', 'FOR_ITER', 'YIELD_VALUE',
  // jumps
  'JUMP', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'POP_JUMP_IF_NONE', 'POP_JUMP_IF_NOT_NONE',
  // calls and functions
  'CALL', 'CALL_KW', 'CALL_FUNCTION_EX', 'MAKE_FUNCTION', 'LOAD_BUILD_CLASS', 'RETURN_VALUE',
  // imports
  'IMPORT_NAME', 'IMPORT_FROM',
  // exceptions
  'RAISE_VARARGS', 'PUSH_EXC_INFO', 'POP_EXCEPT', 'CHECK_EXC_MATCH', 'RERAISE',
  'LOAD_ASSERTION_ERROR',
] as const;

export type Opcode = (typeof OPCODES)[number];

/** Opcodes whose `arg` is an instruction index to jump to. */
export const JUMP_OPCODES: ReadonlySet<Opcode> = new Set<Opcode>([
  'JUMP', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE', 'POP_JUMP_IF_NONE', 'POP_JUMP_IF_NOT_NONE', 'FOR_ITER',
]);

/** BINARY_OP arguments, CPython's NB_* numbering (Include/internal/pycore_opcode_utils.h / dis._nb_ops). */
export const BINARY_OPS = [
  '+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^=',
] as const;
export type BinaryOpSymbol = (typeof BINARY_OPS)[number];
/** Arguments >= INPLACE_OFFSET are the augmented forms (try __iadd__ etc. first). */
export const INPLACE_OFFSET = 13;

/** COMPARE_OP arguments (a plain index, not CPython's shifted encoding). */
export const COMPARE_OPS = ['<', '<=', '==', '!=', '>', '>='] as const;
export type CompareOpSymbol = (typeof COMPARE_OPS)[number];

/** CONVERT_VALUE arguments (f-string !s, !r, !a). */
export const CONVERSIONS = ['', 'str', 'repr', 'ascii'] as const;

/** MAKE_FUNCTION flag bits (3.10-3.12 encoding): which extra items are on the stack below the code. */
export const MAKE_FUNCTION_FLAGS = { defaults: 0x01, kwdefaults: 0x02, annotations: 0x04, closure: 0x08 } as const;

export interface OpcodeDoc {
  /** Meaning of `arg` ('-' when unused; the compiler then emits 0). */
  arg: string;
  /** Stack effect and reference ownership. */
  stack: string;
  /**
   * Net stack height change; a function of arg when it depends on it. For jumps: effect when the
   * jump is NOT taken; `jumpEffect` gives the taken case.
   */
  effect: (arg: number) => number;
  jumpEffect?: (arg: number) => number;
}

const fixed = (n: number) => () => n;

export const OPCODE_DOCS: Record<Opcode, OpcodeDoc> = {
  NOP: { arg: '-', stack: '[] -> []. Carries a line number (e.g. for `pass`).', effect: fixed(0) },
  POP_TOP: { arg: '-', stack: '[x] -> []; releases x.', effect: fixed(-1) },
  PUSH_NULL: { arg: '-', stack: '[] -> [NULL].', effect: fixed(1) },
  COPY: { arg: 'i (1 = top)', stack: '[.., x, ..(i-1 items)] -> [.., x, .., x]; the copy is a new strong reference (incref x).', effect: fixed(1) },
  SWAP: { arg: 'i (>= 2)', stack: 'swaps the top with the i-th item; no refcount change.', effect: fixed(0) },
  END_FOR: { arg: '-', stack: 'never emitted (FOR_ITER pops the exhausted iterator itself).', effect: fixed(0) },

  LOAD_CONST: { arg: 'index into consts', stack: '[] -> [const]; incref (the code object keeps its own reference).', effect: fixed(1) },
  LOAD_SMALL_INT: { arg: 'the int value itself (0..255)', stack: '[] -> [int]; the small-int cache object (immortal in 3.14). Emitted only with features.smallIntOpcode.', effect: fixed(1) },
  LOAD_FAST: { arg: 'localsplus index', stack: "[] -> [value]; incref. Unbound slot: raise UnboundLocalError \"cannot access local variable 'x' where it is not associated with a value\".", effect: fixed(1) },
  LOAD_FAST_BORROW: { arg: 'localsplus index', stack: '[] -> [value] BORROWED: no incref, and the consumer must not decref it. Emitted only with features.borrowedLocalLoads (3.14, gh-130704).', effect: fixed(1) },
  LOAD_FAST_AND_CLEAR: { arg: 'localsplus index', stack: '[] -> [value or NULL]; MOVES the slot\'s reference to the stack and leaves the slot unbound (inlined comprehensions save the outer binding).', effect: fixed(1) },
  STORE_FAST: { arg: 'localsplus index', stack: '[value] -> []; moves the reference into the slot (accepts NULL = unbind); releases the previous slot value.', effect: fixed(-1) },
  DELETE_FAST: { arg: 'localsplus index', stack: '[] -> []; releases the slot value; unbound: UnboundLocalError.', effect: fixed(0) },

  LOAD_NAME: { arg: 'index into names', stack: "[] -> [value]; looks up locals dict, then globals, then builtins; incref. Missing: NameError \"name 'x' is not defined\".", effect: fixed(1) },
  STORE_NAME: { arg: 'index into names', stack: '[value] -> []; the locals dict (module: globals) takes the reference; the old value is released.', effect: fixed(-1) },
  DELETE_NAME: { arg: 'index into names', stack: '[] -> []; removes the key from the locals dict. Missing: NameError.', effect: fixed(0) },
  LOAD_GLOBAL: { arg: '(namei << 1) | pushNull', stack: '[] -> [value] or [value, NULL] when the low bit is set (3.13 order: callable then NULL); globals then builtins; incref.', effect: (a) => 1 + (a & 1) },
  STORE_GLOBAL: { arg: 'index into names', stack: '[value] -> []; globals dict takes the reference.', effect: fixed(-1) },
  DELETE_GLOBAL: { arg: 'index into names', stack: '[] -> []; removes from globals. Missing: NameError.', effect: fixed(0) },
  MAKE_CELL: { arg: 'localsplus index', stack: '[] -> []; replaces the slot content v with a new cell holding v (the cell takes the slot\'s reference; empty cell if unbound). Emitted at instruction 0.. before anything else.', effect: fixed(0) },
  COPY_FREE_VARS: { arg: 'n', stack: '[] -> []; copies the n cells of the function\'s closure tuple into the last n localsplus slots (incref each cell). First instruction of closures.', effect: fixed(0) },
  LOAD_CLOSURE: { arg: 'localsplus index', stack: '[] -> [cell]; pushes the CELL OBJECT itself (incref the cell), for building a closure tuple or __classcell__.', effect: fixed(1) },
  LOAD_DEREF: { arg: 'localsplus index', stack: "[] -> [cell contents]; incref. Empty: NameError \"cannot access free variable 'x' where it is not associated with a value in enclosing scope\" (free) or UnboundLocalError (own cell).", effect: fixed(1) },
  STORE_DEREF: { arg: 'localsplus index', stack: '[value] -> []; the cell takes the reference; releases the old contents.', effect: fixed(-1) },
  DELETE_DEREF: { arg: 'localsplus index', stack: '[] -> []; empties the cell, releasing its contents.', effect: fixed(0) },
  LOAD_FROM_DICT_OR_DEREF: { arg: 'localsplus index', stack: '[mapping] -> [value]; class bodies reading a free variable: the class namespace first, else the cell. Releases mapping.', effect: fixed(0) },
  LOAD_LOCALS: { arg: '-', stack: '[] -> [locals dict]; incref.', effect: fixed(1) },

  LOAD_ATTR: { arg: '(namei << 1) | methodFlag', stack: 'flag 0: [obj] -> [attr]; releases obj. flag 1 (method call): [obj] -> [func, obj] when the attribute is a plain function found on the type (unbound method; obj\'s reference moves to the self slot), else [attr, NULL] and obj is released.', effect: (a) => (a & 1) },
  STORE_ATTR: { arg: 'index into names', stack: '[value, obj] -> []; obj.name = value (the object takes value\'s reference); releases obj.', effect: fixed(-2) },
  DELETE_ATTR: { arg: 'index into names', stack: '[obj] -> []; releases obj.', effect: fixed(-1) },
  BINARY_SUBSCR: { arg: '-', stack: '[container, key] -> [container[key]]; releases both inputs.', effect: fixed(-1) },
  STORE_SUBSCR: { arg: '-', stack: '[value, container, key] -> []; container[key] = value; releases all three stack refs (the container increfs value itself).', effect: fixed(-3) },
  DELETE_SUBSCR: { arg: '-', stack: '[container, key] -> []; releases both.', effect: fixed(-2) },
  BINARY_SLICE: { arg: '-', stack: '[container, start, stop] -> [container[start:stop]]; releases inputs (start/stop may be None).', effect: fixed(-2) },
  STORE_SLICE: { arg: '-', stack: '[value, container, start, stop] -> []; container[start:stop] = value; releases all.', effect: fixed(-4) },
  BUILD_SLICE: { arg: '2 or 3', stack: '[start, stop(, step)] -> [slice]; the slice takes the references.', effect: (a) => 1 - a },

  UNARY_NEGATIVE: { arg: '-', stack: '[x] -> [-x]; releases x.', effect: fixed(0) },
  UNARY_POSITIVE: { arg: '-', stack: '[x] -> [+x]; releases x.', effect: fixed(0) },
  UNARY_NOT: { arg: '-', stack: '[x] -> [not x (True/False)]; releases x.', effect: fixed(0) },
  UNARY_INVERT: { arg: '-', stack: '[x] -> [~x]; releases x.', effect: fixed(0) },
  BINARY_OP: { arg: 'index into BINARY_OPS (NB_* numbering; >= 13 is in-place)', stack: '[lhs, rhs] -> [result]; releases both inputs after computing.', effect: fixed(-1) },
  COMPARE_OP: { arg: 'index into COMPARE_OPS', stack: '[lhs, rhs] -> [result]; releases both.', effect: fixed(-1) },
  IS_OP: { arg: '0 is, 1 is not', stack: '[lhs, rhs] -> [bool]; releases both.', effect: fixed(-1) },
  CONTAINS_OP: { arg: '0 in, 1 not in', stack: '[item, container] -> [bool]; releases both.', effect: fixed(-1) },

  BUILD_TUPLE: { arg: 'n', stack: '[x1..xn] -> [tuple]; the tuple takes over the n references.', effect: (a) => 1 - a },
  BUILD_LIST: { arg: 'n', stack: '[x1..xn] -> [list]; the list takes over the references.', effect: (a) => 1 - a },
  BUILD_SET: { arg: 'n', stack: '[x1..xn] -> [set]; the set increfs what it keeps, then the stack refs are released (duplicates are dropped).', effect: (a) => 1 - a },
  BUILD_MAP: { arg: 'n pairs', stack: '[k1, v1, .. kn, vn] -> [dict]; the dict increfs keys/values it keeps, stack refs released.', effect: (a) => 1 - 2 * a },
  BUILD_CONST_KEY_MAP: { arg: 'n', stack: '[v1..vn, keys_tuple] -> [dict]; releases the stack refs after inserting.', effect: (a) => -a },
  BUILD_STRING: { arg: 'n', stack: '[s1..sn] -> [str] (concatenation); releases the pieces.', effect: (a) => 1 - a },
  LIST_APPEND: { arg: 'i', stack: '[list at depth i below value .., value] -> [list ..]; the list takes value\'s reference. Depth i counts after popping value (1 = the item now on top).', effect: fixed(-1) },
  SET_ADD: { arg: 'i', stack: 'as LIST_APPEND for a set (the set increfs if it keeps it; the stack ref is released).', effect: fixed(-1) },
  MAP_ADD: { arg: 'i', stack: '[dict at depth i .., key, value] -> [dict ..]; dict[key] = value; stack refs released.', effect: fixed(-2) },
  LIST_EXTEND: { arg: 'i', stack: '[list at depth i .., iterable] -> [list ..]; releases iterable.', effect: fixed(-1) },
  SET_UPDATE: { arg: 'i', stack: '[set at depth i .., iterable] -> [set ..]; releases iterable.', effect: fixed(-1) },
  DICT_UPDATE: { arg: 'i', stack: '[dict at depth i .., mapping] -> [dict ..]; releases mapping.', effect: fixed(-1) },
  DICT_MERGE: { arg: 'i', stack: 'as DICT_UPDATE but duplicate keys raise TypeError (** in calls).', effect: fixed(-1) },
  LIST_TO_TUPLE: { arg: '-', stack: '[list] -> [tuple]; releases the list (CPython 3.12: CALL_INTRINSIC_1 INTRINSIC_LIST_TO_TUPLE).', effect: fixed(0) },
  CONVERT_VALUE: { arg: 'index into CONVERSIONS (1 str, 2 repr, 3 ascii)', stack: '[x] -> [str(x)/repr(x)/ascii(x)]; releases x.', effect: fixed(0) },
  FORMAT_SIMPLE: { arg: '-', stack: '[x] -> [format(x, "")]; a str passes through unchanged (no new object); releases x otherwise.', effect: fixed(0) },
  FORMAT_WITH_SPEC: { arg: '-', stack: '[x, spec] -> [format(x, spec)]; releases both.', effect: fixed(-1) },
  UNPACK_SEQUENCE: { arg: 'n', stack: '[seq] -> [x_n .. x_1] (x_1 on top; each a new strong ref); releases seq. Wrong length: ValueError.', effect: (a) => a - 1 },
  UNPACK_EX: { arg: 'before | (after << 8)', stack: '[seq] -> [after items reversed.., list of the middle, before items reversed..] (first item on top); releases seq.', effect: (a) => (a & 0xff) + (a >> 8) },

  GET_ITER: { arg: '-', stack: '[iterable] -> [iter(iterable)]; releases iterable (an iterator returns itself: net no change).', effect: fixed(0) },
  FOR_ITER: { arg: 'target instruction index (on exhaustion)', stack: '[iter] -> [iter, next]; exhausted: pops and releases iter, jumps to target. Other exceptions propagate.', effect: fixed(1), jumpEffect: fixed(-1) },
  YIELD_VALUE: { arg: '-', stack: '[value] -> [sent]; suspends the generator handing value\'s reference to the caller of next(); on resumption pushes the sent value (None for next()).', effect: fixed(0) },

  JUMP: { arg: 'target instruction index', stack: '[] -> [].', effect: fixed(0), jumpEffect: fixed(0) },
  POP_JUMP_IF_FALSE: { arg: 'target', stack: '[x] -> []; truth test (may call __bool__/__len__), releases x, jumps if false.', effect: fixed(-1), jumpEffect: fixed(-1) },
  POP_JUMP_IF_TRUE: { arg: 'target', stack: '[x] -> []; jumps if true.', effect: fixed(-1), jumpEffect: fixed(-1) },
  POP_JUMP_IF_NONE: { arg: 'target', stack: '[x] -> []; jumps if x is None.', effect: fixed(-1), jumpEffect: fixed(-1) },
  POP_JUMP_IF_NOT_NONE: { arg: 'target', stack: '[x] -> []; jumps if x is not None.', effect: fixed(-1), jumpEffect: fixed(-1) },

  CALL: { arg: 'argc', stack: '[callable, self_or_null, arg1..argN] -> [result]. If self_or_null is not NULL it is the first argument (argc+1 args). [3.11+] the callee frame takes over (moves) the argument references; [3.10] the callee frame increfs its own copies while the caller\'s stack still holds them, and the caller releases them after the call returns. The callable is released after the call.', effect: (a) => -1 - a },
  CALL_KW: { arg: 'argc (positional + keyword)', stack: '[callable, self_or_null, arg1..argN, kwnames] -> [result]; kwnames is a const tuple of str naming the LAST len(kwnames) args. Ownership as CALL; kwnames released.', effect: (a) => -2 - a },
  CALL_FUNCTION_EX: { arg: 'flags: 1 = a kwargs dict is present', stack: '[callable, self_or_null(NULL), args(, kwargs_dict)] -> [result]; `args` is a tuple, or (for `f(*x)`) any iterable the VM first converts with tuple() (releasing the original); releases all inputs after the call.', effect: (a) => -2 - (a & 1) },
  MAKE_FUNCTION: { arg: 'MAKE_FUNCTION_FLAGS bits', stack: '[defaults_tuple if 0x01, kwdefaults_dict if 0x02, closure_tuple if 0x08, code] -> [function]; the function takes over all these references (the code constant is loaded with LOAD_CONST). Name and qualname come from the code object; globals are the current frame\'s.', effect: (a) => -popcount(a) },
  LOAD_BUILD_CLASS: { arg: '-', stack: '[] -> [builtins.__build_class__]. Then: PUSH_NULL, LOAD_CONST body code, MAKE_FUNCTION, LOAD_CONST name, bases.., CALL 2+nbases. The class body returns its __classcell__ cell (or None): see CodeObject.kind "class".', effect: fixed(1) },
  RETURN_VALUE: { arg: '-', stack: '[value] -> (frame ends); value\'s reference is handed to the caller; everything else the frame holds is released.', effect: fixed(-1) },

  IMPORT_NAME: { arg: 'index into names', stack: '[level, fromlist] -> [module]; releases level and fromlist (int constant and None or a tuple of str).', effect: fixed(-1) },
  IMPORT_FROM: { arg: 'index into names', stack: '[module] -> [module, module.name]; ImportError "cannot import name \'x\' from \'m\'" if missing.', effect: fixed(1) },

  RAISE_VARARGS: { arg: '0 re-raise, 1 raise exc, 2 raise exc from cause', stack: '[(exc(, cause))] -> raises; a class is instantiated with no arguments. arg 0 with no active exception: RuntimeError "No active exception to reraise".', effect: (a) => -a },
  PUSH_EXC_INFO: { arg: '-', stack: '[exc] -> [prev_exc_info or None, exc]; sets the thread\'s handled exception (sys.exception()) to exc (incref).', effect: fixed(1) },
  POP_EXCEPT: { arg: '-', stack: '[prev] -> []; restores the handled exception to prev (the stack ref moves into exc_info; the replaced exception is released).', effect: fixed(-1) },
  CHECK_EXC_MATCH: { arg: '-', stack: '[exc, type] -> [exc, bool]; releases type. type may be a tuple of classes.', effect: fixed(0) },
  RERAISE: { arg: '0', stack: '[exc] -> raises exc again (keeps its traceback).', effect: fixed(-1) },
  LOAD_ASSERTION_ERROR: { arg: '-', stack: '[] -> [AssertionError]. Reserved (assert is refused).', effect: fixed(1) },
};

function popcount(n: number): number {
  let c = 0;
  for (let x = n; x; x &= x - 1) c++;
  return c;
}

/**
 * How `arg` is printed by dis (the argrepr source). 'const': consts[arg]; 'name': names[arg];
 * 'local': localsplusNames[arg]; 'global': names[arg >> 1] (+ NULL); 'attr': names[arg >> 1];
 * 'jump': "to L"; others print the raw arg or a symbol.
 */
export type ArgKind = 'none' | 'raw' | 'const' | 'name' | 'local' | 'global' | 'attr' | 'jump' | 'binop' | 'cmp' | 'is' | 'contains' | 'convert' | 'smallint' | 'makefn';

export const ARG_KINDS: Partial<Record<Opcode, ArgKind>> = {
  LOAD_CONST: 'const', LOAD_SMALL_INT: 'smallint',
  LOAD_FAST: 'local', LOAD_FAST_BORROW: 'local', LOAD_FAST_AND_CLEAR: 'local', STORE_FAST: 'local', DELETE_FAST: 'local',
  MAKE_CELL: 'local', LOAD_CLOSURE: 'local', LOAD_DEREF: 'local', STORE_DEREF: 'local', DELETE_DEREF: 'local', LOAD_FROM_DICT_OR_DEREF: 'local',
  LOAD_NAME: 'name', STORE_NAME: 'name', DELETE_NAME: 'name', STORE_GLOBAL: 'name', DELETE_GLOBAL: 'name',
  STORE_ATTR: 'name', DELETE_ATTR: 'name', IMPORT_NAME: 'name', IMPORT_FROM: 'name',
  LOAD_GLOBAL: 'global', LOAD_ATTR: 'attr',
  JUMP: 'jump', POP_JUMP_IF_FALSE: 'jump', POP_JUMP_IF_TRUE: 'jump', POP_JUMP_IF_NONE: 'jump', POP_JUMP_IF_NOT_NONE: 'jump', FOR_ITER: 'jump',
  BINARY_OP: 'binop', COMPARE_OP: 'cmp', IS_OP: 'is', CONTAINS_OP: 'contains', CONVERT_VALUE: 'convert', MAKE_FUNCTION: 'makefn',
  COPY: 'raw', SWAP: 'raw', BUILD_TUPLE: 'raw', BUILD_LIST: 'raw', BUILD_SET: 'raw', BUILD_MAP: 'raw', BUILD_CONST_KEY_MAP: 'raw',
  BUILD_STRING: 'raw', BUILD_SLICE: 'raw', LIST_APPEND: 'raw', SET_ADD: 'raw', MAP_ADD: 'raw', LIST_EXTEND: 'raw', SET_UPDATE: 'raw',
  DICT_UPDATE: 'raw', DICT_MERGE: 'raw', UNPACK_SEQUENCE: 'raw', UNPACK_EX: 'raw', CALL: 'raw', CALL_KW: 'raw', CALL_FUNCTION_EX: 'raw',
  COPY_FREE_VARS: 'raw', RAISE_VARARGS: 'raw', RERAISE: 'raw', YIELD_VALUE: 'raw',
};
