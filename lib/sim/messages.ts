// The catalogue of refusal texts (stable codes) and the compile-time SyntaxError texts we reproduce
// from CPython (Parser/pegen_errors.c, Parser/tokenizer.c, Python/symtable.c, Python/compile.c).
// Codes never change once published; texts may be improved.

import { GuestError, Unsupported, type SourceLocation } from './errors';

/** Every refusal the tokenizer, parser or compiler can emit: code -> what is not supported. */
export const UNSUPPORTED = {
  'U001-generators': 'generators',
  'U002-async': 'async and await',
  'U003-decorators': 'decorators other than @staticmethod, @classmethod and @property',
  'U004-metaclass': 'metaclasses and class keyword arguments',
  'U005-import': 'importing modules other than sys, gc, weakref and copy',
  'U006-match': 'the match statement',
  'U007-global-in-class': 'global or nonlocal statements inside a class body',
  'U008-with': 'the with statement',
  'U009-imaginary': 'complex numbers (imaginary literals)',
  'U010-star-import': 'from module import *',
  'U011-relative-import': 'relative imports',
  'U012-annotations': 'annotations',
  'U013-type-params': 'type parameters and the type statement',
  'U014-try-star': 'except* (exception groups)',
  'U015-matmul': 'the @ operator',
  'U016-nested-fstring-quotes': 'f-strings nested with the same quote character',
  'U017-genexpr-nested-scope': 'this form of comprehension',
  'U018-keyword-only-marker': 'keyword-only and positional-only parameters',
  'U019-del-target': 'this del target',
  /** No longer emitted: `{x=}` is supported. Kept so the code stays reserved. */
  'U020-fstring-debug': 'f-string self-documenting expressions (=)',
  'U021-lambda-default-scope': 'this lambda form',
  'U022-class-in-comprehension': 'this comprehension form',
  'U023-assert': 'assert statements',
  'U024-too-deep': 'code nested this deeply',
  'U025-string-escape': 'this string escape',
  'U026-multiple-inheritance': 'multiple inheritance (a class with more than one base)',
  /** A real built-in the simulator does not provide (the detail names it). */
  'U027-builtin': 'this built-in',
  /** A real attribute of a built-in type the simulator does not provide (the detail names it). */
  'U028-attribute': 'this attribute of a built-in type',
} as const;

export type UnsupportedCode = keyof typeof UNSUPPORTED;

export function unsupported(code: UnsupportedCode, loc: SourceLocation, what?: string): Unsupported {
  return new Unsupported(code, `not supported yet: ${what ?? UNSUPPORTED[code]}`, loc);
}

/** CPython's compile-time error texts that we reproduce exactly. */
export const SYNTAX = {
  invalid: 'invalid syntax',
  expectedColon: "expected ':'",
  unexpectedIndent: 'unexpected indent',
  expectedIndent: 'expected an indented block',
  unindentMismatch: 'unindent does not match any outer indentation level',
  eofInString: 'unterminated string literal',
  eofInTriple: 'unterminated triple-quoted string literal',
  unclosed: (ch: string) => `'${ch}' was never closed`,
  unmatched: (ch: string) => `unmatched '${ch}'`,
  mismatched: (close: string, open: string) =>
    `closing parenthesis '${close}' does not match opening parenthesis '${open}'`,
  invalidDecimal: 'invalid decimal literal',
  invalidHex: 'invalid hexadecimal literal',
  invalidOctal: 'invalid octal literal',
  invalidBinary: 'invalid binary literal',
  leadingZeros:
    'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
  invalidChar: (ch: string) => `invalid character '${ch}' (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`,
  continuationEof: 'unexpected EOF while parsing',
  lineContinuation: 'unexpected character after line continuation character',
  cannotAssign: (what: string) => `cannot assign to ${what}`,
  cannotDelete: (what: string) => `cannot delete ${what}`,
  augAssign: (what: string) => `'${what}' is an illegal expression for augmented assignment`,
  returnOutside: "'return' outside function",
  breakOutside: "'break' outside loop",
  continueOutside: "'continue' not properly in loop",
  nonlocalModule: 'nonlocal declaration not allowed at module level',
  nonlocalNoBinding: (n: string) => `no binding for nonlocal '${n}' found`,
  globalAfterUse: (n: string) => `name '${n}' is used prior to global declaration`,
  globalAfterAssign: (n: string) => `name '${n}' is assigned to before global declaration`,
  nonlocalAfterUse: (n: string) => `name '${n}' is used prior to nonlocal declaration`,
  nonlocalAfterAssign: (n: string) => `name '${n}' is assigned to before nonlocal declaration`,
  paramGlobal: (n: string) => `name '${n}' is parameter and global`,
  paramNonlocal: (n: string) => `name '${n}' is parameter and nonlocal`,
  nonlocalAndGlobal: (n: string) => `name '${n}' is nonlocal and global`,
  duplicateArg: (n: string) => `duplicate argument '${n}' in function definition`,
  nonDefaultAfterDefault: 'parameter without a default follows parameter with a default',
  positionalAfterKeyword: 'positional argument follows keyword argument',
  positionalAfterKwUnpack: 'positional argument follows keyword argument unpacking',
  repeatedKeyword: (n: string) => `keyword argument repeated: ${n}`,
  multipleStarred: 'multiple starred expressions in assignment',
  starredAlone: "can't use starred expression here",
  fstringEmpty: "f-string: valid expression required before '}'",
  fstringSingleBrace: "f-string: single '}' is not allowed",
  fstringExpectingBrace: "f-string: expecting '}'",
  bytesNonAscii: 'bytes can only contain ASCII literal characters',
  exceptBareNotLast: "default 'except:' must be last",
  tooManyStarsInAssign: 'multiple starred expressions in assignment',
} as const;

export function syntaxError(message: string, loc: SourceLocation, pyType = 'SyntaxError'): GuestError {
  return new GuestError(pyType, message, loc);
}
