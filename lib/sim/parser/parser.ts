// Recursive-descent parser: tokens -> AST (parser/ast.ts) with source spans. Follows the shape of
// CPython's PEG grammar (Grammar/python.gram) for the supported subset, and refuses what lies
// outside it (messages.ts) as soon as it is recognised.

import { GuestError, type SourceLocation } from '../errors';
import { SYNTAX, syntaxError, unsupported, type UnsupportedCode } from '../messages';
import { tokenizeLazily } from '../tokenizer/tokenizer';
import { KEYWORDS, type FStringPart, type Token } from '../tokenizer/tokens';
import type {
  Alias, Arg, Arguments, BinOpName, CmpOpName, Comprehension, ConstantValue, ExceptHandler, Expr,
  ExprContext, Keyword, Module, Stmt, ExprOf,
} from './ast';

/** Modules the subset may import. */
export const IMPORTABLE_MODULES: ReadonlySet<string> = new Set(['sys', 'gc', 'weakref', 'copy']);
/** Decorators the subset accepts (plus `@<name>.setter/.getter/.deleter` for properties). */
const ALLOWED_DECORATORS = new Set(['staticmethod', 'classmethod', 'property']);
const MAX_NESTING = 200;

export function parseModule(source: string): Module {
  const tokens = tokenizeLazily(source);
  return new Parser(tokens).parseFile();
}

/** Parses a single expression (used for f-string fields and tests). */
export function parseExpression(source: string, line = 1, col = 0): Expr {
  const tokens = tokenizeLazily(source, { startLine: line, startCol: col, insideBrackets: true });
  const p = new Parser(tokens);
  const e = p.parseFStringExpression();
  return e;
}

const AUG_OPS: Record<string, BinOpName> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '/=': 'Div', '//=': 'FloorDiv', '%=': 'Mod', '**=': 'Pow',
  '<<=': 'LShift', '>>=': 'RShift', '|=': 'BitOr', '^=': 'BitXor', '&=': 'BitAnd', '@=': 'MatMult',
};

function span(a: SourceLocation, b: SourceLocation): SourceLocation {
  return { line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol };
}

class Parser {
  private i = 0;
  private depth = 0;

  constructor(private readonly toks: Token[]) {}

  // ---- token helpers ----
  private get tok(): Token {
    const t = this.toks[this.i]!;
    if (t.kind === 'ERROR') throw t.error!;
    return t;
  }
  private peek(n = 1): Token {
    return this.toks[Math.min(this.i + n, this.toks.length - 1)]!;
  }
  private isOp(text: string, t: Token = this.tok): boolean {
    return t.kind === 'OP' && t.text === text;
  }
  private isKw(text: string, t: Token = this.tok): boolean {
    return t.kind === 'NAME' && t.text === text;
  }
  private next(): Token {
    const t = this.tok;
    if (this.i < this.toks.length - 1) this.i++;
    return t;
  }
  private eatOp(text: string): boolean {
    if (this.isOp(text)) {
      this.next();
      return true;
    }
    return false;
  }
  private eatKw(text: string): boolean {
    if (this.isKw(text)) {
      this.next();
      return true;
    }
    return false;
  }
  /** End of the last real token consumed (skipping NEWLINE/INDENT/DEDENT). */
  private prevLoc(): SourceLocation {
    for (let k = this.i - 1; k >= 0; k--) {
      const t = this.toks[k]!;
      if (t.kind !== 'NEWLINE' && t.kind !== 'INDENT' && t.kind !== 'DEDENT') return t.loc;
    }
    return this.toks[0]!.loc;
  }
  private fail(t: Token = this.tok, msg: string = SYNTAX.invalid): never {
    if (t.kind === 'ENDMARKER' || (t.kind === 'DEDENT' && this.peek().kind === 'ENDMARKER')) {
      // At end of input CPython points at the end of the last line.
      for (let k = this.i - 1; k >= 0; k--) {
        const prev = this.toks[k]!;
        if (prev.kind === 'NEWLINE') {
          t = prev;
          break;
        }
      }
    }
    if (t.kind === 'INDENT') throw syntaxError(SYNTAX.unexpectedIndent, t.loc, 'IndentationError');
    if (t.kind === 'NAME' && (t.text === 'yield')) throw unsupported('U001-generators', t.loc);
    if (t.kind === 'NAME' && (t.text === 'await' || t.text === 'async')) throw unsupported('U002-async', t.loc);
    if (msg === SYNTAX.invalid) {
      // CPython then tokenizes the rest of the file: a tokenizer error found there wins, and an
      // unclosed bracket wins if it was opened on an earlier line (pegen_errors.c).
      const last = this.toks[this.toks.length - 1]!;
      if (last.kind === 'ERROR' && last.error) {
        const e = last.error;
        const unclosed = e instanceof GuestError && /was never closed$/.test(e.pyMessage);
        if (!unclosed || t.loc.line > last.loc.line) throw e;
      }
    }
    throw syntaxError(msg, t.loc);
  }
  private expectOp(text: string, msg?: string): Token {
    if (!this.isOp(text)) this.fail(this.tok, msg ?? (text === ':' ? SYNTAX.expectedColon : SYNTAX.invalid));
    return this.next();
  }
  private expectKw(text: string): Token {
    if (!this.isKw(text)) this.fail();
    return this.next();
  }
  private expectName(): Token {
    const t = this.tok;
    if (t.kind !== 'NAME' || KEYWORDS.has(t.text)) this.fail();
    return this.next();
  }
  private refuse(code: UnsupportedCode, loc: SourceLocation = this.tok.loc): never {
    throw unsupported(code, loc);
  }
  private enter(): void {
    if (++this.depth > MAX_NESTING) {
      throw syntaxError('too many nested parentheses', this.tok.loc);
    }
  }
  private leave(): void {
    this.depth--;
  }

  // ---- statements ----
  parseFile(): Module {
    const body: Stmt[] = [];
    while (this.tok.kind !== 'ENDMARKER') {
      if (this.tok.kind === 'NEWLINE') {
        this.next();
        continue;
      }
      body.push(...this.statement());
    }
    return { type: 'Module', body };
  }

  private statement(): Stmt[] {
    const t = this.tok;
    if (t.kind === 'INDENT') this.fail(t);
    if (t.kind === 'DEDENT') this.fail(t);
    if (t.kind === 'OP' && t.text === '@') return [this.decorated()];
    if (t.kind === 'NAME') {
      switch (t.text) {
        case 'def': return [this.funcDef([], t.loc)];
        case 'class': return [this.classDef([], t.loc)];
        case 'if': return [this.ifStmt()];
        case 'while': return [this.whileStmt()];
        case 'for': return [this.forStmt()];
        case 'try': return [this.tryStmt()];
        case 'with': return this.refuse('U008-with');
        case 'async': return this.refuse('U002-async');
        case 'match':
          if (this.looksLikeSoftKeywordStatement()) return this.refuse('U006-match');
          break;
        case 'type':
          if (this.peek().kind === 'NAME' && (this.isOp('=', this.peek(2)) || this.isOp('[', this.peek(2)))) {
            return this.refuse('U013-type-params');
          }
          break;
      }
    }
    return this.simpleStatements();
  }

  /** `match x:` at statement start (a soft keyword): a line that starts with it and ends with ':'. */
  private looksLikeSoftKeywordStatement(): boolean {
    const n = this.peek();
    if (n.kind === 'OP' && ['=', '.', ',', ')', ']', '}', ':', ';'].includes(n.text)) return false;
    if (n.kind === 'OP' && AUG_OPS[n.text]) return false;
    if (n.kind === 'NEWLINE' || n.kind === 'ENDMARKER') return false;
    let j = this.i + 1;
    while (j < this.toks.length && this.toks[j]!.kind !== 'NEWLINE' && this.toks[j]!.kind !== 'ENDMARKER') j++;
    return this.isOp(':', this.toks[j - 1]!);
  }

  private simpleStatements(): Stmt[] {
    const out: Stmt[] = [this.simpleStatement()];
    while (this.eatOp(';')) {
      if (this.tok.kind === 'NEWLINE') break;
      out.push(this.simpleStatement());
    }
    if (this.tok.kind !== 'NEWLINE') this.fail();
    this.next();
    return out;
  }

  private simpleStatement(): Stmt {
    const t = this.tok;
    if (t.kind === 'NAME') {
      switch (t.text) {
        case 'pass': this.next(); return { type: 'Pass', loc: t.loc };
        case 'break': this.next(); return { type: 'Break', loc: t.loc };
        case 'continue': this.next(); return { type: 'Continue', loc: t.loc };
        case 'return': {
          this.next();
          const value = this.atStatementEnd() ? null : this.starExpressions();
          return { type: 'Return', value, loc: span(t.loc, value ? value.loc : t.loc) };
        }
        case 'raise': {
          this.next();
          let exc: Expr | null = null;
          let cause: Expr | null = null;
          if (!this.atStatementEnd()) {
            exc = this.expression();
            if (this.eatKw('from')) cause = this.expression();
          }
          return { type: 'Raise', exc, cause, loc: span(t.loc, this.prevLoc()) };
        }
        case 'global':
        case 'nonlocal': {
          this.next();
          const names = [this.expectName().text];
          while (this.eatOp(',')) names.push(this.expectName().text);
          return { type: t.text === 'global' ? 'Global' : 'Nonlocal', names, loc: span(t.loc, this.prevLoc()) };
        }
        case 'del': {
          this.next();
          const targets: Expr[] = [];
          do {
            if (this.atStatementEnd()) break;
            if (this.isOp('*')) throw syntaxError(SYNTAX.cannotDelete('starred'), this.tok.loc);
            targets.push(this.toTarget(this.bitwiseOr(), 'Del'));
          } while (this.eatOp(','));
          if (targets.length === 0) this.fail();
          return { type: 'Delete', targets, loc: span(t.loc, this.prevLoc()) };
        }
        case 'import': return this.importStmt();
        case 'from': return this.fromImport();
        case 'assert': return this.refuse('U023-assert');
        case 'yield': return this.refuse('U001-generators');
      }
    }
    return this.exprOrAssign();
  }

  private atBlockEnd(): boolean {
    const k = this.tok.kind;
    return k === 'DEDENT' || k === 'ENDMARKER';
  }

  private atStatementEnd(): boolean {
    return this.tok.kind === 'NEWLINE' || this.isOp(';') || this.tok.kind === 'ENDMARKER';
  }

  private importStmt(): Stmt {
    const start = this.next().loc;
    const names: Alias[] = [];
    do {
      const first = this.tok;
      let name = this.expectName().text;
      while (this.eatOp('.')) name += '.' + this.expectName().text;
      const asname = this.eatKw('as') ? this.expectName().text : null;
      const loc = span(first.loc, this.prevLoc());
      if (!IMPORTABLE_MODULES.has(name)) this.refuse('U005-import', loc);
      names.push({ name, asname, loc });
    } while (this.eatOp(','));
    return { type: 'Import', names, loc: span(start, this.prevLoc()) };
  }

  private fromImport(): Stmt {
    const start = this.next().loc;
    let level = 0;
    while (this.isOp('.') || this.isOp('...')) level += this.next().text.length;
    if (level > 0) this.refuse('U011-relative-import', span(start, this.prevLoc()));
    const modTok = this.tok;
    let module = this.expectName().text;
    while (this.eatOp('.')) module += '.' + this.expectName().text;
    if (!IMPORTABLE_MODULES.has(module)) this.refuse('U005-import', span(modTok.loc, this.prevLoc()));
    this.expectKw('import');
    if (this.isOp('*')) this.refuse('U010-star-import');
    const paren = this.eatOp('(');
    const names: Alias[] = [];
    do {
      if (paren && this.isOp(')')) break;
      const first = this.tok;
      const name = this.expectName().text;
      const asname = this.eatKw('as') ? this.expectName().text : null;
      names.push({ name, asname, loc: span(first.loc, this.prevLoc()) });
    } while (this.eatOp(','));
    if (paren) this.expectOp(')');
    if (names.length === 0) this.fail();
    return { type: 'ImportFrom', module, names, level, loc: span(start, this.prevLoc()) };
  }

  private exprOrAssign(): Stmt {
    const first = this.starExpressions();
    if (this.isOp('=')) {
      const targets: Expr[] = [first];
      let value: Expr = first;
      while (this.eatOp('=')) {
        if (this.isKw('yield')) this.refuse('U001-generators');
        value = this.starExpressions();
        targets.push(value);
      }
      targets.pop();
      // CPython adds "Maybe you meant '=='" only for a single `=` whose target is not a display.
      const single = targets.length === 1;
      const stored = targets.map((t) => this.toTarget(t, 'Store', single && t.type !== 'List' && !(t.type === 'Tuple' && t.parenthesized)));
      return { type: 'Assign', targets: stored, value, loc: span(first.loc, value.loc) };
    }
    const aug = this.tok.kind === 'OP' ? AUG_OPS[this.tok.text] : undefined;
    if (aug) {
      const opTok = this.next();
      if (aug === 'MatMult') this.refuse('U015-matmul', opTok.loc);
      if (first.type !== 'Name' && first.type !== 'Attribute' && first.type !== 'Subscript') {
        throw syntaxError(SYNTAX.augAssign(describeExpr(first)), first.loc);
      }
      if (this.isKw('yield')) this.refuse('U001-generators');
      const value = this.starExpressions();
      const target = this.toTarget(first, 'Store');
      return { type: 'AugAssign', target, op: aug, value, loc: span(first.loc, value.loc) };
    }
    if (this.isOp(':')) this.refuse('U012-annotations');
    if (first.type === 'Starred') throw syntaxError(SYNTAX.starredAlone, first.loc);
    return { type: 'Expr', value: first, loc: first.loc };
  }

  /** Converts a parsed expression into an assignment/deletion target, or raises CPython's error. */
  private toTarget(e: Expr, ctx: ExprContext, inAssign = false): Expr {
    const hint = inAssign ? " here. Maybe you meant '==' instead of '='?" : '';
    switch (e.type) {
      case 'Name':
        if (ctx !== 'Load' && e.id === '__debug__') throw syntaxError('cannot assign to __debug__', e.loc);
        return { ...e, ctx };
      case 'Attribute':
      case 'Subscript':
        return { ...e, ctx };
      case 'Starred':
        if (ctx === 'Del') throw syntaxError(SYNTAX.cannotDelete('starred'), e.loc);
        return { ...e, ctx, value: this.toTarget(e.value, ctx) };
      case 'Tuple':
      case 'List': {
        const elts = e.elts.map((x) => this.toTarget(x, ctx));
        if (ctx === 'Store' && elts.filter((x) => x.type === 'Starred').length > 1) {
          throw syntaxError(SYNTAX.multipleStarred, e.loc);
        }
        return { ...e, elts, ctx } as Expr;
      }
      default: {
        const what = describeExpr(e);
        if (ctx === 'Del') throw syntaxError(SYNTAX.cannotDelete(what), e.loc);
        if (e.type === 'Constant' && (e.value.kind === 'none' || e.value.kind === 'bool' || e.value.kind === 'ellipsis')) {
          throw syntaxError(SYNTAX.cannotAssign(what), e.loc);
        }
        throw syntaxError(SYNTAX.cannotAssign(what) + (e.type === 'NamedExpr' || e.type === 'Lambda' || e.type === 'Compare' ? (e.type === 'Compare' ? hint : '') : hint), e.loc);
      }
    }
  }

  private block(header: Token, what: string): Stmt[] {
    this.expectOp(':');
    if (this.tok.kind === 'NEWLINE') {
      this.next();
      const first: Token = this.tok;
      if (first.kind !== 'INDENT') {
        const at = first.kind === 'ENDMARKER' ? this.prevLoc() : first.loc;
        throw syntaxError(`expected an indented block after ${what} on line ${header.loc.line}`, at, 'IndentationError');
      }
      this.next();
      const body: Stmt[] = [];
      this.enter();
      while (!this.atBlockEnd()) body.push(...this.statement());
      this.leave();
      this.next();
      return body;
    }
    return this.simpleStatements();
  }

  private ifStmt(): Stmt {
    const t = this.next();
    const test = this.namedExpression();
    const body = this.block(t, "'if' statement");
    return { type: 'If', test, body, orelse: this.elseChain(), loc: span(t.loc, this.prevLoc()) };
  }

  private elseChain(): Stmt[] {
    if (this.isKw('elif')) {
      const t = this.next();
      const test = this.namedExpression();
      const body = this.block(t, "'elif' statement");
      return [{ type: 'If', test, body, orelse: this.elseChain(), loc: span(t.loc, this.prevLoc()) }];
    }
    if (this.isKw('else')) {
      const t = this.next();
      return this.block(t, "'else' statement");
    }
    return [];
  }

  private whileStmt(): Stmt {
    const t = this.next();
    const test = this.namedExpression();
    const body = this.block(t, "'while' statement");
    let orelse: Stmt[] = [];
    if (this.isKw('else')) orelse = this.block(this.next(), "'else' statement");
    return { type: 'While', test, body, orelse, loc: span(t.loc, this.prevLoc()) };
  }

  private forStmt(): Stmt {
    const t = this.next();
    const target = this.toTarget(this.targetList(), 'Store');
    this.expectKw('in');
    const iter = this.starExpressions();
    const body = this.block(t, "'for' statement");
    let orelse: Stmt[] = [];
    if (this.isKw('else')) orelse = this.block(this.next(), "'else' statement");
    return { type: 'For', target, iter, body, orelse, loc: span(t.loc, this.prevLoc()) };
  }

  /** star_targets for `for` and comprehensions: stops before `in`. */
  private targetList(): Expr {
    const first = this.starTargetItem();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isKw('in') || this.isOp('=')) break;
      elts.push(this.starTargetItem());
    }
    return { type: 'Tuple', elts, ctx: 'Store', parenthesized: false, loc: span(first.loc, this.prevLoc()) };
  }

  private starTargetItem(): Expr {
    if (this.isOp('*')) {
      const s = this.next();
      const value = this.bitwiseOr();
      return { type: 'Starred', value, ctx: 'Store', loc: span(s.loc, value.loc) };
    }
    return this.bitwiseOr();
  }

  private tryStmt(): Stmt {
    const t = this.next();
    const body = this.block(t, "'try' statement");
    const handlers: ExceptHandler[] = [];
    while (this.isKw('except')) {
      const h = this.next();
      if (this.isOp('*')) this.refuse('U014-try-star');
      let excType: Expr | null = null;
      let name: string | null = null;
      if (!this.isOp(':')) {
        excType = this.expression();
        if (this.isOp(',')) {
          const elts = [excType];
          while (this.eatOp(',')) elts.push(this.expression());
          throw syntaxError('multiple exception types must be parenthesized', span(excType.loc, this.prevLoc()));
        }
        if (this.eatKw('as')) name = this.expectName().text;
      }
      const hbody = this.block(h, "'except' statement");
      if (handlers.length > 0 && handlers[handlers.length - 1]!.excType === null) {
        throw syntaxError(SYNTAX.exceptBareNotLast, handlers[handlers.length - 1]!.loc);
      }
      handlers.push({ excType, name, body: hbody, loc: span(h.loc, this.prevLoc()) });
    }
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    if (this.isKw('else')) {
      if (handlers.length === 0) this.fail();
      orelse = this.block(this.next(), "'else' statement");
    }
    if (this.isKw('finally')) finalbody = this.block(this.next(), "'finally' statement");
    if (handlers.length === 0 && finalbody.length === 0) {
      this.fail(this.tok, "expected 'except' or 'finally' block");
    }
    return { type: 'Try', body, handlers, orelse, finalbody, loc: span(t.loc, this.prevLoc()) };
  }

  private decorated(): Stmt {
    const decorators: Expr[] = [];
    const start = this.tok.loc;
    while (this.isOp('@')) {
      const at = this.next();
      const d = this.namedExpression();
      if (!isAllowedDecorator(d)) this.refuse('U003-decorators', span(at.loc, d.loc));
      decorators.push(d);
      if (this.tok.kind !== 'NEWLINE') this.fail();
      this.next();
    }
    if (this.isKw('def')) return this.funcDef(decorators, start);
    if (this.isKw('class')) {
      return this.refuse('U003-decorators', decorators[0]!.loc);
    }
    if (this.isKw('async')) this.refuse('U002-async');
    return this.fail();
  }

  private funcDef(decoratorList: Expr[], start: SourceLocation): Stmt {
    const t = this.next();
    const name = this.expectName().text;
    if (this.isOp('[')) this.refuse('U013-type-params');
    this.expectOp('(');
    const args = this.parameters(')');
    this.expectOp(')');
    if (this.isOp('->')) this.refuse('U012-annotations');
    const body = this.block(t, `function definition`);
    return { type: 'FunctionDef', name, args, body, decoratorList, loc: span(start, this.prevLoc()) };
  }

  /** Parameter list for def (closer ')', annotations refused) or lambda (closer ':'). */
  private parameters(closer: string): Arguments {
    const a: Arguments = { posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kwDefaults: [], kwarg: null, defaults: [] };
    const seen = new Set<string>();
    const param = (): Arg => {
      const t = this.expectName();
      if (seen.has(t.text)) throw syntaxError(SYNTAX.duplicateArg(t.text), t.loc);
      seen.add(t.text);
      if (closer === ')' && this.isOp(':')) this.refuse('U012-annotations');
      return { arg: t.text, loc: t.loc };
    };
    let starSeen = false;
    while (!this.isOp(closer)) {
      if (this.isOp('/')) {
        const s = this.next();
        if (starSeen || a.posonlyargs.length > 0 || a.args.length === 0) throw syntaxError(a.args.length === 0 ? 'at least one argument must precede /' : '/ may appear only once', s.loc);
        a.posonlyargs = a.args;
        a.args = [];
      } else if (this.isOp('**')) {
        this.next();
        a.kwarg = param();
        this.eatOp(',');
        if (!this.isOp(closer)) throw syntaxError('arguments cannot follow var-keyword argument', this.tok.loc);
        break;
      } else if (this.isOp('*')) {
        const s = this.next();
        if (starSeen) throw syntaxError('* argument may appear only once', s.loc);
        starSeen = true;
        if (this.isOp(',') || this.isOp(closer)) {
          if (!this.isOp(',') || this.isOp(closer, this.peek()) || this.isOp('**', this.peek())) {
            throw syntaxError('named arguments must follow bare *', s.loc);
          }
        } else a.vararg = param();
      } else {
        const p = param();
        let def: Expr | null = null;
        if (this.eatOp('=')) def = this.expression();
        if (starSeen) {
          a.kwonlyargs.push(p);
          a.kwDefaults.push(def);
        } else {
          if (def) a.defaults.push(def);
          else if (a.defaults.length > 0) throw syntaxError(SYNTAX.nonDefaultAfterDefault, p.loc);
          a.args.push(p);
        }
      }
      if (!this.eatOp(',')) break;
    }
    return a;
  }

  private classDef(decoratorList: Expr[], start: SourceLocation): Stmt {
    const t = this.next();
    const name = this.expectName().text;
    if (this.isOp('[')) this.refuse('U013-type-params');
    let bases: Expr[] = [];
    let keywords: Keyword[] = [];
    if (this.isOp('(')) {
      this.next();
      const call = this.callArguments();
      this.expectOp(')');
      bases = call.args;
      keywords = call.keywords;
      if (keywords.length > 0) this.refuse('U004-metaclass', keywords[0]!.loc);
      const star = bases.find((b) => b.type === 'Starred');
      if (star) this.refuse('U004-metaclass', star.loc);
      if (bases.length > 1) this.refuse('U026-multiple-inheritance', bases[1]!.loc);
    }
    const body = this.block(t, 'class definition');
    return { type: 'ClassDef', name, bases, keywords, body, decoratorList, loc: span(start, this.prevLoc()) };
  }

  // ---- expressions ----
  private starExpressions(): Expr {
    const first = this.starExpression();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.atExpressionListEnd()) break;
      elts.push(this.starExpression());
    }
    return { type: 'Tuple', elts, ctx: 'Load', parenthesized: false, loc: span(first.loc, this.prevLoc()) };
  }

  private atExpressionListEnd(): boolean {
    const t = this.tok;
    return t.kind === 'NEWLINE' || t.kind === 'ENDMARKER' || (t.kind === 'OP' && ['=', ')', ']', '}', ';', ':'].includes(t.text)) || (t.kind === 'OP' && AUG_OPS[t.text] !== undefined);
  }

  private starExpression(): Expr {
    if (this.isOp('*')) {
      const s = this.next();
      const value = this.bitwiseOr();
      return { type: 'Starred', value, ctx: 'Load', loc: span(s.loc, value.loc) };
    }
    return this.expression();
  }

  /** For f-string fields: the whole token stream must be one (tuple) expression. */
  parseFStringExpression(): Expr {
    const e = this.starExpressions();
    if (this.tok.kind !== 'ENDMARKER') this.fail();
    return e;
  }

  private namedExpression(): Expr {
    if (this.tok.kind === 'NAME' && this.isOp(':=', this.peek())) {
      const nameTok = this.expectName();
      this.next();
      const value = this.expression();
      const target: Expr = { type: 'Name', id: nameTok.text, ctx: 'Store', loc: nameTok.loc };
      return { type: 'NamedExpr', target, value, loc: span(nameTok.loc, value.loc) };
    }
    const e = this.expression();
    if (this.isOp(':=')) throw syntaxError(`cannot use assignment expressions with ${describeExpr(e)}`, e.loc);
    return e;
  }

  expression(): Expr {
    this.enter();
    try {
      if (this.isKw('lambda')) return this.lambda();
      if (this.isKw('yield')) this.refuse('U001-generators');
      const body = this.disjunction();
      if (this.isKw('if')) {
        this.next();
        const test = this.disjunction();
        if (!this.isKw('else')) this.fail(this.tok, "expected 'else' after 'if' expression");
        this.next();
        const orelse = this.expression();
        return { type: 'IfExp', test, body, orelse, loc: span(body.loc, orelse.loc) };
      }
      return body;
    } finally {
      this.leave();
    }
  }

  private lambda(): Expr {
    const t = this.next();
    const args = this.parameters(':');
    this.expectOp(':');
    const body = this.expression();
    return { type: 'Lambda', args, body, loc: span(t.loc, body.loc) };
  }

  private disjunction(): Expr {
    const first = this.conjunction();
    if (!this.isKw('or')) return first;
    const values = [first];
    while (this.eatKw('or')) values.push(this.conjunction());
    return { type: 'BoolOp', op: 'Or', values, loc: span(first.loc, values[values.length - 1]!.loc) };
  }

  private conjunction(): Expr {
    const first = this.inversion();
    if (!this.isKw('and')) return first;
    const values = [first];
    while (this.eatKw('and')) values.push(this.inversion());
    return { type: 'BoolOp', op: 'And', values, loc: span(first.loc, values[values.length - 1]!.loc) };
  }

  private inversion(): Expr {
    if (this.isKw('not')) {
      const t = this.next();
      this.enter();
      const operand = this.inversion();
      this.leave();
      return { type: 'UnaryOp', op: 'Not', operand, loc: span(t.loc, operand.loc) };
    }
    return this.comparison();
  }

  private compareOp(): CmpOpName | null {
    const t = this.tok;
    if (t.kind === 'OP') {
      const m: Record<string, CmpOpName> = { '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE' };
      const op = m[t.text];
      if (op) {
        this.next();
        return op;
      }
      return null;
    }
    if (this.isKw('in')) {
      this.next();
      return 'In';
    }
    if (this.isKw('not') && this.isKw('in', this.peek())) {
      this.next();
      this.next();
      return 'NotIn';
    }
    if (this.isKw('is')) {
      this.next();
      if (this.eatKw('not')) return 'IsNot';
      return 'Is';
    }
    return null;
  }

  private comparison(): Expr {
    const left = this.bitwiseOr();
    const ops: CmpOpName[] = [];
    const comparators: Expr[] = [];
    for (;;) {
      const op = this.compareOp();
      if (!op) break;
      ops.push(op);
      comparators.push(this.bitwiseOr());
    }
    if (ops.length === 0) return left;
    return { type: 'Compare', left, ops, comparators, loc: span(left.loc, comparators[comparators.length - 1]!.loc) };
  }

  private binaryLevel(ops: Record<string, BinOpName>, sub: () => Expr): Expr {
    let left = sub();
    while (this.tok.kind === 'OP' && ops[this.tok.text]) {
      const opTok = this.next();
      const op = ops[opTok.text]!;
      if (op === 'MatMult') this.refuse('U015-matmul', opTok.loc);
      const right = sub();
      left = { type: 'BinOp', left, op, right, loc: span(left.loc, right.loc) };
    }
    return left;
  }

  private bitwiseOr(): Expr {
    return this.binaryLevel({ '|': 'BitOr' }, () => this.bitwiseXor());
  }
  private bitwiseXor(): Expr {
    return this.binaryLevel({ '^': 'BitXor' }, () => this.bitwiseAnd());
  }
  private bitwiseAnd(): Expr {
    return this.binaryLevel({ '&': 'BitAnd' }, () => this.shift());
  }
  private shift(): Expr {
    return this.binaryLevel({ '<<': 'LShift', '>>': 'RShift' }, () => this.sum());
  }
  private sum(): Expr {
    return this.binaryLevel({ '+': 'Add', '-': 'Sub' }, () => this.term());
  }
  private term(): Expr {
    return this.binaryLevel({ '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult' }, () => this.factor());
  }

  private factor(): Expr {
    const t = this.tok;
    if (t.kind === 'OP' && (t.text === '-' || t.text === '+' || t.text === '~')) {
      this.next();
      this.enter();
      const operand = this.factor();
      this.leave();
      const op = t.text === '-' ? 'USub' : t.text === '+' ? 'UAdd' : 'Invert';
      return { type: 'UnaryOp', op, operand, loc: span(t.loc, operand.loc) };
    }
    return this.power();
  }

  private power(): Expr {
    if (this.isKw('await')) this.refuse('U002-async');
    const base = this.primary();
    if (this.isOp('**')) {
      this.next();
      this.enter();
      const right = this.factor();
      this.leave();
      return { type: 'BinOp', left: base, op: 'Pow', right, loc: span(base.loc, right.loc) };
    }
    return base;
  }

  private primary(): Expr {
    let e = this.atom();
    for (;;) {
      if (this.isOp('.')) {
        this.next();
        const name = this.expectName();
        e = { type: 'Attribute', value: e, attr: name.text, ctx: 'Load', loc: span(e.loc, name.loc) };
      } else if (this.isOp('(')) {
        this.next();
        this.enter();
        const { args, keywords } = this.callArguments();
        this.leave();
        const close = this.expectOp(')');
        e = { type: 'Call', func: e, args, keywords, loc: span(e.loc, close.loc) };
      } else if (this.isOp('[')) {
        this.next();
        this.enter();
        const slice = this.slices();
        this.leave();
        const close = this.expectOp(']');
        e = { type: 'Subscript', value: e, slice, ctx: 'Load', loc: span(e.loc, close.loc) };
      } else return e;
    }
  }

  private callArguments(): { args: Expr[]; keywords: Keyword[] } {
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    const seenKw = new Set<string>();
    let sawKeyword = false;
    let sawKwUnpack = false;
    while (!this.isOp(')')) {
      const t = this.tok;
      if (this.isOp('**')) {
        this.next();
        const value = this.expression();
        keywords.push({ arg: null, value, loc: span(t.loc, value.loc) });
        sawKwUnpack = true;
      } else if (this.isOp('*')) {
        this.next();
        const value = this.expression();
        if (sawKwUnpack) throw syntaxError('iterable argument unpacking follows keyword argument unpacking', span(t.loc, value.loc));
        args.push({ type: 'Starred', value, ctx: 'Load', loc: span(t.loc, value.loc) });
      } else if (t.kind === 'NAME' && this.isOp('=', this.peek())) {
        const name = this.expectName();
        this.next();
        const value = this.expression();
        if (seenKw.has(name.text)) throw syntaxError(SYNTAX.repeatedKeyword(name.text), span(name.loc, value.loc));
        seenKw.add(name.text);
        keywords.push({ arg: name.text, value, loc: span(name.loc, value.loc) });
        sawKeyword = true;
      } else {
        const value = this.namedExpression();
        if (this.isKw('for')) {
          const generators = this.comprehensionClauses();
          const gen: Expr = { type: 'GeneratorExp', elt: value, generators, loc: span(value.loc, this.prevLoc()) };
          if (args.length > 0 || keywords.length > 0 || this.isOp(',') && !this.isOp(')', this.peek())) {
            throw syntaxError('Generator expression must be parenthesized', gen.loc);
          }
          args.push(gen);
        } else {
          if (this.isOp('=')) throw syntaxError('expression cannot contain assignment, perhaps you meant "=="?', span(value.loc, this.tok.loc));
          if (sawKwUnpack) throw syntaxError(SYNTAX.positionalAfterKwUnpack, value.loc);
          if (sawKeyword) throw syntaxError(SYNTAX.positionalAfterKeyword, value.loc);
          args.push(value);
        }
      }
      if (!this.eatOp(',')) break;
    }
    return { args, keywords };
  }

  private slices(): Expr {
    const first = this.sliceItem();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.eatOp(',')) {
      if (this.isOp(']')) break;
      elts.push(this.sliceItem());
    }
    return { type: 'Tuple', elts, ctx: 'Load', parenthesized: false, loc: span(first.loc, this.prevLoc()) };
  }

  private sliceItem(): Expr {
    const start = this.tok.loc;
    let lower: Expr | null = null;
    if (!this.isOp(':')) {
      if (this.isOp('*')) return this.starExpression();
      lower = this.namedExpression();
      if (!this.isOp(':')) return lower;
    }
    this.expectOp(':');
    let upper: Expr | null = null;
    let step: Expr | null = null;
    if (!this.isOp(':') && !this.isOp(']') && !this.isOp(',')) upper = this.expression();
    if (this.eatOp(':')) {
      if (!this.isOp(']') && !this.isOp(',')) step = this.expression();
    }
    return { type: 'Slice', lower, upper, step, loc: span(start, this.prevLoc()) };
  }

  private comprehensionClauses(): Comprehension[] {
    const gens: Comprehension[] = [];
    while (this.isKw('for') || this.isKw('async')) {
      if (this.isKw('async')) this.refuse('U002-async');
      const f = this.next();
      const target = this.toTarget(this.targetList(), 'Store');
      this.expectKw('in');
      const iter = this.disjunction();
      const ifs: Expr[] = [];
      while (this.eatKw('if')) ifs.push(this.disjunction());
      gens.push({ target, iter, ifs, loc: span(f.loc, this.prevLoc()) });
    }
    return gens;
  }

  private atom(): Expr {
    const t = this.tok;
    switch (t.kind) {
      case 'NAME': {
        if (t.text === 'True' || t.text === 'False') {
          this.next();
          return constant({ kind: 'bool', value: t.text === 'True' }, t.loc);
        }
        if (t.text === 'None') {
          this.next();
          return constant({ kind: 'none' }, t.loc);
        }
        if (t.text === 'yield') this.refuse('U001-generators');
        if (t.text === 'await' || t.text === 'async') this.refuse('U002-async');
        if (KEYWORDS.has(t.text)) this.fail();
        this.next();
        return { type: 'Name', id: t.text, ctx: 'Load', loc: t.loc };
      }
      case 'NUMBER': {
        this.next();
        const n = t.num!;
        return constant(n.kind === 'int' ? { kind: 'int', value: n.value } : { kind: 'float', value: n.value }, t.loc);
      }
      case 'STRING':
        return this.strings();
      case 'OP':
        break;
      default:
        this.fail();
    }
    if (t.text === '...') {
      this.next();
      return constant({ kind: 'ellipsis' }, t.loc);
    }
    if (t.text === '(') return this.parenthesized();
    if (t.text === '[') return this.listDisplay();
    if (t.text === '{') return this.dictOrSet();
    return this.fail();
  }

  private parenthesized(): Expr {
    const open = this.next();
    this.enter();
    try {
      if (this.isOp(')')) {
        const close = this.next();
        return { type: 'Tuple', elts: [], ctx: 'Load', parenthesized: true, loc: span(open.loc, close.loc) };
      }
      if (this.isKw('yield')) this.refuse('U001-generators');
      const first = this.isOp('*') ? this.starExpression() : this.namedExpression();
      if (this.isKw('for')) {
        const generators = this.comprehensionClauses();
        const close = this.expectOp(')');
        return { type: 'GeneratorExp', elt: first, generators, loc: span(open.loc, close.loc) };
      }
      if (this.isOp(')')) {
        const close = this.next();
        if (first.type === 'Starred') throw syntaxError('cannot use starred expression here', first.loc);
        // A parenthesized expression keeps its inner span (CPython), but a tuple gets the parens.
        if (first.type === 'Tuple') return { ...first, parenthesized: true, loc: span(open.loc, close.loc) };
        return first;
      }
      const elts = [first];
      while (this.eatOp(',')) {
        if (this.isOp(')')) break;
        elts.push(this.isOp('*') ? this.starExpression() : this.namedExpression());
      }
      const close = this.expectOp(')');
      return { type: 'Tuple', elts, ctx: 'Load', parenthesized: true, loc: span(open.loc, close.loc) };
    } finally {
      this.leave();
    }
  }

  private listDisplay(): Expr {
    const open = this.next();
    this.enter();
    try {
      if (this.isOp(']')) {
        const close = this.next();
        return { type: 'List', elts: [], ctx: 'Load', loc: span(open.loc, close.loc) };
      }
      const first = this.isOp('*') ? this.starExpression() : this.namedExpression();
      if (this.isKw('for')) {
        const generators = this.comprehensionClauses();
        const close = this.expectOp(']');
        return { type: 'ListComp', elt: first, generators, loc: span(open.loc, close.loc) };
      }
      const elts = [first];
      while (this.eatOp(',')) {
        if (this.isOp(']')) break;
        elts.push(this.isOp('*') ? this.starExpression() : this.namedExpression());
      }
      const close = this.expectOp(']');
      return { type: 'List', elts, ctx: 'Load', loc: span(open.loc, close.loc) };
    } finally {
      this.leave();
    }
  }

  private dictOrSet(): Expr {
    const open = this.next();
    this.enter();
    try {
      if (this.isOp('}')) {
        const close = this.next();
        return { type: 'Dict', keys: [], values: [], loc: span(open.loc, close.loc) };
      }
      if (this.isOp('**')) return this.dictRest(open, null, null);
      const first = this.isOp('*') ? this.starExpression() : this.namedExpression();
      if (this.isOp(':') && first.type !== 'Starred') {
        this.next();
        const value = this.expression();
        if (this.isKw('for')) {
          const generators = this.comprehensionClauses();
          const close = this.expectOp('}');
          return { type: 'DictComp', key: first, value, generators, loc: span(open.loc, close.loc) };
        }
        return this.dictRest(open, first, value);
      }
      if (this.isKw('for')) {
        const generators = this.comprehensionClauses();
        const close = this.expectOp('}');
        return { type: 'SetComp', elt: first, generators, loc: span(open.loc, close.loc) };
      }
      const elts = [first];
      while (this.eatOp(',')) {
        if (this.isOp('}')) break;
        elts.push(this.isOp('*') ? this.starExpression() : this.namedExpression());
      }
      const close = this.expectOp('}');
      return { type: 'Set', elts, loc: span(open.loc, close.loc) };
    } finally {
      this.leave();
    }
  }

  private dictRest(open: Token, firstKey: Expr | null, firstValue: Expr | null): Expr {
    const keys: (Expr | null)[] = [];
    const values: Expr[] = [];
    const item = () => {
      if (this.eatOp('**')) {
        keys.push(null);
        values.push(this.bitwiseOr());
        return;
      }
      keys.push(this.expression());
      this.expectOp(':');
      values.push(this.expression());
    };
    if (firstValue) {
      keys.push(firstKey);
      values.push(firstValue);
      if (this.eatOp(',')) {
        while (!this.isOp('}')) {
          item();
          if (!this.eatOp(',')) break;
        }
      }
    } else {
      while (!this.isOp('}')) {
        item();
        if (!this.eatOp(',')) break;
      }
    }
    const close = this.expectOp('}');
    return { type: 'Dict', keys, values, loc: span(open.loc, close.loc) };
  }

  /** Adjacent string literals, concatenated; any f-string makes the result a JoinedStr. */
  private strings(): Expr {
    const first = this.tok;
    const toks: Token[] = [];
    while (this.tok.kind === 'STRING') toks.push(this.next());
    const loc = span(first.loc, toks[toks.length - 1]!.loc);
    const isBytes = toks[0]!.str!.bytes;
    if (toks.some((t) => t.str!.bytes !== isBytes)) throw syntaxError('cannot mix bytes and nonbytes literals', loc);
    if (isBytes) {
      const text = toks.map((t) => t.str!.text).join('');
      const bytes = new Uint8Array(text.length);
      for (let k = 0; k < text.length; k++) bytes[k] = text.charCodeAt(k);
      return constant({ kind: 'bytes', value: bytes }, loc);
    }
    if (!toks.some((t) => t.str!.fparts)) {
      return constant({ kind: 'str', value: toks.map((t) => t.str!.text).join('') }, loc);
    }
    const values: Expr[] = [];
    let pending = '';
    const flush = () => {
      if (pending) values.push(constant({ kind: 'str', value: pending }, loc));
      pending = '';
    };
    for (const t of toks) {
      if (!t.str!.fparts) {
        pending += t.str!.text;
        continue;
      }
      for (const part of t.str!.fparts) {
        if (part.kind === 'text') pending += part.value;
        else {
          if (part.debugText !== null) pending += part.debugText;
          flush();
          values.push(this.formattedValue(part));
        }
      }
    }
    flush();
    return { type: 'JoinedStr', values, loc };
  }

  private formattedValue(part: Extract<FStringPart, { kind: 'field' }>): Expr {
    const value = parseExpression(part.source, part.line, part.col);
    let formatSpec: Expr | null = null;
    if (part.spec) {
      const values: Expr[] = part.spec.map((p) =>
        p.kind === 'text' ? constant({ kind: 'str', value: p.value }, part.loc) : this.formattedValue(p),
      );
      formatSpec = { type: 'JoinedStr', values, loc: part.loc };
    }
    // `{x=}` shows repr(x) unless a conversion or a format spec is given.
    const conversion = part.debugText !== null && !part.conversion && !part.spec ? 'r' : part.conversion;
    return { type: 'FormattedValue', value, conversion, formatSpec, loc: part.loc };
  }
}

function constant(value: ConstantValue, loc: SourceLocation): ExprOf<'Constant'> {
  return { type: 'Constant', value, inAst: true, loc };
}

function isAllowedDecorator(d: Expr): boolean {
  if (d.type === 'Name') return ALLOWED_DECORATORS.has(d.id);
  return d.type === 'Attribute' && d.value.type === 'Name' && ['setter', 'getter', 'deleter'].includes(d.attr);
}

/** CPython's words for an expression kind in "cannot assign to ..." messages. */
export function describeExpr(e: Expr): string {
  switch (e.type) {
    case 'Call': return 'function call';
    case 'Constant':
      if (e.value.kind === 'none') return 'None';
      if (e.value.kind === 'bool') return e.value.value ? 'True' : 'False';
      if (e.value.kind === 'ellipsis') return 'ellipsis';
      return 'literal';
    case 'BinOp': case 'UnaryOp': case 'BoolOp': return 'expression';
    case 'Compare': return 'comparison';
    case 'Lambda': return 'lambda';
    case 'IfExp': return 'conditional expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'GeneratorExp': return 'generator expression';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'NamedExpr': return 'named expression';
    case 'Starred': return 'starred';
    case 'Tuple': return 'tuple';
    case 'List': return 'list';
    case 'Slice': return 'slice';
    default: return 'expression';
  }
}
