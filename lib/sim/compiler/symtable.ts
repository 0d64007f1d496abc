// Symbol table: which scope each name belongs to. Mirrors Python/symtable.c: a first pass records
// how each block uses each name (assigned, parameter, global, nonlocal, used), a second pass
// resolves every name to local / cell / free / global (explicit or implicit), propagating free
// variables outwards and turning captured locals into cells. Class blocks are skipped by nested
// functions; methods that use `super` or `__class__` get an implicit `__class__` free variable.
// PEP 709 (3.12+): list/set/dict comprehensions may be inlined into their enclosing block.

import type { SourceLocation } from '../errors';
import { SYNTAX, syntaxError, unsupported } from '../messages';
import type { Arguments, Comprehension, Expr, Module, Stmt } from '../parser/ast';

export type ScopeKind = 'module' | 'function' | 'lambda' | 'class' | 'comprehension' | 'genexpr';
export type NameScope = 'local' | 'cell' | 'free' | 'global_explicit' | 'global_implicit';

export interface SymbolInfo {
  name: string;
  assigned: boolean;
  param: boolean;
  declaredGlobal: boolean;
  declaredNonlocal: boolean;
  used: boolean;
  /** Bound by an import statement (CPython's DEF_IMPORT). */
  imported?: boolean;
  /** Class block: a free variable that is also bound in the class namespace (LOAD_FROM_DICT_OR_DEREF). */
  freeClass: boolean;
  scope: NameScope;
  /** Where a nonlocal declaration was made (for "no binding for nonlocal" errors). */
  declLoc?: SourceLocation;
}

export interface Scope {
  kind: ScopeKind;
  name: string;
  parent: Scope | null;
  children: Scope[];
  symbols: Map<string, SymbolInfo>;
  /** Parameter names in definition order (positional, kw-only, *args, **kwargs), or ['.0'] for comprehensions. */
  params: string[];
  /** PEP 709: this comprehension is compiled into its parent's code object. */
  inlined: boolean;
  /** Class block: a method uses __class__/super, so the body creates a __class__ cell. */
  needsClassCell: boolean;
  /** Free names this block passes through for the scopes nested in it (not its own uses). */
  passThroughFree: Set<string>;
  /** Name of the innermost enclosing class (for private name mangling), or null. */
  privateName: string | null;
  loc: SourceLocation;
}

export interface SymbolTable {
  module: Scope;
  /** The scope created by each FunctionDef / ClassDef / Lambda / comprehension node. */
  scopeOf: Map<object, Scope>;
}

export interface SymtableOptions {
  inlineComprehensions: boolean;
}

/**
 * Private name mangling (Python/compile.c _Py_Mangle): inside class C, `__x` (not ending in `__`)
 * becomes `_C__x`, with the class name's leading underscores stripped.
 */
export function mangle(privateName: string | null, name: string): string {
  if (!privateName || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  return stripped ? `_${stripped}${name}` : name;
}

/** Scope that actually owns the frame a scope's code runs in (skips inlined comprehensions). */
export function hostScope(s: Scope): Scope {
  let h = s;
  while (h.inlined && h.parent) h = h.parent;
  return h;
}

export function isFunctionLike(kind: ScopeKind): boolean {
  return kind === 'function' || kind === 'lambda' || kind === 'comprehension' || kind === 'genexpr';
}

export function buildSymtable(mod: Module, opts: SymtableOptions = { inlineComprehensions: false }): SymbolTable {
  const b = new Builder(opts);
  const module = b.newScope('module', '<module>', null, { line: 1, col: 0, endLine: 1, endCol: 0 });
  b.visitBody(module, mod.body);
  b.decideInlining(module);
  analyze(module, null, new Set());
  return { module, scopeOf: b.scopeOf };
}

class Builder {
  readonly scopeOf = new Map<object, Scope>();
  constructor(private readonly opts: SymtableOptions) {}

  newScope(kind: ScopeKind, name: string, parent: Scope | null, loc: SourceLocation): Scope {
    const privateName = kind === 'class' ? name : (parent?.privateName ?? null);
    const s: Scope = {
      kind, name, parent, children: [], symbols: new Map(), params: [], inlined: false, needsClassCell: false,
      passThroughFree: new Set(), privateName, loc,
    };
    parent?.children.push(s);
    return s;
  }

  private sym(scope: Scope, rawName: string): SymbolInfo {
    const name = mangle(scope.privateName, rawName);
    let s = scope.symbols.get(name);
    if (!s) {
      s = { name, assigned: false, param: false, declaredGlobal: false, declaredNonlocal: false, used: false, freeClass: false, scope: 'global_implicit' };
      scope.symbols.set(name, s);
    }
    return s;
  }

  private bind(scope: Scope, name: string): void {
    this.sym(scope, name).assigned = true;
  }

  private use(scope: Scope, name: string): void {
    this.sym(scope, name).used = true;
    if (name === 'super' && isFunctionLike(scope.kind)) this.sym(scope, '__class__').used = true;
  }

  visitBody(scope: Scope, body: Stmt[]): void {
    for (const s of body) this.stmt(scope, s);
  }

  private stmt(scope: Scope, s: Stmt): void {
    switch (s.type) {
      case 'FunctionDef': {
        s.decoratorList.forEach((d) => this.expr(scope, d));
        this.defaults(scope, s.args);
        this.bind(scope, s.name);
        const fn = this.newScope('function', s.name, scope, s.loc);
        this.scopeOf.set(s, fn);
        this.params(fn, s.args);
        this.visitBody(fn, s.body);
        return;
      }
      case 'ClassDef': {
        s.bases.forEach((b) => this.expr(scope, b));
        s.keywords.forEach((k) => this.expr(scope, k.value));
        this.bind(scope, s.name);
        const cls = this.newScope('class', s.name, scope, s.loc);
        this.scopeOf.set(s, cls);
        this.visitBody(cls, s.body);
        return;
      }
      case 'Return':
        if (scope.kind === 'module' || scope.kind === 'class') throw syntaxError(SYNTAX.returnOutside, s.loc);
        if (s.value) this.expr(scope, s.value);
        return;
      case 'Delete':
        s.targets.forEach((t) => this.expr(scope, t));
        return;
      case 'Assign':
        this.expr(scope, s.value);
        s.targets.forEach((t) => this.expr(scope, t));
        return;
      case 'AugAssign':
        this.expr(scope, s.value);
        if (s.target.type === 'Name') {
          this.use(scope, s.target.id);
          this.bind(scope, s.target.id);
        } else this.expr(scope, s.target);
        return;
      case 'For':
        this.expr(scope, s.iter);
        this.expr(scope, s.target);
        this.visitBody(scope, s.body);
        this.visitBody(scope, s.orelse);
        return;
      case 'While':
      case 'If':
        this.expr(scope, s.test);
        this.visitBody(scope, s.body);
        this.visitBody(scope, s.orelse);
        return;
      case 'With':
        for (const item of s.items) {
          this.expr(scope, item.contextExpr);
          if (item.optionalVars) this.expr(scope, item.optionalVars);
        }
        this.visitBody(scope, s.body);
        return;
      case 'Raise':
        if (s.exc) this.expr(scope, s.exc);
        if (s.cause) this.expr(scope, s.cause);
        return;
      case 'Try':
        this.visitBody(scope, s.body);
        for (const h of s.handlers) {
          if (h.excType) this.expr(scope, h.excType);
          if (h.name) this.bind(scope, h.name);
          this.visitBody(scope, h.body);
        }
        this.visitBody(scope, s.orelse);
        this.visitBody(scope, s.finalbody);
        return;
      case 'Assert':
        this.expr(scope, s.test);
        if (s.msg) this.expr(scope, s.msg);
        return;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          const name = a.asname ?? (s.type === 'Import' ? a.name.split('.')[0]! : a.name);
          this.bind(scope, name);
          this.sym(scope, name).imported = true;
        }
        return;
      case 'Global':
      case 'Nonlocal': {
        if (scope.kind === 'class') throw unsupported('U007-global-in-class', s.loc);
        const isGlobal = s.type === 'Global';
        if (!isGlobal && scope.kind === 'module') throw syntaxError(SYNTAX.nonlocalModule, s.loc);
        for (const name of s.names) {
          const existing = scope.symbols.get(mangle(scope.privateName, name));
          if (existing) {
            if (existing.param) throw syntaxError(isGlobal ? SYNTAX.paramGlobal(name) : SYNTAX.paramNonlocal(name), s.loc);
            if (isGlobal && existing.declaredNonlocal) throw syntaxError(SYNTAX.nonlocalAndGlobal(name), s.loc);
            if (!isGlobal && existing.declaredGlobal) throw syntaxError(SYNTAX.nonlocalAndGlobal(name), s.loc);
            if (existing.used && !existing.declaredGlobal && !existing.declaredNonlocal) {
              throw syntaxError(isGlobal ? SYNTAX.globalAfterUse(name) : SYNTAX.nonlocalAfterUse(name), s.loc);
            }
            if (existing.assigned && !existing.declaredGlobal && !existing.declaredNonlocal) {
              throw syntaxError(isGlobal ? SYNTAX.globalAfterAssign(name) : SYNTAX.nonlocalAfterAssign(name), s.loc);
            }
          }
          const sym = this.sym(scope, name);
          if (isGlobal) sym.declaredGlobal = true;
          else sym.declaredNonlocal = true;
          sym.declLoc = s.loc;
        }
        return;
      }
      case 'Expr':
        this.expr(scope, s.value);
        return;
      case 'Pass':
      case 'Break':
      case 'Continue':
        return;
    }
  }

  private defaults(scope: Scope, a: Arguments): void {
    a.defaults.forEach((d) => this.expr(scope, d));
    a.kwDefaults.forEach((d) => d && this.expr(scope, d));
  }

  private params(fn: Scope, a: Arguments): void {
    const all = [...a.posonlyargs, ...a.args, ...a.kwonlyargs];
    if (a.vararg) all.push(a.vararg);
    if (a.kwarg) all.push(a.kwarg);
    for (const p of all) {
      const s = this.sym(fn, p.arg);
      s.param = true;
      fn.params.push(s.name);
    }
  }

  private comprehension(scope: Scope, e: Expr, kind: 'comprehension' | 'genexpr', name: string, gens: Comprehension[], elts: Expr[]): void {
    // The first iterable is evaluated in the enclosing scope.
    this.expr(scope, gens[0]!.iter);
    const comp = this.newScope(kind, name, scope, e.loc);
    this.scopeOf.set(e, comp);
    comp.params.push('.0');
    this.sym(comp, '.0').param = true;
    gens.forEach((g, i) => {
      if (i > 0) this.expr(comp, g.iter);
      this.expr(comp, g.target);
      g.ifs.forEach((x) => this.expr(comp, x));
    });
    elts.forEach((x) => this.expr(comp, x));
  }

  private expr(scope: Scope, e: Expr): void {
    switch (e.type) {
      case 'Name':
        if (e.ctx === 'Load') this.use(scope, e.id);
        else this.bind(scope, e.id);
        return;
      case 'NamedExpr': {
        if (scope.kind === 'comprehension' || scope.kind === 'genexpr') throw unsupported('U022-class-in-comprehension', e.loc);
        this.expr(scope, e.value);
        this.expr(scope, e.target);
        return;
      }
      case 'Lambda': {
        this.defaults(scope, e.args);
        const lam = this.newScope('lambda', '<lambda>', scope, e.loc);
        this.scopeOf.set(e, lam);
        this.params(lam, e.args);
        this.expr(lam, e.body);
        return;
      }
      case 'ListComp':
        return this.comprehension(scope, e, 'comprehension', '<listcomp>', e.generators, [e.elt]);
      case 'SetComp':
        return this.comprehension(scope, e, 'comprehension', '<setcomp>', e.generators, [e.elt]);
      case 'DictComp':
        return this.comprehension(scope, e, 'comprehension', '<dictcomp>', e.generators, [e.key, e.value]);
      case 'GeneratorExp':
        return this.comprehension(scope, e, 'genexpr', '<genexpr>', e.generators, [e.elt]);
      default:
        for (const child of childExprs(e)) this.expr(scope, child);
    }
  }

  /** PEP 709: every list/set/dict comprehension is inlined when the feature is on (genexprs never are). */
  decideInlining(scope: Scope): void {
    for (const c of scope.children) this.decideInlining(c);
    if (scope.kind === 'comprehension' && this.opts.inlineComprehensions) scope.inlined = true;
  }
}

/** Direct sub-expressions of an expression (not of nested scopes' bodies). */
export function childExprs(e: Expr): Expr[] {
  switch (e.type) {
    case 'BoolOp': return e.values;
    case 'NamedExpr': return [e.target, e.value];
    case 'BinOp': return [e.left, e.right];
    case 'UnaryOp': return [e.operand];
    case 'IfExp': return [e.test, e.body, e.orelse];
    case 'Dict': return [...e.keys.filter((k): k is Expr => k !== null), ...e.values];
    case 'Set': return e.elts;
    case 'Compare': return [e.left, ...e.comparators];
    case 'Call': return [e.func, ...e.args, ...e.keywords.map((k) => k.value)];
    case 'FormattedValue': return e.formatSpec ? [e.value, e.formatSpec] : [e.value];
    case 'JoinedStr': return e.values;
    case 'Attribute': return [e.value];
    case 'Subscript': return [e.value, e.slice];
    case 'Starred': return [e.value];
    case 'List': case 'Tuple': return e.elts;
    case 'Slice': return [e.lower, e.upper, e.step].filter((x): x is Expr => x !== null);
    default: return [];
  }
}

/**
 * Resolves the names of `scope`. `bound`: names bound in enclosing function blocks (null at module
 * level); `globals`: names declared global in enclosing blocks. Returns the block's free names.
 */
function analyze(scope: Scope, bound: Set<string> | null, globals: Set<string>): Set<string> {
  const local = new Set<string>();
  const newGlobals = new Set(globals);
  for (const sym of scope.symbols.values()) {
    if (sym.declaredGlobal) {
      sym.scope = 'global_explicit';
      newGlobals.add(sym.name);
    } else if (sym.declaredNonlocal) {
      if (!bound || !bound.has(sym.name)) {
        throw syntaxError(SYNTAX.nonlocalNoBinding(sym.name), sym.declLoc ?? scope.loc);
      }
      sym.scope = 'free';
    } else if (sym.assigned || sym.param) {
      sym.scope = 'local';
      local.add(sym.name);
      newGlobals.delete(sym.name);
    } else if (bound && bound.has(sym.name)) {
      sym.scope = 'free';
    } else {
      sym.scope = 'global_implicit';
    }
  }

  // What children see.
  let childBound: Set<string>;
  if (scope.kind === 'module') childBound = new Set();
  else if (scope.kind === 'class') {
    childBound = new Set(bound ?? []);
    childBound.add('__class__');
  } else {
    childBound = new Set(bound ?? []);
    for (const n of local) childBound.add(n);
    for (const s of scope.symbols.values()) if (s.scope === 'free') childBound.add(s.name);
    for (const n of local) newGlobals.delete(n);
  }
  for (const s of scope.symbols.values()) if (s.scope === 'global_explicit') childBound.delete(s.name);

  const childFree = new Set<string>();
  const inlinedFree = new Set<string>();
  for (const child of scope.children) {
    const free = analyze(child, childBound, new Set(newGlobals));
    for (const n of free) {
      // A name free in an inlined comprehension only because of the comprehension's own use is an
      // ordinary use of this block (PEP 709); one a nested function needs is captured as usual.
      (child.inlined && !child.passThroughFree.has(n) ? inlinedFree : childFree).add(n);
    }
  }

  for (const n of inlinedFree) {
    const sym = scope.symbols.get(n);
    if (sym && (sym.scope === 'local' || sym.scope === 'cell' || sym.scope === 'free') && scope.kind !== 'class') continue;
    childFree.add(n);
  }

  for (const n of childFree) {
    if (scope.kind === 'class' && n === '__class__') {
      scope.needsClassCell = true;
      continue;
    }
    const sym = scope.symbols.get(n);
    if (!sym) {
      scope.symbols.set(n, {
        name: n, assigned: false, param: false, declaredGlobal: false, declaredNonlocal: false, used: false, freeClass: false, scope: 'free',
      });
      continue;
    }
    switch (sym.scope) {
      case 'local':
        // A function's captured local becomes a cell; a class-level name stays in the class
        // namespace while the outer binding passes through the class as a free variable.
        if (scope.kind === 'class') sym.freeClass = true;
        else sym.scope = 'cell';
        break;
      case 'cell':
      case 'free':
      case 'global_explicit':
        break;
      case 'global_implicit':
        sym.scope = 'free';
        break;
    }
  }

  const free = new Set<string>();
  for (const s of scope.symbols.values()) if (s.scope === 'free' || s.freeClass) free.add(s.name);
  for (const n of free) if (childFree.has(n)) scope.passThroughFree.add(n);
  return free;
}
