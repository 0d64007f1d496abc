// The tokenizer: source text -> tokens with positions, including INDENT/DEDENT from an indentation
// stack, implicit line joining inside brackets, backslash continuation, numbers, strings and
// f-string parts. Mirrors Parser/lexer/lexer.c (3.12+) / Parser/tokenizer.c (3.10-3.11).

import { GuestError, Unsupported, type SourceLocation } from '../errors';
import { SYNTAX, syntaxError, unsupported } from '../messages';
import { OPERATORS, type FStringPart, type StringTokenValue, type Token } from './tokens';

export interface TokenizeOptions {
  /** Line and column of source[0] in the file (for f-string expressions). */
  startLine?: number;
  startCol?: number;
  /** Tokenize as if inside parentheses: no NEWLINE/INDENT/DEDENT (f-string expressions). */
  insideBrackets?: boolean;
}

const OPEN_TO_CLOSE: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSE_TO_OPEN: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const TABSIZE = 8;
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);

function isIdStart(c: string): boolean {
  return /[A-Za-z_]/.test(c) || (c.charCodeAt(0) > 127 && /\p{XID_Start}/u.test(c));
}
function isIdContinue(c: string): boolean {
  return /[A-Za-z0-9_]/.test(c) || (c.charCodeAt(0) > 127 && /\p{XID_Continue}/u.test(c));
}

/** Tokenizes the whole source; throws the first error. */
export function tokenize(source: string, options: TokenizeOptions = {}): Token[] {
  return new Tokenizer(source.replace(/\r\n?/g, '\n'), options).run();
}

/**
 * Tokenizes up to the first error, which becomes a final ERROR token. CPython tokenizes on demand,
 * so a syntax error earlier in the file is reported before a tokenizer error later in it.
 */
export function tokenizeLazily(source: string, options: TokenizeOptions = {}): Token[] {
  const t = new Tokenizer(source.replace(/\r\n?/g, '\n'), options);
  try {
    return t.run();
  } catch (e) {
    if (!(e instanceof GuestError || e instanceof Unsupported)) throw e;
    const loc = e instanceof GuestError ? e.location! : e.location;
    return [...t.produced(), { kind: 'ERROR', text: '', loc, error: e }];
  }
}

class Tokenizer {
  private pos = 0;
  private line: number;
  private lineStart: number;
  private readonly tokens: Token[] = [];
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  private readonly parens: { ch: string; line: number; col: number }[] = [];
  private atLineStart: boolean;

  constructor(private readonly src: string, private readonly opts: TokenizeOptions) {
    this.line = opts.startLine ?? 1;
    this.lineStart = -(opts.startCol ?? 0);
    this.atLineStart = !opts.insideBrackets;
  }

  private loc(startPos: number, startLine: number, startLineStart: number): SourceLocation {
    return { line: startLine, col: startPos - startLineStart, endLine: this.line, endCol: this.pos - this.lineStart };
  }

  private here(): SourceLocation {
    const col = this.pos - this.lineStart;
    return { line: this.line, col, endLine: this.line, endCol: col + 1 };
  }

  produced(): Token[] {
    return this.tokens;
  }

  private push(tok: Token): void {
    this.tokens.push(tok);
  }

  private newline(): void {
    this.line++;
    this.lineStart = this.pos;
  }

  private get bracketDepth(): number {
    return this.parens.length + (this.opts.insideBrackets ? 1 : 0);
  }

  run(): Token[] {
    const src = this.src;
    for (;;) {
      if (this.atLineStart && this.bracketDepth === 0) {
        if (this.handleIndentation()) continue;
        if (this.pos >= src.length) break;
      }
      if (this.pos >= src.length) break;
      const c = src[this.pos]!;
      if (c === ' ' || c === '\t' || c === '\f') {
        this.pos++;
        continue;
      }
      if (c === '#') {
        while (this.pos < src.length && src[this.pos] !== '\n') this.pos++;
        continue;
      }
      if (c === '\\') {
        if (this.pos + 1 >= src.length) throw syntaxError(SYNTAX.continuationEof, this.here());
        if (src[this.pos + 1] !== '\n') throw syntaxError(SYNTAX.lineContinuation, { ...this.here(), col: this.pos - this.lineStart + 1, endCol: this.pos - this.lineStart + 2 });
        if (this.pos + 2 >= src.length) {
          throw syntaxError(SYNTAX.continuationEof, { ...this.here(), col: this.pos - this.lineStart + 1, endCol: this.pos - this.lineStart + 2 });
        }
        this.pos += 2;
        this.newline();
        continue;
      }
      if (c === '\n') {
        if (this.bracketDepth === 0) {
          const col = this.pos - this.lineStart;
          this.push({ kind: 'NEWLINE', text: '\n', loc: { line: this.line, col, endLine: this.line, endCol: col + 1 } });
          this.atLineStart = true;
        }
        this.pos++;
        this.newline();
        continue;
      }
      if (isIdStart(c)) {
        this.nameOrString();
        continue;
      }
      if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[this.pos + 1] ?? ''))) {
        this.number();
        continue;
      }
      if (c === '"' || c === "'") {
        this.string('');
        continue;
      }
      this.operator();
    }
    return this.finish();
  }

  /** Measures indentation at a line start. Returns true if the line was blank (consumed). */
  private handleIndentation(): boolean {
    const src = this.src;
    let col = 0;
    let alt = 0;
    const start = this.pos;
    while (this.pos < src.length) {
      const c = src[this.pos]!;
      if (c === ' ') {
        col++;
        alt++;
      } else if (c === '\t') {
        col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
        alt++;
      } else if (c === '\f') {
        col = alt = 0;
      } else break;
      this.pos++;
    }
    const c = src[this.pos];
    if (c === undefined) return false;
    if (c === '#' || c === '\n' || (c === '\\' && src[this.pos + 1] === '\n' && false)) {
      while (this.pos < src.length && src[this.pos] !== '\n') this.pos++;
      if (this.pos < src.length) {
        this.pos++;
        this.newline();
      }
      return true;
    }
    this.atLineStart = false;
    const top = this.indents[this.indents.length - 1]!;
    const altTop = this.altIndents[this.altIndents.length - 1]!;
    const loc: SourceLocation = { line: this.line, col: 0, endLine: this.line, endCol: this.pos - this.lineStart };
    if (col === top) {
      if (alt !== altTop) throw syntaxError('inconsistent use of tabs and spaces in indentation', loc, 'TabError');
    } else if (col > top) {
      if (alt <= altTop) throw syntaxError('inconsistent use of tabs and spaces in indentation', loc, 'TabError');
      this.indents.push(col);
      this.altIndents.push(alt);
      this.push({ kind: 'INDENT', text: src.slice(start, this.pos), loc });
    } else {
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]!) {
        this.indents.pop();
        this.altIndents.pop();
        this.push({ kind: 'DEDENT', text: '', loc: { line: this.line, col: col, endLine: this.line, endCol: col } });
      }
      if (col !== this.indents[this.indents.length - 1]) {
        throw syntaxError(SYNTAX.unindentMismatch, { ...loc, endCol: loc.endCol + 1 }, 'IndentationError');
      }
      if (alt !== this.altIndents[this.altIndents.length - 1]) {
        throw syntaxError('inconsistent use of tabs and spaces in indentation', loc, 'TabError');
      }
    }
    return false;
  }

  private finish(): Token[] {
    if (this.parens.length > 0) {
      const p = this.parens[0]!;
      const top = this.parens[this.parens.length - 1]!;
      void p;
      throw syntaxError(SYNTAX.unclosed(top.ch), { line: top.line, col: top.col, endLine: top.line, endCol: top.col + 1 });
    }
    const col = this.pos - this.lineStart;
    const endLoc: SourceLocation = { line: this.line, col, endLine: this.line, endCol: col };
    const last = this.tokens[this.tokens.length - 1];
    if (!this.opts.insideBrackets && last && last.kind !== 'NEWLINE' && last.kind !== 'DEDENT' && last.kind !== 'INDENT') {
      this.push({ kind: 'NEWLINE', text: '', loc: endLoc });
    }
    while (this.indents.length > 1) {
      this.indents.pop();
      this.push({ kind: 'DEDENT', text: '', loc: endLoc });
    }
    this.push({ kind: 'ENDMARKER', text: '', loc: endLoc });
    return this.tokens;
  }

  private nameOrString(): void {
    const src = this.src;
    const start = this.pos;
    const startLine = this.line;
    const startLineStart = this.lineStart;
    this.pos++;
    while (this.pos < src.length && isIdContinue(src[this.pos]!)) this.pos++;
    const text = src.slice(start, this.pos);
    const next = src[this.pos];
    if ((next === '"' || next === "'") && STRING_PREFIXES.has(text.toLowerCase())) {
      this.pos = start;
      this.string(text.toLowerCase().replace('u', ''), text.length);
      return;
    }
    this.push({ kind: 'NAME', text: text.normalize('NFKC'), loc: this.loc(start, startLine, startLineStart) });
  }

  private number(): void {
    const src = this.src;
    const start = this.pos;
    const startLine = this.line;
    const startLineStart = this.lineStart;
    const fail = (msg: string): never => {
      throw syntaxError(msg, this.loc(start, startLine, startLineStart));
    };
    const digits = (re: RegExp, msg: string): void => {
      // digit ( '_'? digit )*
      if (!re.test(src[this.pos] ?? '')) fail(msg);
      while (this.pos < src.length) {
        if (re.test(src[this.pos]!)) this.pos++;
        else if (src[this.pos] === '_' && re.test(src[this.pos + 1] ?? '')) this.pos += 2;
        else if (src[this.pos] === '_') {
          this.pos++;
          fail(msg);
        } else break;
      }
    };
    let isFloat = false;
    const c0 = src[this.pos]!;
    const c1 = (src[this.pos + 1] ?? '').toLowerCase();
    if (c0 === '0' && (c1 === 'x' || c1 === 'o' || c1 === 'b')) {
      this.pos += 2;
      if (src[this.pos] === '_') this.pos++;
      if ((c1 === 'o' || c1 === 'b') && /[0-9]/.test(src[this.pos] ?? '') && !(c1 === 'o' ? /[0-7]/ : /[01]/).test(src[this.pos]!)) {
        this.pos++;
        fail(`invalid digit '${src[this.pos - 1]}' in ${c1 === 'o' ? 'octal' : 'binary'} literal`);
      }
      const [re, msg] =
        c1 === 'x' ? [/[0-9a-fA-F]/, SYNTAX.invalidHex] : c1 === 'o' ? [/[0-7]/, SYNTAX.invalidOctal] : [/[01]/, SYNTAX.invalidBinary];
      digits(re, msg);
      if (/[0-9]/.test(src[this.pos] ?? '')) {
        this.pos++;
        fail(c1 === 'o' ? `invalid digit '${src[this.pos - 1]}' in octal literal` : c1 === 'b' ? `invalid digit '${src[this.pos - 1]}' in binary literal` : msg);
      }
      if (isIdStart(src[this.pos] ?? ' ')) fail(msg);
    } else {
      if (c0 !== '.') digits(/[0-9]/, SYNTAX.invalidDecimal);
      if (src[this.pos] === '.') {
        isFloat = true;
        this.pos++;
        if (/[0-9]/.test(src[this.pos] ?? '')) digits(/[0-9]/, SYNTAX.invalidDecimal);
      }
      if ((src[this.pos] === 'e' || src[this.pos] === 'E') && /[0-9+-]/.test(src[this.pos + 1] ?? '')) {
        const save = this.pos;
        this.pos++;
        if (src[this.pos] === '+' || src[this.pos] === '-') this.pos++;
        if (/[0-9]/.test(src[this.pos] ?? '')) {
          isFloat = true;
          digits(/[0-9]/, SYNTAX.invalidDecimal);
        } else this.pos = save;
      }
      if (src[this.pos] === 'j' || src[this.pos] === 'J') {
        this.pos++;
        throw unsupported('U009-imaginary', this.loc(start, startLine, startLineStart));
      }
      const text = src.slice(start, this.pos);
      if (!isFloat && /^0+[1-9_0-9]*[1-9]/.test(text.replace(/_/g, '')) && text.replace(/_/g, '').length > 1) {
        fail(SYNTAX.leadingZeros);
      }
      if (isIdStart(src[this.pos] ?? ' ')) {
        // `1if x else y` is legal (with a warning); anything else glued to a number is not.
        let e = this.pos;
        while (e < src.length && isIdContinue(src[e]!)) e++;
        const word = src.slice(this.pos, e);
        if (!['if', 'else', 'and', 'or', 'in', 'is', 'not', 'for'].includes(word)) {
          this.pos = e;
          fail(SYNTAX.invalidDecimal);
        }
      }
    }
    const text = src.slice(start, this.pos);
    const clean = text.replace(/_/g, '');
    const loc = this.loc(start, startLine, startLineStart);
    if (isFloat) this.push({ kind: 'NUMBER', text, loc, num: { kind: 'float', value: Number(clean) } });
    else this.push({ kind: 'NUMBER', text, loc, num: { kind: 'int', value: BigInt(clean) } });
  }

  private string(prefix: string, prefixLen = 0): void {
    const src = this.src;
    const start = this.pos;
    const startLine = this.line;
    const startLineStart = this.lineStart;
    this.pos += prefixLen;
    const quote = src[this.pos]!;
    const triple = src.startsWith(quote.repeat(3), this.pos);
    const qlen = triple ? 3 : 1;
    this.pos += qlen;
    const bodyStart = this.pos;
    const bodyLine = this.line;
    const bodyLineStart = this.lineStart;
    const raw = prefix.includes('r');
    for (;;) {
      if (this.pos >= src.length || (!triple && src[this.pos] === '\n')) {
        const msg = triple ? SYNTAX.eofInTriple : SYNTAX.eofInString;
        const detected = this.pos >= src.length && src.endsWith('\n') && this.line > startLine ? this.line - 1 : this.line;
        throw syntaxError(`${msg} (detected at line ${detected})`, {
          line: startLine,
          col: start - startLineStart,
          endLine: startLine,
          endCol: start - startLineStart + 1,
        });
      }
      const c = src[this.pos]!;
      if (c === '\\') {
        this.pos++;
        if (src[this.pos] === '\n') {
          this.pos++;
          this.newline();
        } else if (this.pos < src.length) this.pos++;
        continue;
      }
      if (c === '\n') {
        this.pos++;
        this.newline();
        continue;
      }
      if (src.startsWith(quote.repeat(qlen), this.pos)) break;
      this.pos++;
    }
    const body = src.slice(bodyStart, this.pos);
    this.pos += qlen;
    const loc = this.loc(start, startLine, startLineStart);
    const bytes = prefix.includes('b');
    const value: StringTokenValue = { prefix, bytes, text: '', fparts: null };
    if (prefix.includes('f')) {
      value.fparts = parseFStringBody(body, raw, bodyLine, bodyStart - bodyLineStart, quote, loc);
    } else {
      value.text = decodeString(body, raw, bytes, loc);
    }
    this.push({ kind: 'STRING', text: src.slice(start, this.pos), loc, str: value });
  }

  private operator(): void {
    const src = this.src;
    const start = this.pos;
    const startLine = this.line;
    const startLineStart = this.lineStart;
    const op = OPERATORS.find((o) => src.startsWith(o, this.pos));
    if (!op) {
      const ch = String.fromCodePoint(src.codePointAt(this.pos)!);
      if (ch === '!' ) throw syntaxError(SYNTAX.invalid, this.here());
      if (ch === '$' || ch === '?' || ch === '`') throw syntaxError(SYNTAX.invalid, this.here());
      throw syntaxError(SYNTAX.invalidChar(ch), this.here());
    }
    this.pos += op.length;
    const loc = this.loc(start, startLine, startLineStart);
    if (op in OPEN_TO_CLOSE) this.parens.push({ ch: op, line: loc.line, col: loc.col });
    else if (op in CLOSE_TO_OPEN) {
      const top = this.parens.pop();
      if (!top) throw syntaxError(SYNTAX.unmatched(op), loc);
      if (OPEN_TO_CLOSE[top.ch] !== op) {
        const msg = SYNTAX.mismatched(op, top.ch);
        throw syntaxError(top.line !== loc.line ? `${msg} on line ${top.line}` : msg, loc);
      }
    }
    this.push({ kind: 'OP', text: op, loc });
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** Decodes the body of a (non-f) string literal. For bytes, returns one char per byte. */
export function decodeString(body: string, raw: boolean, bytes: boolean, loc: SourceLocation): string {
  if (bytes && /[^\x00-\x7f]/.test(body)) throw syntaxError(SYNTAX.bytesNonAscii, loc);
  if (raw) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = body[++i];
    if (n === undefined) {
      out += '\\';
      break;
    }
    if (n === '\n') continue;
    if (n in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[n];
      continue;
    }
    if (/[0-7]/.test(n)) {
      let digits = n;
      while (digits.length < 3 && /[0-7]/.test(body[i + 1] ?? '')) digits += body[++i];
      const code = parseInt(digits, 8);
      if (bytes) out += String.fromCharCode(code & 0xff);
      else out += String.fromCodePoint(code);
      continue;
    }
    const hexLen = n === 'x' ? 2 : !bytes && n === 'u' ? 4 : !bytes && n === 'U' ? 8 : 0;
    if (hexLen > 0) {
      const hex = body.slice(i + 1, i + 1 + hexLen);
      if (hex.length !== hexLen || !/^[0-9a-fA-F]+$/.test(hex)) {
        const kind = bytes ? 'bytes' : 'unicode error';
        throw syntaxError(
          bytes
            ? `(value error) invalid \\x escape at position ${i - 1}`
            : `(${kind}) 'unicodeescape' codec can't decode bytes in position ${i - 1}-${i + hex.length}: truncated \\${n}${'X'.repeat(hexLen)} escape`,
          loc,
        );
      }
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) throw syntaxError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i - 1}-${i + hexLen}: illegal Unicode character`, loc);
      out += String.fromCodePoint(code);
      i += hexLen;
      continue;
    }
    if (!bytes && n === 'N') throw unsupported('U025-string-escape', loc);
    // Unknown escape: kept verbatim (CPython warns).
    out += '\\' + n;
  }
  return out;
}

/**
 * Splits an f-string body into text and replacement fields. `line`/`col` give the position of
 * body[0] in the file, so expression sources can be tokenized with correct positions.
 */
export function parseFStringBody(
  body: string,
  raw: boolean,
  line: number,
  col: number,
  quote: string,
  loc: SourceLocation,
): FStringPart[] {
  // Absolute position of each body offset.
  const posAt = (offset: number): { line: number; col: number } => {
    let l = line;
    let c = col;
    for (let i = 0; i < offset; i++) {
      if (body[i] === '\n') {
        l++;
        c = 0;
      } else c++;
    }
    return { line: l, col: c };
  };
  const parse = (i: number, inSpec: boolean, depth: number): { parts: FStringPart[]; end: number } => {
    const parts: FStringPart[] = [];
    let text = '';
    const flushText = () => {
      if (text) parts.push({ kind: 'text', value: decodeString(text, raw, false, loc) });
      text = '';
    };
    while (i < body.length) {
      const c = body[i]!;
      if (c === '{') {
        if (!inSpec && body[i + 1] === '{') {
          text += '{';
          i += 2;
          continue;
        }
        flushText();
        const field = parseField(i + 1, depth);
        parts.push(field.part);
        i = field.end;
        continue;
      }
      if (c === '}') {
        if (inSpec) break;
        if (body[i + 1] === '}') {
          text += '}';
          i += 2;
          continue;
        }
        throw syntaxError(SYNTAX.fstringSingleBrace, loc);
      }
      if (c === '\\' && !raw && i + 1 < body.length) {
        text += c + body[i + 1];
        i += 2;
        continue;
      }
      text += c;
      i++;
    }
    flushText();
    return { parts, end: i };
  };
  const parseField = (i: number, depth: number): { part: FStringPart; end: number } => {
    if (depth >= 2) throw syntaxError('f-string: expressions nested too deeply', loc);
    const exprStart = i;
    let exprEnd = -1;
    let brackets = 0;
    let inStr: string | null = null;
    for (; i < body.length; i++) {
      const c = body[i]!;
      if (inStr) {
        if (body.startsWith(inStr, i)) {
          i += inStr.length - 1;
          inStr = null;
        }
        continue;
      }
      if (c === "'" || c === '"') {
        if (c === quote) throw unsupported('U016-nested-fstring-quotes', loc);
        inStr = body.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
        i += inStr.length - 1;
        continue;
      }
      if (c === '\\') throw syntaxError("f-string expression part cannot include a backslash", loc);
      if (c === '#') throw syntaxError("f-string expression part cannot include '#'", loc);
      if (c === '(' || c === '[' || c === '{') brackets++;
      else if (c === ')' || c === ']' || (c === '}' && brackets > 0)) brackets--;
      else if (brackets === 0) {
        if (c === '}' || c === ':') break;
        if (c === '!' && body[i + 1] !== '=') break;
        if (c === '=' && !'=!<>'.includes(body[i - 1] ?? '') && body[i + 1] !== '=') {
          // Self-documenting `{expr=}` (3.8+): the text up to and after `=` is printed before the value.
          exprEnd = i;
          i++;
          while (i < body.length && /\s/.test(body[i]!)) i++;
          break;
        }
      }
    }
    if (i >= body.length) throw syntaxError(SYNTAX.fstringExpectingBrace, loc);
    const source = body.slice(exprStart, exprEnd >= 0 ? exprEnd : i);
    const debugText = exprEnd >= 0 ? body.slice(exprStart, i) : null;
    if (source.trim() === '') throw syntaxError(SYNTAX.fstringEmpty, loc);
    let conversion: '' | 's' | 'r' | 'a' = '';
    if (body[i] === '!') {
      const conv = body[i + 1];
      if (conv !== 's' && conv !== 'r' && conv !== 'a') throw syntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'", loc);
      conversion = conv;
      i += 2;
      if (body[i] !== ':' && body[i] !== '}') throw syntaxError(SYNTAX.fstringExpectingBrace, loc);
    }
    let spec: FStringPart[] | null = null;
    if (body[i] === ':') {
      const r = parse(i + 1, true, depth + 1);
      spec = r.parts;
      i = r.end;
    }
    if (body[i] !== '}') throw syntaxError(SYNTAX.fstringExpectingBrace, loc);
    const p = posAt(exprStart);
    const e = posAt(i + 1);
    return {
      part: {
        kind: 'field',
        source,
        line: p.line,
        col: p.col,
        conversion,
        spec,
        debugText,
        loc: { line: p.line, col: p.col - 1, endLine: e.line, endCol: e.col },
      },
      end: i + 1,
    };
  };
  return parse(0, false, 0).parts;
}
