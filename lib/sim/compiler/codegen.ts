// Code generation: AST + symbol table -> code objects. Mirrors Python/codegen.c and Python/compile.c
// (3.12/3.13 shapes: exception tables, CALL with a NULL/self slot, inlined comprehensions), plus the
// parts of Python/flowgraph.c that change what a learner can observe: BUILD_TUPLE+UNPACK_SEQUENCE
// becoming SWAP, and 3.14's LOAD_FAST_BORROW (see borrow.ts).

import { SimulatorBug, type SourceLocation } from '../errors';
import { SYNTAX, syntaxError, unsupported } from '../messages';
import type { Arguments, BinOpName, CmpOpName, Comprehension, ConstantValue, Expr, ExprOf, Module, Stmt, StmtOf } from '../parser/ast';
import type { CodeKind, CodeObject, ConstDesc, ExceptionTableEntry, Instruction, LocalKind } from './code';
import type { CompilerFeatures } from './features';
import { BINARY_OPS, COMPARE_OPS, JUMP_OPCODES, MAKE_FUNCTION_FLAGS, OPCODE_DOCS, type Opcode } from './opcodes';
import { hostScope, isFunctionLike, mangle, type Scope, type SymbolTable } from './symtable';
import { applyBorrowedLoads, deadBlockCuts, type ColdSection } from './borrow';
import { ConstPool } from './consts';

const BINOP_SYMBOL: Record<BinOpName, string> = {
  Add: '+', Sub: '-', Mult: '*', Div: '/', FloorDiv: '//', Mod: '%', Pow: '**', LShift: '<<', RShift: '>>',
  BitOr: '|', BitXor: '^', BitAnd: '&', MatMult: '@',
};
const CMP_SYMBOL: Partial<Record<CmpOpName, string>> = { Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=' };

/** CPython's limit before display/call building switches to incremental forms (STACK_USE_GUARDRAIL). */
const STACK_USE_GUARDRAIL = 30;

interface Label {
  index: number;
  depth: number | null;
}

interface Handler {
  label: Label;
  depth: number;
}

type FBlock =
  | { kind: 'WHILE'; start: Label; exit: Label }
  | { kind: 'FOR'; start: Label; exit: Label }
  | { kind: 'TRY_EXCEPT'; handler: Handler }
  | { kind: 'FINALLY_TRY'; handler: Handler; body: Stmt[] }
  | { kind: 'FINALLY_END'; handler: Handler }
  | { kind: 'HANDLER_CLEANUP'; handler: Handler; name: string | null }
  | { kind: 'REGION'; handler: Handler }
  | { kind: 'POP_VALUE' };

interface PendingInstr {
  op: Opcode;
  arg: number;
  loc: SourceLocation | null;
  handler: Handler | null;
  label?: Label;
  /** For fast-slot ops: the slot's name, resolved to an index when the code object is finished. */
  slot?: string;
  /** A STORE_FAST restoring a value that may be NULL (CPython's STORE_FAST_MAYBE_NULL). */
  maybeNull?: boolean;
}

/** One code object being built. */
class Unit {
  readonly instrs: PendingInstr[] = [];
  readonly consts: ConstDesc[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  /** Fast slot names used by inlined comprehensions (in first-use order). */
  readonly extraLocals: string[] = [];
  /** Cell slots used by inlined comprehensions whose names are captured by nested functions. */
  readonly extraCells: string[] = [];
  fblocks: FBlock[] = [];
  depth = 0;
  maxDepth = 0;
  loc: SourceLocation | null = null;
  /** Innermost scope for name resolution (an inlined comprehension's scope while compiling it). */
  resolution: Scope;
  readonly cold: (() => void)[] = [];
  /** Per deferred cold section: where CPython's codegen would have placed it, and its parent section. */
  readonly coldAt: { at: number; parent: number }[] = [];
  /** Index of the cold section being emitted, or -1. */
  coldRunning = -1;
  docstring: string | null = null;

  constructor(
    readonly scope: Scope,
    readonly kind: CodeKind,
    readonly name: string,
    readonly qualname: string,
    readonly firstLine: number,
  ) {
    this.resolution = scope;
  }

  /** Index of `c` in this code object's consts (descriptions are shared per key by the ConstPool). */
  addConst(c: ConstDesc): number {
    const existing = this.constIndex.get(c.key);
    if (existing !== undefined) return existing;
    this.constIndex.set(c.key, this.consts.length);
    this.consts.push(c);
    return this.consts.length - 1;
  }

  addName(n: string): number {
    let i = this.nameIndex.get(n);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(n);
      this.nameIndex.set(n, i);
    }
    return i;
  }

  handler(): Handler | null {
    for (let k = this.fblocks.length - 1; k >= 0; k--) {
      const fb = this.fblocks[k]!;
      if ('handler' in fb) return fb.handler;
    }
    return null;
  }
}

/** `mod` must already be constant-folded (astopt.ts) and `table` built from that same tree. */
export function generateModule(mod: Module, table: SymbolTable, filename: string, features: CompilerFeatures): CodeObject {
  return new CodeGen(table, filename, features).module(mod);
}

class CodeGen {
  private u!: Unit;
  private readonly pool: ConstPool;

  constructor(
    private readonly table: SymbolTable,
    private readonly filename: string,
    private readonly features: CompilerFeatures,
  ) {
    this.pool = new ConstPool({ bytesLiteralAstRefs: features.bytesLiteralAstRefs ?? 1 });
  }

  // ---------- units ----------
  module(mod: Module): CodeObject {
    this.u = new Unit(this.table.module, 'module', '<module>', '<module>', 1);
    const body = mod.body;
    let start = 0;
    const doc = docstringOf(body);
    if (doc !== null) {
      this.u.loc = body[0]!.loc;
      this.loadConst({ kind: 'str', value: doc }, true);
      this.storeName('__doc__');
      start = 1;
    }
    for (const s of body.slice(start)) this.stmt(s);
    this.u.loc = null;
    this.loadConst({ kind: 'none' }, false);
    this.emit('RETURN_VALUE');
    return this.finish(this.u);
  }

  private withUnit<T>(u: Unit, f: () => T): T {
    const saved = this.u;
    this.u = u;
    try {
      return f();
    } finally {
      this.u = saved;
    }
  }

  private qualnameFor(name: string): string {
    const parent = this.u;
    if (parent.kind === 'module') return name;
    if (parent.kind === 'class' || parent.kind === 'comprehension' || parent.kind === 'genexpr') return `${parent.qualname}.${name}`;
    return `${parent.qualname}.<locals>.${name}`;
  }

  /** Emits MAKE_CELL / COPY_FREE_VARS prologue for a fresh unit. */
  private prologue(u: Unit): void {
    for (const [name, sym] of u.scope.symbols) {
      if (sym.scope === 'cell') this.emitSlot('MAKE_CELL', name, null);
    }
    if (u.scope.kind === 'class' && u.scope.needsClassCell) this.emitSlot('MAKE_CELL', '__class__', null);
    const free = freeVarNames(u.scope);
    if (free.length > 0) this.emit('COPY_FREE_VARS', free.length, null);
  }

  private functionCode(node: StmtOf<'FunctionDef'> | ExprOf<'Lambda'>, scope: Scope): CodeObject {
    const isLambda = node.type === 'Lambda';
    const name = isLambda ? '<lambda>' : node.name;
    const u = new Unit(scope, isLambda ? 'lambda' : 'function', name, this.qualnameFor(name), node.loc.line);
    return this.withUnit(u, () => {
      this.prologue(u);
      if (node.type === 'Lambda') {
        if (this.features.noneFirstConst ?? true) u.addConst(this.pool.describe({ kind: 'none' }, false));
        this.expr(node.body);
        this.u.loc = node.body.loc;
        this.emit('RETURN_VALUE');
      } else {
        let body = node.body;
        const doc = docstringOf(body);
        if (doc !== null) {
          u.docstring = doc;
          u.addConst(this.pool.describe({ kind: 'str', value: doc }, true));
          body = body.slice(1);
        } else if (this.features.noneFirstConst ?? true) {
          u.addConst(this.pool.describe({ kind: 'none' }, false));
        }
        for (const s of body) this.stmt(s);
        const last = body[body.length - 1];
        if (!last || last.type !== 'Return') {
          this.u.loc = null;
          this.loadConst({ kind: 'none' }, false);
          this.emit('RETURN_VALUE');
        }
      }
      return this.finish(u, node.args);
    });
  }

  private classCode(node: StmtOf<'ClassDef'>, scope: Scope): CodeObject {
    const u = new Unit(scope, 'class', node.name, this.qualnameFor(node.name), node.loc.line);
    return this.withUnit(u, () => {
      this.prologue(u);
      this.u.loc = node.loc;
      this.emitName('LOAD_NAME', '__name__');
      this.emitName('STORE_NAME', '__module__');
      this.loadConst({ kind: 'str', value: u.qualname }, false);
      this.emitName('STORE_NAME', '__qualname__');
      if (this.features.classFirstLineAndStaticAttributes) {
        this.loadConst({ kind: 'int', value: BigInt(node.loc.line) }, false);
        this.emitName('STORE_NAME', '__firstlineno__');
      }
      let body = node.body;
      const doc = docstringOf(body);
      if (doc !== null) {
        this.u.loc = body[0]!.loc;
        this.loadConst({ kind: 'str', value: doc }, true);
        this.emitName('STORE_NAME', '__doc__');
        body = body.slice(1);
      }
      for (const s of body) this.stmt(s);
      this.u.loc = null;
      if (this.features.classFirstLineAndStaticAttributes) {
        const attrs = [...new Set(staticAttributes(node).map((a) => mangle(node.name, a)))].sort();
        this.loadConst({ kind: 'tuple', items: attrs.map((a) => ({ kind: 'str', value: a }) as ConstantValue) }, false, false);
        this.emitName('STORE_NAME', '__static_attributes__');
      }
      if (scope.needsClassCell) {
        this.emitSlot('LOAD_CLOSURE', '__class__', null);
        this.emit('COPY', 1);
        this.emitName('STORE_NAME', '__classcell__');
      } else {
        this.loadConst({ kind: 'none' }, false);
      }
      this.emit('RETURN_VALUE');
      return this.finish(u);
    });
  }

  /** Builds the closure tuple (if any) and emits LOAD_CONST code; MAKE_FUNCTION. */
  private makeFunction(code: CodeObject, flags: number): void {
    if (code.freevars.length > 0) {
      // The cell for each free name sits in this frame's slot of the same name.
      for (const name of code.freevars) this.emitSlot('LOAD_CLOSURE', name, this.u.loc);
      this.emit('BUILD_TUPLE', code.freevars.length);
      flags |= MAKE_FUNCTION_FLAGS.closure;
    }
    const idx = this.u.addConst(this.pool.code(code));
    this.emit('LOAD_CONST', idx);
    this.emit('MAKE_FUNCTION', flags);
  }

  // ---------- emission ----------
  private emit(op: Opcode, arg = 0, loc: SourceLocation | null | undefined = undefined): PendingInstr {
    const u = this.u;
    const ins: PendingInstr = { op, arg, loc: loc === undefined ? u.loc : loc, handler: u.handler() };
    u.instrs.push(ins);
    u.depth += OPCODE_DOCS[op].effect(arg);
    if (u.depth > u.maxDepth) u.maxDepth = u.depth;
    return ins;
  }

  private emitSlot(op: Opcode, slot: string, loc: SourceLocation | null | undefined = undefined): void {
    const ins = this.emit(op, 0, loc);
    ins.slot = slot;
  }

  /** Attribute names are mangled like other identifiers; module and imported names are not. */
  private emitAttr(op: Opcode, attr: string, flag = -1): void {
    this.emitName(op, mangle(this.u.resolution.privateName, attr), flag);
  }

  private emitName(op: Opcode, name: string, flag = -1): void {
    const i = this.u.addName(name);
    this.emit(op, flag >= 0 ? (i << 1) | flag : i);
  }

  private jump(op: Opcode, label: Label): void {
    const ins = this.emit(op);
    ins.label = label;
    const doc = OPCODE_DOCS[op];
    const before = this.u.depth - doc.effect(0);
    const taken = before + (doc.jumpEffect ?? doc.effect)(0);
    if (label.depth === null) label.depth = taken;
  }

  private newLabel(): Label {
    return { index: -1, depth: null };
  }

  private bind(label: Label): void {
    label.index = this.u.instrs.length;
    if (label.depth !== null) this.u.depth = label.depth;
    else label.depth = this.u.depth;
  }

  private bindHandler(h: Handler): void {
    h.label.depth = h.depth + 1;
    this.bind(h.label);
  }

  /** `itemsFromSource`: a tuple's items are literal objects from the source (false for compiler-made name tuples). */
  private loadConst(v: ConstantValue, inAst: boolean, itemsFromSource = true): void {
    if (this.features.smallIntOpcode && v.kind === 'int' && v.value >= 0n && v.value <= 255n) {
      this.emit('LOAD_SMALL_INT', Number(v.value));
      return;
    }
    this.emit('LOAD_CONST', this.u.addConst(this.pool.describe(v, inAst, itemsFromSource)));
  }

  private withLoc<T>(loc: SourceLocation, f: () => T): T {
    const saved = this.u.loc;
    this.u.loc = loc;
    try {
      return f();
    } finally {
      this.u.loc = saved;
    }
  }

  // ---------- names ----------
  private storeName(name: string): void {
    this.nameOp(name, 'store');
  }

  private nameOp(rawName: string, ctx: 'load' | 'store' | 'del'): void {
    const name = mangle(this.u.resolution.privateName, rawName);
    const r = this.resolve(name, this.u.resolution);
    const ops: Record<typeof r.kind, Record<typeof ctx, Opcode>> = {
      fast: { load: 'LOAD_FAST', store: 'STORE_FAST', del: 'DELETE_FAST' },
      deref: { load: 'LOAD_DEREF', store: 'STORE_DEREF', del: 'DELETE_DEREF' },
      global: { load: 'LOAD_GLOBAL', store: 'STORE_GLOBAL', del: 'DELETE_GLOBAL' },
      name: { load: 'LOAD_NAME', store: 'STORE_NAME', del: 'DELETE_NAME' },
      classderef: { load: 'LOAD_FROM_DICT_OR_DEREF', store: 'STORE_DEREF', del: 'DELETE_DEREF' },
    };
    const op = ops[r.kind][ctx];
    if (r.kind === 'fast' || r.kind === 'deref') this.emitSlot(op, name);
    else if (r.kind === 'classderef') {
      if (ctx === 'load') {
        this.emit('LOAD_LOCALS');
        this.emitSlot('LOAD_FROM_DICT_OR_DEREF', name);
      } else this.emitSlot(op, name);
    } else if (op === 'LOAD_GLOBAL') this.emitName(op, name, 0);
    else this.emitName(op, name);
  }

  /** How `name` is accessed from code compiled for `scope` (which may be an inlined comprehension). */
  private resolve(name: string, scope: Scope): { kind: 'fast' | 'deref' | 'global' | 'name' | 'classderef' } {
    const sym = scope.symbols.get(name);
    if (scope.inlined) {
      if (sym && (sym.scope === 'local' || sym.scope === 'cell')) {
        const cell = this.inlinedCell(scope, name);
        this.noteInlinedLocal(name, cell);
        return { kind: cell ? 'deref' : 'fast' };
      }
      if (!sym || sym.scope === 'global_implicit') {
        return { kind: hostScope(scope).kind === 'module' ? 'name' : 'global' };
      }
      if (sym.scope === 'global_explicit') return { kind: 'global' };
      // Free in the comprehension: whatever the enclosing block uses, but class namespaces are skipped.
      const parent = scope.parent!;
      if (parent.kind === 'class') return { kind: 'deref' };
      return this.resolve(name, parent);
    }
    const fnLike = isFunctionLike(scope.kind);
    if (!sym) return { kind: fnLike ? 'global' : 'name' };
    switch (sym.scope) {
      case 'local':
        return { kind: fnLike ? 'fast' : 'name' };
      case 'cell':
        return { kind: 'deref' };
      case 'free':
        return { kind: scope.kind === 'class' ? 'classderef' : 'deref' };
      case 'global_explicit':
        return { kind: 'global' };
      case 'global_implicit':
        return { kind: fnLike ? 'global' : 'name' };
    }
  }

  /**
   * Whether a name an inlined comprehension binds needs a cell of its own (it is captured inside the
   * comprehension). If only the enclosing function keeps a cell in that slot, CPython 3.12 moves the
   * cell out with LOAD_FAST_AND_CLEAR, uses the slot for plain values, and puts the cell back.
   */
  private inlinedCell(scope: Scope, name: string): boolean {
    return scope.symbols.get(name)?.scope === 'cell';
  }

  /** A name bound by an inlined comprehension lives in a slot of the host frame (a cell slot if captured). */
  private noteInlinedLocal(name: string, cell: boolean): void {
    const host = hostScope(this.u.resolution);
    const hostSym = host.symbols.get(name);
    if (hostSym && isFunctionLike(host.kind)) {
      if (hostSym.scope === 'free') throw unsupported('U017-genexpr-nested-scope', this.u.loc ?? host.loc);
      if (hostSym.scope === 'cell') return; // the host's own cell slot, used raw (see inlinedCell)
    }
    if (cell) {
      if (!this.u.extraCells.includes(name)) this.u.extraCells.push(name);
    } else if (!this.u.extraLocals.includes(name)) this.u.extraLocals.push(name);
  }

  // ---------- statements ----------
  private stmt(s: Stmt): void {
    this.u.loc = s.loc;
    switch (s.type) {
      case 'FunctionDef': return this.functionDef(s);
      case 'ClassDef': return this.classDef(s);
      case 'Return': return this.returnStmt(s);
      case 'Delete':
        for (const t of s.targets) this.delete(t);
        return;
      case 'Assign': return this.assign(s);
      case 'AugAssign': return this.augAssign(s);
      case 'For': return this.forStmt(s);
      case 'While': return this.whileStmt(s);
      case 'If': return this.ifStmt(s);
      case 'Raise': {
        let n = 0;
        if (s.exc) {
          this.expr(s.exc);
          n++;
          if (s.cause) {
            this.expr(s.cause);
            n++;
          }
        }
        this.u.loc = s.loc;
        this.emit('RAISE_VARARGS', n);
        return;
      }
      case 'Try': return this.tryStmt(s);
      case 'Import':
        for (const a of s.names) {
          this.u.loc = a.loc;
          this.loadConst({ kind: 'int', value: 0n }, false);
          this.loadConst({ kind: 'none' }, false);
          this.emitName('IMPORT_NAME', a.name);
          this.storeName(a.asname ?? a.name);
        }
        return;
      case 'ImportFrom': {
        this.loadConst({ kind: 'int', value: BigInt(s.level) }, false);
        this.loadConst({ kind: 'tuple', items: s.names.map((a) => ({ kind: 'str', value: a.name }) as ConstantValue) }, false, false);
        this.emitName('IMPORT_NAME', s.module);
        for (const a of s.names) {
          this.u.loc = a.loc;
          this.emitName('IMPORT_FROM', a.name);
          this.storeName(a.asname ?? a.name);
        }
        this.emit('POP_TOP');
        return;
      }
      case 'Global':
      case 'Nonlocal':
        return;
      case 'Expr':
        if (s.value.type === 'Constant') {
          this.emit('NOP');
          return;
        }
        this.expr(s.value);
        this.u.loc = s.loc;
        this.emit('POP_TOP');
        return;
      case 'Pass':
        this.emit('NOP');
        return;
      case 'Break': return this.breakStmt(s.loc);
      case 'Continue': return this.continueStmt(s.loc);
      case 'With': throw unsupported('U008-with', s.loc);
      case 'Assert': throw unsupported('U023-assert', s.loc);
    }
  }

  private functionDef(s: StmtOf<'FunctionDef'>): void {
    for (const d of s.decoratorList) {
      this.expr(d);
      this.withLoc(d.loc, () => this.emit('PUSH_NULL'));
    }
    this.u.loc = s.loc;
    const flags = this.defaults(s.args);
    const code = this.functionCode(s, this.table.scopeOf.get(s)!);
    this.u.loc = s.loc;
    this.makeFunction(code, flags);
    for (let k = s.decoratorList.length - 1; k >= 0; k--) this.emit('CALL', 1);
    this.storeName(s.name);
  }

  /** Pushes the defaults tuple / kw-defaults dict; returns MAKE_FUNCTION flags. */
  private defaults(args: Arguments): number {
    let flags = 0;
    if (args.defaults.length > 0) {
      this.tupleOf(args.defaults, false);
      flags |= MAKE_FUNCTION_FLAGS.defaults;
    }
    const kw = args.kwonlyargs.map((a, i) => [a, args.kwDefaults[i]] as const).filter(([, d]) => d !== null);
    if (kw.length > 0) {
      for (const [a, d] of kw) {
        this.loadConst({ kind: 'str', value: mangle(this.u.resolution.privateName, a.arg) }, false);
        this.expr(d!);
      }
      this.emit('BUILD_MAP', kw.length);
      flags |= MAKE_FUNCTION_FLAGS.kwdefaults;
    }
    return flags;
  }

  private classDef(s: StmtOf<'ClassDef'>): void {
    this.emit('LOAD_BUILD_CLASS');
    this.emit('PUSH_NULL');
    const code = this.classCode(s, this.table.scopeOf.get(s)!);
    this.u.loc = s.loc;
    this.makeFunction(code, 0);
    this.loadConst({ kind: 'str', value: s.name }, false);
    for (const b of s.bases) this.expr(b);
    this.u.loc = s.loc;
    this.emit('CALL', 2 + s.bases.length);
    this.storeName(s.name);
  }

  private returnStmt(s: StmtOf<'Return'>): void {
    if (s.value) {
      this.expr(s.value);
      this.u.loc = s.loc;
      this.unwindAll(true);
    } else {
      this.unwindAll(false);
      this.loadConst({ kind: 'none' }, false);
    }
    this.u.loc = s.loc;
    this.emit('RETURN_VALUE');
  }

  private assign(s: StmtOf<'Assign'>): void {
    // `a, b = x, y` with simple targets: CPython's CFG turns BUILD_TUPLE n; UNPACK_SEQUENCE n into SWAPs.
    if (s.targets.length === 1) {
      const t = s.targets[0]!;
      const v = s.value;
      if ((t.type === 'Tuple' || t.type === 'List') && v.type === 'Tuple' && t.elts.length === v.elts.length &&
        t.elts.length >= 1 && t.elts.length <= 3 && !t.elts.some((x) => x.type === 'Starred') && !v.elts.some((x) => x.type === 'Starred')) {
        for (const x of v.elts) this.expr(x);
        this.u.loc = t.loc;
        if (v.elts.length > 1) this.emit('SWAP', v.elts.length);
        for (const x of t.elts) this.store(x);
        return;
      }
    }
    this.expr(s.value);
    s.targets.forEach((t, i) => {
      if (i < s.targets.length - 1) this.emit('COPY', 1);
      this.store(t);
    });
  }

  private store(t: Expr): void {
    this.withLoc(t.loc, () => {
      switch (t.type) {
        case 'Name':
          this.nameOp(t.id, 'store');
          return;
        case 'Attribute':
          this.expr(t.value);
          this.u.loc = t.loc;
          this.emitAttr('STORE_ATTR', t.attr);
          return;
        case 'Subscript':
          if (t.slice.type === 'Slice' && !t.slice.step) {
            this.expr(t.value);
            this.sliceBounds(t.slice);
            this.u.loc = t.loc;
            this.emit('STORE_SLICE');
          } else {
            this.expr(t.value);
            this.expr(t.slice);
            this.u.loc = t.loc;
            this.emit('STORE_SUBSCR');
          }
          return;
        case 'Tuple':
        case 'List': {
          const star = t.elts.findIndex((x) => x.type === 'Starred');
          if (star >= 0) {
            const after = t.elts.length - star - 1;
            if (star >= 256 || after >= 1 << 24) throw syntaxError('too many expressions in star-unpacking assignment', t.loc);
            this.emit('UNPACK_EX', star | (after << 8));
          } else this.emit('UNPACK_SEQUENCE', t.elts.length);
          for (const x of t.elts) this.store(x.type === 'Starred' ? x.value : x);
          return;
        }
        case 'Starred':
          throw syntaxError('starred assignment target must be in a list or tuple', t.loc);
        default:
          throw syntaxError(SYNTAX.invalid, t.loc);
      }
    });
  }

  private delete(t: Expr): void {
    this.withLoc(t.loc, () => {
      switch (t.type) {
        case 'Name':
          this.nameOp(t.id, 'del');
          return;
        case 'Attribute':
          this.expr(t.value);
          this.u.loc = t.loc;
          this.emitAttr('DELETE_ATTR', t.attr);
          return;
        case 'Subscript':
          this.expr(t.value);
          this.expr(t.slice);
          this.u.loc = t.loc;
          this.emit('DELETE_SUBSCR');
          return;
        case 'Tuple':
        case 'List':
          for (const x of t.elts) this.delete(x);
          return;
        default:
          throw unsupported('U019-del-target', t.loc);
      }
    });
  }

  private augAssign(s: StmtOf<'AugAssign'>): void {
    const op = BINARY_OPS.indexOf((BINOP_SYMBOL[s.op] + '=') as (typeof BINARY_OPS)[number]);
    const t = s.target;
    switch (t.type) {
      case 'Name':
        this.withLoc(t.loc, () => this.nameOp(t.id, 'load'));
        this.expr(s.value);
        this.u.loc = s.loc;
        this.emit('BINARY_OP', op);
        this.withLoc(t.loc, () => this.nameOp(t.id, 'store'));
        return;
      case 'Attribute':
        this.expr(t.value);
        this.u.loc = t.loc;
        this.emit('COPY', 1);
        this.emitAttr('LOAD_ATTR', t.attr, 0);
        this.expr(s.value);
        this.u.loc = s.loc;
        this.emit('BINARY_OP', op);
        this.emit('SWAP', 2);
        this.emitAttr('STORE_ATTR', t.attr);
        return;
      case 'Subscript':
        this.expr(t.value);
        this.expr(t.slice);
        this.u.loc = t.loc;
        this.emit('COPY', 2);
        this.emit('COPY', 2);
        this.emit('BINARY_SUBSCR');
        this.expr(s.value);
        this.u.loc = s.loc;
        this.emit('BINARY_OP', op);
        this.emit('SWAP', 3);
        this.emit('SWAP', 2);
        this.emit('STORE_SUBSCR');
        return;
      default:
        throw syntaxError(SYNTAX.invalid, t.loc);
    }
  }

  private ifStmt(s: StmtOf<'If'>): void {
    const c = constTruth(s.test);
    if (c !== null) {
      this.emit('NOP');
      for (const x of c ? s.body : s.orelse) this.stmt(x);
      return;
    }
    const end = this.newLabel();
    const orelse = s.orelse.length > 0 ? this.newLabel() : end;
    this.jumpIf(s.test, false, orelse);
    for (const x of s.body) this.stmt(x);
    if (s.orelse.length > 0) {
      this.jump('JUMP', end);
      this.bind(orelse);
      for (const x of s.orelse) this.stmt(x);
    }
    this.bind(end);
  }

  private whileStmt(s: StmtOf<'While'>): void {
    const c = constTruth(s.test);
    if (c === false) {
      this.emit('NOP');
      for (const x of s.orelse) this.stmt(x);
      return;
    }
    const start = this.newLabel();
    const exit = this.newLabel();
    const orelse = this.newLabel();
    this.bind(start);
    if (c === null) this.jumpIf(s.test, false, orelse);
    else this.emit('NOP');
    this.u.fblocks.push({ kind: 'WHILE', start, exit });
    for (const x of s.body) this.stmt(x);
    this.u.fblocks.pop();
    this.u.loc = s.loc;
    this.jump('JUMP', start);
    this.bind(orelse);
    for (const x of s.orelse) this.stmt(x);
    this.bind(exit);
  }

  private forStmt(s: StmtOf<'For'>): void {
    const start = this.newLabel();
    const cleanup = this.newLabel();
    const exit = this.newLabel();
    this.expr(s.iter);
    this.u.loc = s.iter.loc;
    this.emit('GET_ITER');
    this.bind(start);
    this.u.loc = s.loc;
    this.jump('FOR_ITER', cleanup);
    this.store(s.target);
    this.u.fblocks.push({ kind: 'FOR', start, exit });
    for (const x of s.body) this.stmt(x);
    this.u.fblocks.pop();
    this.u.loc = s.loc;
    this.jump('JUMP', start);
    this.bind(cleanup);
    for (const x of s.orelse) this.stmt(x);
    this.bind(exit);
  }

  private breakStmt(loc: SourceLocation): void {
    const loopIndex = this.innermostLoop();
    if (loopIndex < 0) throw syntaxError(SYNTAX.breakOutside, loc);
    const loop = this.u.fblocks[loopIndex] as Extract<FBlock, { kind: 'FOR' | 'WHILE' }>;
    this.unwindTo(loopIndex, false);
    this.u.loc = loc;
    this.jump('JUMP', loop.exit);
  }

  private continueStmt(loc: SourceLocation): void {
    const loopIndex = this.innermostLoop();
    if (loopIndex < 0) throw syntaxError(SYNTAX.continueOutside, loc);
    const loop = this.u.fblocks[loopIndex] as Extract<FBlock, { kind: 'FOR' | 'WHILE' }>;
    this.unwindTo(loopIndex + 1, false);
    this.u.loc = loc;
    this.jump('JUMP', loop.start);
  }

  private innermostLoop(): number {
    for (let k = this.u.fblocks.length - 1; k >= 0; k--) {
      const kind = this.u.fblocks[k]!.kind;
      if (kind === 'FOR' || kind === 'WHILE') return k;
    }
    return -1;
  }

  private unwindAll(preserveTop: boolean): void {
    this.unwindTo(0, preserveTop);
  }

  /**
   * Emits the cleanup for every frame block at index `to` and above, innermost first, each compiled
   * with the blocks outside it as context.
   */
  private unwindTo(to: number, preserveTop: boolean): void {
    const saved = this.u.fblocks;
    try {
      for (let k = saved.length - 1; k >= to; k--) {
        const fb = saved[k]!;
        this.u.fblocks = saved.slice(0, k);
        this.unwindBlock(fb, preserveTop);
      }
    } finally {
      this.u.fblocks = saved;
    }
  }

  private unwindBlock(fb: FBlock, preserveTop: boolean): void {
    switch (fb.kind) {
      case 'WHILE':
      case 'TRY_EXCEPT':
      case 'REGION':
        return;
      case 'FOR':
      case 'POP_VALUE':
        if (preserveTop) this.emit('SWAP', 2);
        this.emit('POP_TOP');
        return;
      case 'FINALLY_TRY': {
        if (preserveTop) this.u.fblocks.push({ kind: 'POP_VALUE' });
        for (const x of fb.body) this.stmt(x);
        if (preserveTop) this.u.fblocks.pop();
        return;
      }
      case 'FINALLY_END':
        if (preserveTop) this.emit('SWAP', 2);
        this.emit('POP_TOP');
        if (preserveTop) this.emit('SWAP', 2);
        this.emit('POP_EXCEPT');
        return;
      case 'HANDLER_CLEANUP':
        if (preserveTop) this.emit('SWAP', 2);
        this.emit('POP_EXCEPT');
        if (fb.name) {
          this.loadConst({ kind: 'none' }, false);
          this.nameOp(fb.name, 'store');
          this.nameOp(fb.name, 'del');
        }
        return;
    }
  }

  private tryStmt(s: StmtOf<'Try'>): void {
    if (s.finalbody.length > 0) this.tryFinally(s);
    else this.tryExcept(s);
  }

  private tryFinally(s: StmtOf<'Try'>): void {
    const end = this.newLabel();
    const handler: Handler = { label: this.newLabel(), depth: this.u.depth };
    const outer = [...this.u.fblocks];
    this.u.fblocks.push({ kind: 'FINALLY_TRY', handler, body: s.finalbody });
    if (s.handlers.length > 0) this.tryExcept(s);
    else for (const x of s.body) this.stmt(x);
    this.u.fblocks.pop();
    // Normal exit: the finally body inline.
    for (const x of s.finalbody) this.stmt(x);
    this.bind(end);
    // Exceptional exit, placed after the body of the code object (CPython's cold blocks).
    this.cold(outer, () => {
      const cleanup: Handler = { label: this.newLabel(), depth: handler.depth + 1 };
      this.u.loc = null;
      this.bindHandler(handler);
      this.u.fblocks.push({ kind: 'REGION', handler: cleanup });
      this.emit('PUSH_EXC_INFO');
      this.u.fblocks.push({ kind: 'FINALLY_END', handler: cleanup });
      for (const x of s.finalbody) this.stmt(x);
      this.u.fblocks.pop();
      this.u.loc = null;
      this.emit('RERAISE', 0);
      this.u.fblocks.pop();
      this.emitCleanup(cleanup);
    });
  }

  /** Emits `f` after the code object's body, in the frame-block context `fblocks`. */
  private cold(fblocks: FBlock[], f: () => void): void {
    this.u.coldAt.push({ at: this.u.instrs.length, parent: this.u.coldRunning });
    this.u.cold.push(() => {
      const saved = this.u.fblocks;
      this.u.fblocks = [...fblocks];
      try {
        f();
      } finally {
        this.u.fblocks = saved;
      }
    });
  }

  /** Handler that restores the previous exception state and re-raises: stack [prev, exc]. */
  private emitCleanup(cleanup: Handler): void {
    this.u.loc = null;
    this.bindHandler(cleanup);
    this.emit('SWAP', 2);
    this.emit('POP_EXCEPT');
    this.emit('RERAISE', 0);
  }

  private tryExcept(s: StmtOf<'Try'>): void {
    const end = this.newLabel();
    const handler: Handler = { label: this.newLabel(), depth: this.u.depth };
    const outer = [...this.u.fblocks];
    this.u.fblocks.push({ kind: 'TRY_EXCEPT', handler });
    for (const x of s.body) this.stmt(x);
    this.u.fblocks.pop();
    for (const x of s.orelse) this.stmt(x);
    this.bind(end);
    this.cold(outer, () => this.exceptHandlers(s, handler, end));
  }

  /** The handler blocks of a try statement: entered with [.., exc] at `handler.depth`. */
  private exceptHandlers(s: StmtOf<'Try'>, handler: Handler, end: Label): void {
    const cleanup: Handler = { label: this.newLabel(), depth: handler.depth + 1 };
    this.u.loc = null;
    this.bindHandler(handler);
    this.u.fblocks.push({ kind: 'REGION', handler: cleanup });
    this.emit('PUSH_EXC_INFO');
    for (const h of s.handlers) {
      this.u.loc = h.loc;
      const next = this.newLabel();
      if (h.excType) {
        this.expr(h.excType);
        this.u.loc = h.loc;
        this.emit('CHECK_EXC_MATCH');
        this.jump('POP_JUMP_IF_FALSE', next);
      }
      if (h.name) {
        this.nameOp(h.name, 'store');
        const cleanupBody: Handler = { label: this.newLabel(), depth: handler.depth + 1 };
        this.u.fblocks.push({ kind: 'HANDLER_CLEANUP', handler: cleanupBody, name: h.name });
        for (const x of h.body) this.stmt(x);
        this.u.fblocks.pop();
        this.u.loc = null;
        this.emit('POP_EXCEPT');
        this.loadConst({ kind: 'none' }, false);
        this.nameOp(h.name, 'store');
        this.nameOp(h.name, 'del');
        this.jump('JUMP', end);
        // Exception inside the handler body: unbind the name, re-raise to the cleanup.
        this.bindHandler(cleanupBody);
        this.loadConst({ kind: 'none' }, false);
        this.nameOp(h.name, 'store');
        this.nameOp(h.name, 'del');
        this.emit('RERAISE', 0);
      } else {
        this.emit('POP_TOP');
        this.u.fblocks.push({ kind: 'HANDLER_CLEANUP', handler: cleanup, name: null });
        for (const x of h.body) this.stmt(x);
        this.u.fblocks.pop();
        this.u.loc = null;
        this.emit('POP_EXCEPT');
        this.jump('JUMP', end);
      }
      this.bind(next);
      this.u.depth = handler.depth + 2;
    }
    this.u.loc = null;
    this.emit('RERAISE', 0);
    this.u.fblocks.pop();
    this.emitCleanup(cleanup);
  }

  // ---------- conditions ----------
  /** Compiles `e` and jumps to `label` if its truth equals `cond`. */
  private jumpIf(e: Expr, cond: boolean, label: Label): void {
    if (e.type === 'UnaryOp' && e.op === 'Not') return this.jumpIf(e.operand, !cond, label);
    if (e.type === 'BoolOp') {
      const isOr = e.op === 'Or';
      if (cond === isOr) {
        // or-jump-if-true / and-jump-if-false: any operand decides.
        for (const v of e.values) this.jumpIf(v, cond, label);
      } else {
        const next = this.newLabel();
        e.values.forEach((v, i) => {
          if (i < e.values.length - 1) this.jumpIf(v, !cond, next);
          else this.jumpIf(v, cond, label);
        });
        this.bind(next);
      }
      return;
    }
    this.expr(e);
    this.u.loc = e.loc;
    this.jump(cond ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE', label);
  }

  // ---------- expressions ----------
  expr(e: Expr): void {
    const saved = this.u.loc;
    this.u.loc = e.loc;
    try {
      this.exprInner(e);
    } finally {
      this.u.loc = saved;
    }
  }

  private exprInner(e: Expr): void {
    switch (e.type) {
      case 'Constant':
        this.loadConst(e.value, e.inAst);
        return;
      case 'Name':
        this.nameOp(e.id, 'load');
        return;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        this.u.loc = e.loc;
        this.emit('BINARY_OP', BINARY_OPS.indexOf(BINOP_SYMBOL[e.op] as (typeof BINARY_OPS)[number]));
        return;
      case 'UnaryOp':
        this.expr(e.operand);
        this.u.loc = e.loc;
        this.emit(({ USub: 'UNARY_NEGATIVE', UAdd: 'UNARY_POSITIVE', Not: 'UNARY_NOT', Invert: 'UNARY_INVERT' } as const)[e.op]);
        return;
      case 'BoolOp': {
        const end = this.newLabel();
        e.values.forEach((v, i) => {
          this.expr(v);
          if (i < e.values.length - 1) {
            this.u.loc = e.loc;
            this.emit('COPY', 1);
            this.jump(e.op === 'And' ? 'POP_JUMP_IF_FALSE' : 'POP_JUMP_IF_TRUE', end);
            this.emit('POP_TOP');
          }
        });
        this.bind(end);
        return;
      }
      case 'Compare': return this.compare(e);
      case 'IfExp': {
        const end = this.newLabel();
        const orelse = this.newLabel();
        this.jumpIf(e.test, false, orelse);
        this.expr(e.body);
        this.jump('JUMP', end);
        this.bind(orelse);
        this.expr(e.orelse);
        this.bind(end);
        return;
      }
      case 'NamedExpr':
        this.expr(e.value);
        this.emit('COPY', 1);
        this.store(e.target);
        return;
      case 'Attribute':
        this.expr(e.value);
        this.u.loc = e.loc;
        this.emitAttr('LOAD_ATTR', e.attr, 0);
        return;
      case 'Subscript':
        this.expr(e.value);
        if (e.slice.type === 'Slice' && !e.slice.step) {
          this.sliceBounds(e.slice);
          this.u.loc = e.loc;
          this.emit('BINARY_SLICE');
        } else {
          this.expr(e.slice);
          this.u.loc = e.loc;
          this.emit('BINARY_SUBSCR');
        }
        return;
      case 'Slice': {
        this.sliceBounds(e);
        let n = 2;
        if (e.step) {
          this.expr(e.step);
          n = 3;
        }
        this.u.loc = e.loc;
        this.emit('BUILD_SLICE', n);
        return;
      }
      case 'Call': return this.call(e);
      case 'Tuple':
        if (e.elts.some((x) => x.type === 'Starred')) {
          this.starredSequence(e.elts, 'list');
          this.emit('LIST_TO_TUPLE');
        } else this.tupleOf(e.elts, false);
        return;
      case 'List':
        return this.starredSequence(e.elts, 'list');
      case 'Set':
        return this.starredSequence(e.elts, 'set');
      case 'Dict': return this.dict(e);
      case 'JoinedStr': return this.joinedStr(e);
      case 'FormattedValue': return this.formattedValue(e);
      case 'Lambda': {
        const flags = this.defaults(e.args);
        const code = this.functionCode(e, this.table.scopeOf.get(e)!);
        this.u.loc = e.loc;
        this.makeFunction(code, flags);
        return;
      }
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        return this.comprehension(e);
      case 'Starred':
        throw syntaxError("can't use starred expression here", e.loc);
    }
  }

  private sliceBounds(s: ExprOf<'Slice'>): void {
    if (s.lower) this.expr(s.lower);
    else this.loadConst({ kind: 'none' }, false);
    if (s.upper) this.expr(s.upper);
    else this.loadConst({ kind: 'none' }, false);
  }

  private compareOp(op: CmpOpName): void {
    switch (op) {
      case 'Is': this.emit('IS_OP', 0); return;
      case 'IsNot': this.emit('IS_OP', 1); return;
      case 'In': this.emit('CONTAINS_OP', 0); return;
      case 'NotIn': this.emit('CONTAINS_OP', 1); return;
      default: this.emit('COMPARE_OP', COMPARE_OPS.indexOf(CMP_SYMBOL[op] as (typeof COMPARE_OPS)[number]));
    }
  }

  private compare(e: ExprOf<'Compare'>): void {
    this.expr(e.left);
    if (e.ops.length === 1) {
      this.expr(e.comparators[0]!);
      this.u.loc = e.loc;
      this.compareOp(e.ops[0]!);
      return;
    }
    const cleanup = this.newLabel();
    const end = this.newLabel();
    for (let i = 0; i < e.ops.length - 1; i++) {
      this.expr(e.comparators[i]!);
      this.u.loc = e.loc;
      this.emit('SWAP', 2);
      this.emit('COPY', 2);
      this.compareOp(e.ops[i]!);
      this.emit('COPY', 1);
      this.jump('POP_JUMP_IF_FALSE', cleanup);
      this.emit('POP_TOP');
    }
    this.expr(e.comparators[e.ops.length - 1]!);
    this.u.loc = e.loc;
    this.compareOp(e.ops[e.ops.length - 1]!);
    this.jump('JUMP', end);
    this.bind(cleanup);
    this.emit('SWAP', 2);
    this.emit('POP_TOP');
    this.bind(end);
  }

  /** A tuple display without starred items (constant tuples were folded by the AST optimiser). */
  private tupleOf(elts: Expr[], inAst: boolean): void {
    if (elts.length > 0 && elts.every((x) => x.type === 'Constant')) {
      // Folded later by the CFG optimiser (not in the AST): defaults tuples, 3.14 tuples. CPython first
      // added each item as a constant; 3.10/3.11 keep them all, 3.12+ drop unused ones except index 0.
      const items = elts as ExprOf<'Constant'>[];
      if (this.features.keepFoldedTupleItems) for (const x of items) this.u.addConst(this.pool.describe(x.value, x.inAst));
      else if (this.u.consts.length === 0 && !this.features.smallIntOpcode) this.u.addConst(this.pool.describe(items[0]!.value, items[0]!.inAst));
      this.loadConst({ kind: 'tuple', items: items.map((x) => x.value) }, inAst);
      return;
    }
    if (elts.length > STACK_USE_GUARDRAIL) {
      this.starredSequence(elts, 'list');
      this.emit('LIST_TO_TUPLE');
      return;
    }
    for (const x of elts) this.expr(x);
    this.emit('BUILD_TUPLE', elts.length);
  }

  /** List or set display, possibly with *starred items (CPython's starunpack_helper). */
  private starredSequence(elts: Expr[], kind: 'list' | 'set'): void {
    const build: Opcode = kind === 'list' ? 'BUILD_LIST' : 'BUILD_SET';
    const add: Opcode = kind === 'list' ? 'LIST_APPEND' : 'SET_ADD';
    const extend: Opcode = kind === 'list' ? 'LIST_EXTEND' : 'SET_UPDATE';
    const loc = this.u.loc;
    const hasStar = elts.some((x) => x.type === 'Starred');
    if (!hasStar && elts.length > 2 && elts.every((x) => x.type === 'Constant')) {
      const items = elts.map((x) => (x as ExprOf<'Constant'>).value);
      this.emit(build, 0);
      this.loadConst(kind === 'list' ? { kind: 'tuple', items } : { kind: 'frozenset', items }, false);
      this.u.loc = loc;
      this.emit(extend, 1);
      return;
    }
    if (!hasStar && elts.length <= STACK_USE_GUARDRAIL) {
      for (const x of elts) this.expr(x);
      this.u.loc = loc;
      this.emit(build, elts.length);
      return;
    }
    let pushed = 0;
    let built = false;
    for (const x of elts) {
      if (x.type === 'Starred') {
        if (!built) {
          this.emit(build, pushed);
          built = true;
        }
        this.expr(x.value);
        this.u.loc = loc;
        this.emit(extend, 1);
      } else if (!built && elts.length <= STACK_USE_GUARDRAIL) {
        this.expr(x);
        pushed++;
      } else {
        if (!built) {
          this.emit(build, pushed);
          built = true;
        }
        this.expr(x);
        this.u.loc = loc;
        this.emit(add, 1);
      }
    }
    if (!built) this.emit(build, pushed);
  }

  private dict(e: ExprOf<'Dict'>): void {
    const n = e.keys.length;
    const hasUnpack = e.keys.some((k) => k === null);
    const loc = this.u.loc;
    if (!hasUnpack && n > 1 && n <= 16 && (this.features.constKeyMap ?? true) && e.keys.every((k) => k!.type === 'Constant')) {
      for (const v of e.values) this.expr(v);
      this.loadConst({ kind: 'tuple', items: e.keys.map((k) => (k as ExprOf<'Constant'>).value) }, false);
      this.u.loc = loc;
      this.emit('BUILD_CONST_KEY_MAP', n);
      return;
    }
    if (!hasUnpack && n <= 16) {
      for (let i = 0; i < n; i++) {
        this.expr(e.keys[i]!);
        this.expr(e.values[i]!);
      }
      this.u.loc = loc;
      this.emit('BUILD_MAP', n);
      return;
    }
    let pending = 0;
    let built = false;
    const flush = () => {
      if (pending > 0 || !built) {
        this.emit('BUILD_MAP', pending);
        if (built) this.emit('DICT_UPDATE', 1);
        built = true;
        pending = 0;
      }
    };
    for (let i = 0; i < n; i++) {
      const k = e.keys[i];
      if (k === null || k === undefined) {
        flush();
        this.expr(e.values[i]!);
        this.u.loc = loc;
        this.emit('DICT_UPDATE', 1);
      } else if (built) {
        this.expr(k);
        this.expr(e.values[i]!);
        this.u.loc = loc;
        this.emit('MAP_ADD', 1);
      } else {
        this.expr(k);
        this.expr(e.values[i]!);
        pending++;
      }
    }
    flush();
  }

  private joinedStr(e: ExprOf<'JoinedStr'>): void {
    if (e.values.length === 0) {
      this.loadConst({ kind: 'str', value: '' }, false);
      return;
    }
    for (const v of e.values) this.expr(v);
    this.u.loc = e.loc;
    if (e.values.length > 1) this.emit('BUILD_STRING', e.values.length);
  }

  private formattedValue(e: ExprOf<'FormattedValue'>): void {
    this.expr(e.value);
    this.u.loc = e.loc;
    if (e.conversion) this.emit('CONVERT_VALUE', { s: 1, r: 2, a: 3 }[e.conversion]);
    if (e.formatSpec) {
      this.expr(e.formatSpec);
      this.u.loc = e.loc;
      this.emit('FORMAT_WITH_SPEC');
    } else this.emit('FORMAT_SIMPLE');
  }

  private call(e: ExprOf<'Call'>): void {
    const hasStar = e.args.some((a) => a.type === 'Starred');
    const hasKwUnpack = e.keywords.some((k) => k.arg === null);
    const f = e.func;
    // CPython skips the method-call form for attributes of names imported at module level (modules).
    // (Measured on 3.12/3.13: not inside an inlined comprehension, whose symbols CPython merges.)
    const onImported = f.type === 'Attribute' && f.value.type === 'Name' && !this.u.resolution.inlined &&
      !!this.table.module.symbols.get(f.value.id)?.imported;
    if (f.type === 'Attribute' && !onImported && !hasStar && !hasKwUnpack && e.args.length + e.keywords.length < STACK_USE_GUARDRAIL) {
      this.expr(f.value);
      this.u.loc = f.loc;
      this.emitAttr('LOAD_ATTR', f.attr, 1);
    } else if (f.type === 'Name' && this.resolve(mangle(this.u.resolution.privateName, f.id), this.u.resolution).kind === 'global') {
      this.withLoc(f.loc, () => this.emitName('LOAD_GLOBAL', f.id, 1));
    } else {
      this.expr(f);
      this.emit('PUSH_NULL');
    }
    if (hasStar || hasKwUnpack || e.args.length + e.keywords.length >= STACK_USE_GUARDRAIL) {
      // Positional arguments as one tuple (or the single starred iterable itself).
      if (e.args.length === 1 && e.args[0]!.type === 'Starred') this.expr(e.args[0]!.value);
      else if (hasStar || e.args.length > STACK_USE_GUARDRAIL) {
        this.starredSequence(e.args, 'list');
        this.emit('LIST_TO_TUPLE');
      } else this.tupleOfArgs(e.args);
      let flag = 0;
      if (e.keywords.length > 0) {
        flag = 1;
        let pending = 0;
        let built = false;
        for (const k of e.keywords) {
          if (k.arg === null) {
            if (pending > 0) {
              this.emit('BUILD_MAP', pending);
              if (built) this.emit('DICT_UPDATE', 1);
              built = true;
              pending = 0;
            }
            if (!built) {
              this.emit('BUILD_MAP', 0);
              built = true;
            }
            this.expr(k.value);
            this.u.loc = e.loc;
            this.emit('DICT_MERGE', 1);
          } else {
            this.loadConst({ kind: 'str', value: k.arg }, false);
            this.expr(k.value);
            pending++;
          }
        }
        if (pending > 0) {
          this.emit('BUILD_MAP', pending);
          if (built) this.emit('DICT_UPDATE', 1);
        }
      }
      this.u.loc = e.loc;
      this.emit('CALL_FUNCTION_EX', flag);
      return;
    }
    for (const a of e.args) this.expr(a);
    for (const k of e.keywords) this.expr(k.value);
    this.u.loc = e.loc;
    const argc = e.args.length + e.keywords.length;
    if (e.keywords.length > 0) {
      this.loadConst({ kind: 'tuple', items: e.keywords.map((k) => ({ kind: 'str', value: k.arg! }) as ConstantValue) }, false, false);
      this.emit('CALL_KW', argc);
    } else this.emit('CALL', argc);
  }

  private tupleOfArgs(args: Expr[]): void {
    if (args.length === 0) {
      this.loadConst({ kind: 'tuple', items: [] }, false);
      return;
    }
    this.tupleOf(args, false);
  }

  // ---------- comprehensions ----------
  private comprehension(e: ExprOf<'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp'>): void {
    const scope = this.table.scopeOf.get(e)!;
    if (scope.inlined) return this.inlinedComprehension(e, scope);
    const kind: CodeKind = e.type === 'GeneratorExp' ? 'genexpr' : 'comprehension';
    const name = scope.name;
    const u = new Unit(scope, kind, name, this.qualnameFor(name), e.loc.line);
    const code = this.withUnit(u, () => {
      this.prologue(u);
      this.u.loc = e.loc;
      if (e.type === 'ListComp') this.emit('BUILD_LIST', 0);
      else if (e.type === 'SetComp') this.emit('BUILD_SET', 0);
      else if (e.type === 'DictComp') this.emit('BUILD_MAP', 0);
      this.comprehensionLoop(e, e.generators, 0, true);
      this.u.loc = e.loc;
      if (e.type === 'GeneratorExp') this.loadConst({ kind: 'none' }, false);
      this.emit('RETURN_VALUE');
      return this.finish(u);
    });
    this.u.loc = e.loc;
    this.makeFunction(code, 0);
    // CPython's shape: the iterator sits in the self_or_null slot, so CALL 0 passes it as `.0`.
    this.expr(e.generators[0]!.iter);
    this.u.loc = e.loc;
    this.emit('GET_ITER');
    this.emit('CALL', 0);
  }

  /** One `for` clause (and, recursively, the rest); `fromArg`: the outermost iterator is argument `.0`. */
  private comprehensionLoop(
    e: ExprOf<'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp'>,
    gens: Comprehension[],
    index: number,
    fromArg: boolean,
  ): void {
    const gen = gens[index]!;
    const start = this.newLabel();
    const anchor = this.newLabel();
    if (index === 0 && fromArg) this.emitSlot('LOAD_FAST', '.0');
    else if (index > 0) {
      this.expr(gen.iter);
      this.u.loc = gen.iter.loc;
      this.emit('GET_ITER');
    }
    this.bind(start);
    this.u.loc = e.loc;
    this.jump('FOR_ITER', anchor);
    this.store(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, false, start);
    if (index + 1 < gens.length) this.comprehensionLoop(e, gens, index + 1, fromArg);
    else {
      const depth = gens.length + 1;
      switch (e.type) {
        case 'ListComp':
          this.expr(e.elt);
          this.u.loc = e.loc;
          this.emit('LIST_APPEND', depth);
          break;
        case 'SetComp':
          this.expr(e.elt);
          this.u.loc = e.loc;
          this.emit('SET_ADD', depth);
          break;
        case 'DictComp':
          this.expr(e.key);
          this.expr(e.value);
          this.u.loc = e.loc;
          this.emit('MAP_ADD', depth);
          break;
        case 'GeneratorExp':
          this.expr(e.elt);
          this.u.loc = e.loc;
          this.emit('YIELD_VALUE');
          this.emit('POP_TOP');
          break;
      }
    }
    this.u.loc = e.loc;
    this.jump('JUMP', start);
    this.bind(anchor);
  }

  /** PEP 709: the comprehension runs in the current frame, saving and restoring the names it binds. */
  private inlinedComprehension(e: ExprOf<'ListComp' | 'SetComp' | 'DictComp' | 'GeneratorExp'>, scope: Scope): void {
    this.expr(e.generators[0]!.iter);
    this.u.loc = e.loc;
    this.emit('GET_ITER');
    const bound = [...scope.symbols.values()].filter((s) => (s.scope === 'local' || s.scope === 'cell') && s.name !== '.0');
    const saved = bound.map((s) => s.name);
    const outer = this.u.resolution;
    this.u.resolution = scope;
    try {
      for (const s of bound) {
        const cell = this.inlinedCell(scope, s.name);
        this.noteInlinedLocal(s.name, cell);
        this.emitSlot('LOAD_FAST_AND_CLEAR', s.name);
        if (cell) this.emitSlot('MAKE_CELL', s.name);
      }
      if (saved.length > 0) this.emit('SWAP', saved.length + 1);
      const region: Handler = { label: this.newLabel(), depth: this.u.depth };
      this.u.fblocks.push({ kind: 'REGION', handler: region });
      this.emit(e.type === 'ListComp' ? 'BUILD_LIST' : e.type === 'SetComp' ? 'BUILD_SET' : 'BUILD_MAP', 0);
      this.emit('SWAP', 2);
      this.comprehensionLoop(e, e.generators, 0, false);
      this.u.fblocks.pop();
      this.u.loc = e.loc;
      const restore = () => {
        if (saved.length > 0) this.emit('SWAP', saved.length + 1);
        for (let k = saved.length - 1; k >= 0; k--) {
          this.emitSlot('STORE_FAST', saved[k]!);
          this.u.instrs[this.u.instrs.length - 1]!.maybeNull = true;
        }
      };
      restore();
      // On an exception: drop the partial result, restore the saved names, re-raise. Like CPython,
      // this handler is placed after the body of the code object, under the same outer handlers.
      this.cold(this.u.fblocks, () => {
        this.u.loc = null;
        this.bindHandler(region);
        this.emit('SWAP', 2);
        this.emit('POP_TOP');
        this.u.loc = e.loc;
        restore();
        this.emit('RERAISE', 0);
      });
    } finally {
      this.u.resolution = outer;
    }
  }

  // ---------- finishing ----------
  private finish(u: Unit, args?: Arguments): CodeObject {
    const coldRanges: ColdSection[] = [];
    for (let k = 0; k < u.cold.length; k++) {
      const start = u.instrs.length;
      u.coldRunning = k;
      u.cold[k]!();
      coldRanges.push({ ...u.coldAt[k]!, start, end: u.instrs.length });
    }
    u.coldRunning = -1;
    const scope = u.scope;
    const fnLike = isFunctionLike(scope.kind);
    // Slot layout: parameters, other locals, cells that are not parameters, free variables.
    const locals: string[] = [];
    const kinds: LocalKind[] = [];
    const add = (n: string, k: LocalKind) => {
      locals.push(n);
      kinds.push(k);
    };
    const cellNames = new Set<string>();
    for (const [n, s] of scope.symbols) if (s.scope === 'cell') cellNames.add(n);
    if (scope.kind === 'class' && scope.needsClassCell) cellNames.add('__class__');
    for (const n of u.extraCells) cellNames.add(n);
    for (const p of scope.params) add(p, { local: true, cell: cellNames.has(p), free: false });
    if (fnLike) {
      for (const [n, s] of scope.symbols) {
        if (s.scope === 'local' && !locals.includes(n)) add(n, { local: true, cell: false, free: false });
      }
    }
    for (const n of u.extraLocals) if (!locals.includes(n)) add(n, { local: true, cell: false, free: false });
    const nVarnames = locals.length;
    for (const n of [...cellNames].sort()) if (!locals.includes(n)) add(n, { local: false, cell: true, free: false });
    const free = freeVarNames(scope);
    for (const n of free) add(n, { local: false, cell: false, free: true });

    const slotIndex = (n: string): number => {
      // A name that is both a cell of this block and free is impossible; the first match is right.
      const i = locals.indexOf(n);
      if (i < 0) throw new SimulatorBug(`no slot for ${n} in ${u.qualname}`);
      return i;
    };
    const instructions: Instruction[] = u.instrs.map((p) => ({
      op: p.op,
      arg: p.label ? p.label.index : p.slot !== undefined ? slotIndex(p.slot) : p.arg,
      loc: p.loc,
    }));
    // Exception table: maximal runs of instructions sharing a handler.
    const table: ExceptionTableEntry[] = [];
    let k = 0;
    while (k < u.instrs.length) {
      const h = u.instrs[k]!.handler;
      let j = k + 1;
      while (j < u.instrs.length && u.instrs[j]!.handler === h) j++;
      if (h) table.push({ start: k, end: j, target: h.label.index, depth: h.depth });
      k = j;
    }
    for (const ins of instructions) {
      if (JUMP_OPCODES.has(ins.op) && (ins.arg < 0 || ins.arg > instructions.length)) {
        throw new SimulatorBug(`unbound label in ${u.qualname}`);
      }
    }
    const code: CodeObject = {
      name: u.name,
      qualname: u.qualname,
      kind: u.kind,
      filename: this.filename,
      firstLine: u.firstLine,
      argCount: args ? args.posonlyargs.length + args.args.length : scope.params.length,
      posOnlyArgCount: args ? args.posonlyargs.length : 0,
      kwOnlyArgCount: args ? args.kwonlyargs.length : 0,
      flags: {
        varargs: !!args?.vararg,
        varkeywords: !!args?.kwarg,
        generator: u.kind === 'genexpr',
        nested: free.length > 0,
        optimized: fnLike,
      },
      instructions,
      consts: u.consts,
      names: u.names,
      localsplusNames: locals,
      localsplusKinds: kinds,
      varnames: locals.slice(0, nVarnames),
      cellvars: locals.filter((_, i) => kinds[i]!.cell),
      freevars: free,
      exceptionTable: table,
      stackSize: Math.max(u.maxDepth, 1),
      docstring: u.docstring,
    };
    if (this.features.borrowedLocalLoads) {
      const maybeNull = new Set<number>();
      u.instrs.forEach((p, i) => p.maybeNull && maybeNull.add(i));
      applyBorrowedLoads(code, maybeNull, deadBlockCuts(code, coldRanges));
    }
    code.stackSize = computeStackSize(code);
    return code;
  }
}

/** Free variable names of a block in CPython's order (sorted). Class blocks include pass-through ones. */
function freeVarNames(scope: Scope): string[] {
  const out: string[] = [];
  for (const [n, s] of scope.symbols) if (s.scope === 'free' || s.freeClass) out.push(n);
  return out.sort();
}

function docstringOf(body: Stmt[]): string | null {
  const first = body[0];
  if (first && first.type === 'Expr' && first.value.type === 'Constant' && first.value.value.kind === 'str') {
    return first.value.value.value;
  }
  return null;
}

function constTruth(e: Expr): boolean | null {
  if (e.type !== 'Constant') return null;
  const v = e.value;
  switch (v.kind) {
    case 'none': return false;
    case 'ellipsis': return true;
    case 'bool': return v.value;
    case 'int': return v.value !== 0n;
    case 'float': return v.value !== 0;
    case 'str': return v.value.length > 0;
    case 'bytes': return v.value.length > 0;
    case 'tuple': case 'frozenset': return v.items.length > 0;
  }
}

/** 3.13+: names assigned as `self.<name> = ...` in the class's methods, sorted (__static_attributes__). */
function staticAttributes(cls: StmtOf<'ClassDef'>): string[] {
  const names = new Set<string>();
  const visitStmt = (s: Stmt, self: string): void => {
    const visitTarget = (t: Expr): void => {
      if (t.type === 'Attribute' && t.value.type === 'Name' && t.value.id === self) names.add(t.attr);
      if (t.type === 'Tuple' || t.type === 'List') t.elts.forEach(visitTarget);
      if (t.type === 'Starred') visitTarget(t.value);
    };
    switch (s.type) {
      case 'Assign': s.targets.forEach(visitTarget); break;
      case 'AugAssign': visitTarget(s.target); break;
      case 'For': visitTarget(s.target); [...s.body, ...s.orelse].forEach((x) => visitStmt(x, self)); break;
      case 'While': case 'If': [...s.body, ...s.orelse].forEach((x) => visitStmt(x, self)); break;
      case 'Try':
        [...s.body, ...s.orelse, ...s.finalbody, ...s.handlers.flatMap((h) => h.body)].forEach((x) => visitStmt(x, self));
        break;
      default: break;
    }
  };
  for (const s of cls.body) {
    if (s.type !== 'FunctionDef') continue;
    const first = s.args.posonlyargs[0] ?? s.args.args[0];
    if (!first) continue;
    for (const b of s.body) visitStmt(b, first.arg);
  }
  return [...names].sort();
}

/** Maximum stack depth by flow analysis (CPython's calculate_stackdepth). */
export function computeStackSize(code: CodeObject): number {
  const n = code.instructions.length;
  const depthAt = new Array<number>(n + 1).fill(-1);
  const work: number[] = [];
  const push = (i: number, d: number) => {
    if (i > n || i < 0) return;
    if (depthAt[i]! < d) {
      depthAt[i] = d;
      work.push(i);
    }
  };
  push(0, 0);
  for (const h of code.exceptionTable) push(h.target, h.depth + 1);
  let max = 0;
  while (work.length > 0) {
    const i = work.pop()!;
    if (i >= n) continue;
    const ins = code.instructions[i]!;
    const doc = OPCODE_DOCS[ins.op];
    const d = depthAt[i]!;
    const next = d + doc.effect(ins.arg);
    max = Math.max(max, d, next);
    if (JUMP_OPCODES.has(ins.op)) {
      const taken = d + (doc.jumpEffect ?? doc.effect)(ins.arg);
      max = Math.max(max, taken);
      push(ins.arg, taken);
      if (ins.op === 'JUMP') continue;
    }
    if (ins.op === 'RETURN_VALUE' || ins.op === 'RAISE_VARARGS' || ins.op === 'RERAISE') continue;
    push(i + 1, next);
  }
  return Math.max(max, 1);
}
