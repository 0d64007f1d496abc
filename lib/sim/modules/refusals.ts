// Refusing real Python the simulator does not provide, instead of failing with a Python error
// CPython would not raise. Built-in names are checked over the compiled code before the program
// runs (statically knowable); attributes of built-in types only when looked up (the object's type
// is not known before). Mirrors no CPython file; the name lists are CPython's (Python/bltinmodule.c,
// Objects/*.c member and method tables, measured with dir() on 3.10-3.13).

import type { CodeObject } from '../compiler/code';
import type { SourceLocation } from '../errors';
import { unsupported } from '../messages';

/** Names in the builtins module of every version 3.10-3.14 (dir(builtins) under `python file.py`). */
export const CPYTHON_BUILTIN_NAMES: ReadonlySet<string> = new Set(
  ('ArithmeticError AssertionError AttributeError BaseException BlockingIOError BrokenPipeError BufferError ' +
    'BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError ' +
    'ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning EnvironmentError Exception False ' +
    'FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError ImportError ' +
    'ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt ' +
    'LookupError MemoryError ModuleNotFoundError NameError None NotADirectoryError NotImplemented ' +
    'NotImplementedError OSError OverflowError PendingDeprecationWarning PermissionError ProcessLookupError ' +
    'RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration ' +
    'SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True TypeError UnboundLocalError ' +
    'UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ' +
    'ValueError Warning ZeroDivisionError __import__ abs aiter all anext any ascii bin bool breakpoint bytearray ' +
    'bytes callable chr classmethod compile complex copyright credits delattr dict dir divmod enumerate eval exec ' +
    'exit filter float format frozenset getattr globals hasattr hash help hex id input int isinstance issubclass ' +
    'iter len license list locals map max memoryview min next object oct open ord pow print property quit range ' +
    'repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip').split(' '),
);

/** Opcodes whose `names` argument is looked up in globals then builtins, and how to decode it. */
const GLOBAL_LOADS: Readonly<Record<string, (arg: number) => number>> = {
  LOAD_GLOBAL: (arg) => arg >> 1,
  LOAD_NAME: (arg) => arg,
};
/** Opcodes that bind a name in a namespace a global lookup could see. */
const NAME_BINDINGS = new Set(['STORE_NAME', 'STORE_GLOBAL', 'DELETE_NAME', 'DELETE_GLOBAL']);

/**
 * Throws a refusal at the first load of a real built-in the simulator does not provide (`provided`:
 * the simulator's builtins), unless the program binds that name itself somewhere.
 */
export function refuseMissingBuiltins(module: CodeObject, provided: ReadonlySet<string>): void {
  const codes: CodeObject[] = [];
  const collect = (c: CodeObject): void => {
    codes.push(c);
    for (const k of c.consts) if (k.kind === 'code') collect(k.code);
  };
  collect(module);
  const bound = new Set<string>();
  for (const c of codes) for (const ins of c.instructions) if (NAME_BINDINGS.has(ins.op)) bound.add(c.names[ins.arg]!);
  let first: { name: string; loc: SourceLocation } | null = null;
  for (const c of codes) {
    for (const ins of c.instructions) {
      const decode = GLOBAL_LOADS[ins.op];
      if (!decode || !ins.loc) continue;
      const name = c.names[decode(ins.arg)]!;
      if (!CPYTHON_BUILTIN_NAMES.has(name) || provided.has(name) || bound.has(name)) continue;
      if (!first || before(ins.loc, first.loc)) first = { name, loc: ins.loc };
    }
  }
  if (first) throw unsupported('U027-builtin', first.loc, `the built-in ${first.name}`);
}

function before(a: SourceLocation, b: SourceLocation): boolean {
  return a.line < b.line || (a.line === b.line && a.col < b.col);
}

/** Attributes real built-in types have beyond what the simulator implements, by type name. */
const REAL_ATTRIBUTES: Readonly<Record<string, string>> = {
  code:
    'co_argcount co_cellvars co_code co_consts co_exceptiontable co_filename co_firstlineno co_flags co_freevars ' +
    'co_kwonlyargcount co_linetable co_lines co_lnotab co_name co_names co_nlocals co_positions ' +
    'co_posonlyargcount co_qualname co_stacksize co_varnames replace _varname_from_oparg',
  function:
    '__annotations__ __builtins__ __closure__ __code__ __defaults__ __dict__ __globals__ __kwdefaults__ ' +
    '__module__ __name__ __qualname__ __type_params__ __get__ __annotate__',
  builtin_function_or_method: '__module__ __name__ __qualname__ __self__ __text_signature__',
  method: '__func__ __self__',
  int:
    'as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag is_integer numerator real ' +
    'to_bytes',
  float: 'as_integer_ratio conjugate fromhex hex imag is_integer real from_number',
  str:
    'capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha ' +
    'isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust ' +
    'lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit ' +
    'rstrip split splitlines startswith strip swapcase title translate upper zfill',
  bytes:
    'capitalize center count decode endswith expandtabs find fromhex hex index isalnum isalpha isascii isdigit ' +
    'islower isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix ' +
    'replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title ' +
    'translate upper zfill',
  list: 'append clear copy count extend index insert pop remove reverse sort',
  tuple: 'count index',
  dict: 'clear copy fromkeys get items keys pop popitem setdefault update values',
  set:
    'add clear copy difference difference_update discard intersection intersection_update isdisjoint issubset ' +
    'issuperset pop remove symmetric_difference symmetric_difference_update union update',
  frozenset: 'copy difference intersection isdisjoint issubset issuperset symmetric_difference union',
  range: 'count index start step stop',
  slice: 'indices start step stop',
  module: '__dict__ __loader__ __spec__ __package__ __file__ __cached__',
  type: '__abstractmethods__ __base__ __bases__ __basicsize__ __dictoffset__ __flags__ __itemsize__ __mro__ ' +
    '__subclasses__ __text_signature__ __type_params__ __weakrefoffset__ mro __annotations__',
  object: '__reduce__ __reduce_ex__ __getstate__ __subclasshook__ __init_subclass__ __format__ __sizeof__ __dir__',
};

const REAL_ATTRIBUTE_SETS = new Map(Object.entries(REAL_ATTRIBUTES).map(([t, names]) => [t, new Set(names.split(' '))]));

/**
 * True when `typeNames` (the object's built-in type and its built-in bases, nearest first) has a
 * real attribute `name` in CPython: a failed lookup of it is then a refusal, not an AttributeError.
 */
export function isRealBuiltinAttribute(typeNames: readonly string[], name: string): boolean {
  return typeNames.some((t) => REAL_ATTRIBUTE_SETS.get(t)?.has(name) ?? false);
}

/** The refusal for a real attribute the simulator lacks. */
export function unsupportedAttribute(typeName: string, name: string, loc: SourceLocation) {
  return unsupported('U028-attribute', loc, `the attribute ${name} of ${typeName} objects`);
}
