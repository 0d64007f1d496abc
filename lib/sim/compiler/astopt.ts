// Constant folding on the AST. Mirrors Python/ast_opt.c (3.10-3.13): unary and binary operators on
// constants with CPython's size guards, tuples of constants, `in <list/set display>` and
// `for x in <list/set display>` turned into tuple/frozenset constants, and constant subscripts.
// In 3.14 the same folds happen in the CFG optimiser instead, so the folded objects are never held
// by the AST arena: `foldedInAst` (from CompilerFeatures) says which, and is recorded on each node.

import type { BinOpName, Comprehension, ConstantValue, Expr, ExprOf, Module, Stmt } from '../parser/ast';

// Limits from Python/ast_opt.c.
const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

export interface FoldOptions {
  /** Folded constants are created by the AST optimiser (<= 3.13) rather than the CFG (3.14). */
  foldedInAst: boolean;
}

export function optimizeModule(mod: Module, opts: FoldOptions): Module {
  const f = new Folder(opts);
  return { type: 'Module', body: f.stmts(mod.body) };
}

function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}

function seqLength(v: ConstantValue): number | null {
  if (v.kind === 'str') return [...v.value].length;
  if (v.kind === 'bytes') return v.value.length;
  if (v.kind === 'tuple') return v.items.length;
  return null;
}

function asNumber(v: ConstantValue): { int: bigint } | { float: number } | null {
  if (v.kind === 'int') return { int: v.value };
  if (v.kind === 'bool') return { int: v.value ? 1n : 0n };
  if (v.kind === 'float') return { float: v.value };
  return null;
}

function toFloat(n: { int: bigint } | { float: number }): number {
  return 'int' in n ? Number(n.int) : n.float;
}

function floorDivInt(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function pyFloatMod(a: number, b: number): number {
  const m = a % b;
  if (m !== 0 && (m < 0) !== (b < 0)) return m + b;
  if (m === 0) return b < 0 ? -0 : 0;
  return m;
}

/** Computes a binary operation on two constants as CPython would, or null if it must not be folded. */
export function foldBinary(op: BinOpName, l: ConstantValue, r: ConstantValue): ConstantValue | null {
  const a = asNumber(l);
  const b = asNumber(r);
  if (a && b) {
    if ('int' in a && 'int' in b) return foldIntBinary(op, a.int, b.int);
    const x = toFloat(a);
    const y = toFloat(b);
    if (!Number.isFinite(x) && 'int' in a) return null;
    if (!Number.isFinite(y) && 'int' in b) return null;
    let res: number;
    switch (op) {
      case 'Add': res = x + y; break;
      case 'Sub': res = x - y; break;
      case 'Mult': res = x * y; break;
      case 'Div': if (y === 0) return null; res = x / y; break;
      case 'FloorDiv': if (y === 0) return null; res = Math.floor(x / y); break;
      case 'Mod': if (y === 0) return null; res = pyFloatMod(x, y); break;
      case 'Pow':
        if (x === 0 && y < 0) return null;
        if (x < 0 && !Number.isInteger(y)) return null; // complex result
        res = Math.pow(x, y);
        if (!Number.isFinite(res) && Number.isFinite(x) && Number.isFinite(y)) return null; // OverflowError
        break;
      default: return null;
    }
    if (!Number.isFinite(res) && Number.isFinite(x) && Number.isFinite(y) && op !== 'Div') return null;
    return { kind: 'float', value: res };
  }
  // Sequences.
  if (op === 'Add') {
    if (l.kind === 'str' && r.kind === 'str') return { kind: 'str', value: l.value + r.value };
    if (l.kind === 'bytes' && r.kind === 'bytes') {
      const out = new Uint8Array(l.value.length + r.value.length);
      out.set(l.value);
      out.set(r.value, l.value.length);
      return { kind: 'bytes', value: out };
    }
    if (l.kind === 'tuple' && r.kind === 'tuple') return { kind: 'tuple', items: [...l.items, ...r.items] };
    return null;
  }
  if (op === 'Mult') {
    const [seq, n] = a && !('float' in a) ? [r, a.int] : b && !('float' in b) ? [l, b.int] : [null, 0n];
    if (!seq) return null;
    const len = seqLength(seq);
    if (len === null) return null;
    const count = n < 0n ? 0 : Number(n);
    if (len > 0 && count > 0) {
      const limit = seq.kind === 'tuple' ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
      if (count > limit / len) return null;
    }
    if (seq.kind === 'str') return { kind: 'str', value: seq.value.repeat(count) };
    if (seq.kind === 'bytes') {
      const out = new Uint8Array(seq.value.length * count);
      for (let k = 0; k < count; k++) out.set(seq.value, k * seq.value.length);
      return { kind: 'bytes', value: out };
    }
    if (seq.kind === 'tuple') {
      const items: ConstantValue[] = [];
      for (let k = 0; k < count; k++) items.push(...seq.items);
      return { kind: 'tuple', items };
    }
  }
  return null;
}

function foldIntBinary(op: BinOpName, x: bigint, y: bigint): ConstantValue | null {
  const int = (value: bigint): ConstantValue => ({ kind: 'int', value });
  switch (op) {
    case 'Add': return int(x + y);
    case 'Sub': return int(x - y);
    case 'Mult':
      if (x !== 0n && y !== 0n && bitLength(x) + bitLength(y) > MAX_INT_SIZE) return null;
      return int(x * y);
    case 'FloorDiv': return y === 0n ? null : int(floorDivInt(x, y));
    case 'Mod': {
      if (y === 0n) return null;
      return int(x - floorDivInt(x, y) * y);
    }
    case 'Div': {
      if (y === 0n) return null;
      // Only fold where the float result is exact enough to match CPython's correctly rounded division.
      if (bitLength(x) > 53 || bitLength(y) > 53) return null;
      return { kind: 'float', value: Number(x) / Number(y) };
    }
    case 'Pow': {
      if (y < 0n) {
        if (x === 0n) return null;
        if (bitLength(x) > 53 || -y > 1074n) return null;
        return { kind: 'float', value: Math.pow(Number(x), Number(y)) };
      }
      if (x !== 0n && y > 0n && BigInt(bitLength(x)) * y > BigInt(MAX_INT_SIZE)) return null;
      return int(x ** y);
    }
    case 'LShift': {
      if (y < 0n) return null;
      if (x !== 0n && (y > BigInt(MAX_INT_SIZE) || BigInt(bitLength(x)) + y > BigInt(MAX_INT_SIZE))) return null;
      return int(x << y);
    }
    case 'RShift': return y < 0n ? null : int(x >> y);
    case 'BitAnd': return int(x & y);
    case 'BitOr': return int(x | y);
    case 'BitXor': return int(x ^ y);
    default: return null;
  }
}

export function foldUnary(op: 'UAdd' | 'USub' | 'Invert' | 'Not', v: ConstantValue): ConstantValue | null {
  if (op === 'Not') return { kind: 'bool', value: !truthy(v) };
  const n = asNumber(v);
  if (!n) return null;
  if ('int' in n) {
    if (op === 'UAdd') return { kind: 'int', value: n.int };
    if (op === 'USub') return { kind: 'int', value: -n.int };
    return { kind: 'int', value: -n.int - 1n };
  }
  if (op === 'Invert') return null;
  return { kind: 'float', value: op === 'USub' ? -n.float : n.float };
}

export function truthy(v: ConstantValue): boolean {
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

function totalItems(v: ConstantValue): number {
  if (v.kind === 'tuple' || v.kind === 'frozenset') return v.items.reduce((s, x) => s + totalItems(x), v.items.length);
  return 0;
}

class Folder {
  constructor(private readonly opts: FoldOptions) {}

  private folded(value: ConstantValue, from: Expr): ExprOf<'Constant'> {
    return { type: 'Constant', value, inAst: this.opts.foldedInAst, loc: from.loc };
  }

  stmts(list: Stmt[]): Stmt[] {
    return list.map((s) => this.stmt(s));
  }

  stmt(s: Stmt): Stmt {
    switch (s.type) {
      case 'FunctionDef':
        return { ...s, args: this.args(s.args), body: this.stmts(s.body), decoratorList: s.decoratorList.map((d) => this.expr(d)) };
      case 'ClassDef':
        return { ...s, bases: s.bases.map((b) => this.expr(b)), body: this.stmts(s.body) };
      case 'Return':
        return { ...s, value: s.value && this.expr(s.value) };
      case 'Delete':
        return { ...s, targets: s.targets.map((t) => this.expr(t)) };
      case 'Assign':
        return { ...s, targets: s.targets.map((t) => this.expr(t)), value: this.expr(s.value) };
      case 'AugAssign':
        return { ...s, target: this.expr(s.target), value: this.expr(s.value) };
      case 'For':
        return { ...s, target: this.expr(s.target), iter: this.iterable(this.expr(s.iter)), body: this.stmts(s.body), orelse: this.stmts(s.orelse) };
      case 'While':
        return { ...s, test: this.expr(s.test), body: this.stmts(s.body), orelse: this.stmts(s.orelse) };
      case 'If':
        return { ...s, test: this.expr(s.test), body: this.stmts(s.body), orelse: this.stmts(s.orelse) };
      case 'With':
        return { ...s, items: s.items.map((i) => ({ contextExpr: this.expr(i.contextExpr), optionalVars: i.optionalVars && this.expr(i.optionalVars) })), body: this.stmts(s.body) };
      case 'Raise':
        return { ...s, exc: s.exc && this.expr(s.exc), cause: s.cause && this.expr(s.cause) };
      case 'Try':
        return {
          ...s,
          body: this.stmts(s.body),
          handlers: s.handlers.map((h) => ({ ...h, excType: h.excType && this.expr(h.excType), body: this.stmts(h.body) })),
          orelse: this.stmts(s.orelse),
          finalbody: this.stmts(s.finalbody),
        };
      case 'Assert':
        return { ...s, test: this.expr(s.test), msg: s.msg && this.expr(s.msg) };
      case 'Expr':
        return { ...s, value: this.expr(s.value) };
      default:
        return s;
    }
  }

  private args(a: import('../parser/ast').Arguments): import('../parser/ast').Arguments {
    return { ...a, defaults: a.defaults.map((d) => this.expr(d)), kwDefaults: a.kwDefaults.map((d) => d && this.expr(d)) };
  }

  private comps(gens: Comprehension[]): Comprehension[] {
    return gens.map((g) => ({ ...g, target: this.expr(g.target), iter: this.iterable(this.expr(g.iter)), ifs: g.ifs.map((e) => this.expr(e)) }));
  }

  /** `for x in [consts]` / `in {consts}`: the display becomes a tuple / frozenset constant. */
  private iterable(e: Expr): Expr {
    if (e.type === 'List') {
      if (e.elts.some((x) => x.type === 'Starred')) return e;
      const t = this.constTuple(e.elts);
      if (t) return this.folded(t, e);
      // A list display that is only iterated or searched is built as a tuple (fold_iter).
      return { type: 'Tuple', elts: e.elts, ctx: 'Load', parenthesized: true, loc: e.loc };
    } else if (e.type === 'Set') {
      const t = this.constTuple(e.elts);
      if (t && t.kind === 'tuple') return this.folded({ kind: 'frozenset', items: t.items }, e);
    }
    return e;
  }

  private constTuple(elts: Expr[]): ConstantValue | null {
    if (!elts.every((x) => x.type === 'Constant')) return null;
    const items = elts.map((x) => (x as ExprOf<'Constant'>).value);
    const v: ConstantValue = { kind: 'tuple', items };
    return totalItems(v) > MAX_TOTAL_ITEMS ? null : v;
  }

  expr(e: Expr): Expr {
    switch (e.type) {
      case 'BoolOp':
        return { ...e, values: e.values.map((v) => this.expr(v)) };
      case 'NamedExpr':
        return { ...e, value: this.expr(e.value) };
      case 'BinOp': {
        const left = this.expr(e.left);
        const right = this.expr(e.right);
        if (left.type === 'Constant' && right.type === 'Constant') {
          const v = foldBinary(e.op, left.value, right.value);
          if (v && totalItems(v) <= MAX_TOTAL_ITEMS) return this.folded(v, e);
        }
        return { ...e, left, right };
      }
      case 'UnaryOp': {
        const operand = this.expr(e.operand);
        if (operand.type === 'Constant') {
          const v = foldUnary(e.op, operand.value);
          if (v) return this.folded(v, e);
        }
        // `not (a in b)` -> `a not in b`, `not (a is b)` -> `a is not b`.
        if (e.op === 'Not' && operand.type === 'Compare' && operand.ops.length === 1) {
          const inv: Record<string, 'NotIn' | 'In' | 'IsNot' | 'Is'> = { In: 'NotIn', NotIn: 'In', Is: 'IsNot', IsNot: 'Is' };
          const flipped = inv[operand.ops[0]!];
          if (flipped) return { ...operand, ops: [flipped], loc: e.loc };
        }
        return { ...e, operand };
      }
      case 'Lambda':
        return { ...e, args: this.args(e.args), body: this.expr(e.body) };
      case 'IfExp':
        return { ...e, test: this.expr(e.test), body: this.expr(e.body), orelse: this.expr(e.orelse) };
      case 'Dict':
        return { ...e, keys: e.keys.map((k) => k && this.expr(k)), values: e.values.map((v) => this.expr(v)) };
      case 'Set':
        return { ...e, elts: e.elts.map((x) => this.expr(x)) };
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        return { ...e, elt: this.expr(e.elt), generators: this.comps(e.generators) };
      case 'DictComp':
        return { ...e, key: this.expr(e.key), value: this.expr(e.value), generators: this.comps(e.generators) };
      case 'Compare': {
        const comparators = e.comparators.map((c) => this.expr(c));
        const lastOp = e.ops[e.ops.length - 1];
        if (lastOp === 'In' || lastOp === 'NotIn') {
          comparators[comparators.length - 1] = this.iterable(comparators[comparators.length - 1]!);
        }
        return { ...e, left: this.expr(e.left), comparators };
      }
      case 'Call':
        return { ...e, func: this.expr(e.func), args: e.args.map((a) => this.expr(a)), keywords: e.keywords.map((k) => ({ ...k, value: this.expr(k.value) })) };
      case 'FormattedValue':
        return { ...e, value: this.expr(e.value), formatSpec: e.formatSpec && this.expr(e.formatSpec) };
      case 'JoinedStr':
        return { ...e, values: e.values.map((v) => this.expr(v)) };
      case 'Attribute':
        return { ...e, value: this.expr(e.value) };
      case 'Subscript': {
        const value = this.expr(e.value);
        const slice = this.expr(e.slice);
        if (e.ctx === 'Load' && value.type === 'Constant' && slice.type === 'Constant') {
          const v = foldSubscript(value.value, slice.value);
          if (v) return this.folded(v, e);
        }
        return { ...e, value, slice };
      }
      case 'Starred':
        return { ...e, value: this.expr(e.value) };
      case 'List':
        return { ...e, elts: e.elts.map((x) => this.expr(x)) };
      case 'Tuple': {
        const elts = e.elts.map((x) => this.expr(x));
        if (e.ctx === 'Load') {
          const t = this.constTuple(elts);
          if (t) return this.folded(t, e);
        }
        return { ...e, elts };
      }
      case 'Slice':
        return { ...e, lower: e.lower && this.expr(e.lower), upper: e.upper && this.expr(e.upper), step: e.step && this.expr(e.step) };
      default:
        return e;
    }
  }
}

function foldSubscript(v: ConstantValue, k: ConstantValue): ConstantValue | null {
  if (k.kind !== 'int') return null;
  const len = seqLength(v);
  if (len === null) return null;
  let i = Number(k.value);
  if (i < 0) i += len;
  if (i < 0 || i >= len) return null;
  if (v.kind === 'str') return { kind: 'str', value: [...v.value][i]! };
  if (v.kind === 'bytes') return { kind: 'int', value: BigInt(v.value[i]!) };
  if (v.kind === 'tuple') return v.items[i]!;
  return null;
}
