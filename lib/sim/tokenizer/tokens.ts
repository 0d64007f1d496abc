// Token types produced by the tokenizer. Mirrors Parser/token.c / Lib/token.py (the subset we need).

import type { SourceLocation } from '../errors';

export type TokenKind =
  | 'NAME'
  | 'NUMBER'
  | 'STRING'
  | 'OP'
  | 'NEWLINE'
  | 'INDENT'
  | 'DEDENT'
  | 'ENDMARKER'
  /** A tokenizer error, delivered lazily: the parser raises it only if it gets this far (like CPython). */
  | 'ERROR';

/** A piece of an f-string: literal text, or a replacement field with its expression source. */
export type FStringPart =
  | { kind: 'text'; value: string }
  | {
      kind: 'field';
      /** The expression text between `{` and `!`/`:`/`}`. */
      source: string;
      /** Where `source` starts in the file (line 1-based, col 0-based). */
      line: number;
      col: number;
      conversion: '' | 's' | 'r' | 'a';
      /** Parts of the format spec (may itself contain fields), or null if none. */
      spec: FStringPart[] | null;
      /** `{expr=}`: the literal text (expression, `=` and surrounding spaces) printed before the value. */
      debugText: string | null;
      loc: SourceLocation;
    };

export interface StringTokenValue {
  /** Lower-cased prefix letters, e.g. "", "r", "b", "rb", "f", "rf". */
  prefix: string;
  bytes: boolean;
  /** Decoded text (for bytes: each char is one byte 0..255). Empty for f-strings. */
  text: string;
  /** Present for f-strings. */
  fparts: FStringPart[] | null;
}

export interface Token {
  kind: TokenKind;
  /** Source text of the token (for OP and NAME, the operator / identifier). */
  text: string;
  loc: SourceLocation;
  /** For STRING tokens. */
  str?: StringTokenValue;
  /** For NUMBER tokens. */
  num?: { kind: 'int'; value: bigint } | { kind: 'float'; value: number };
  /** For ERROR tokens. */
  error?: Error;
}

export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** Operators, longest first so the tokenizer can match greedily. */
export const OPERATORS: readonly string[] = [
  '**=', '//=', '>>=', '<<=', '...', '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=',
  '<<', '<=', '==', '>=', '>>', '@=', '^=', '|=',
  '%', '&', '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '@', '[', ']', '^', '{',
  '|', '}', '~',
];
