// What CPython's built-in type dicts hold, per version: every name in `T.__dict__` with the kind of
// object stored there, measured on CPython 3.10.13, 3.11.7, 3.12.1, 3.13.0 (pyenv) and Pyodide's
// 3.14.2 wasm32 build (the 64-bit 3.14 profile uses the 3.14 column: derived, not measured). Mirrors the
// method, member and getset tables of Objects/*.c (PyMethodDef, PyMemberDef, PyGetSetDef, slotdefs).
// Regenerate with the probe in tests/conformance/unseen/introspection/README.md.
//
// Each entry is `name:kind` or `name:kind@versions` (a name whose kind changed has one entry per kind).
// Kinds: m method_descriptor, c classmethod_descriptor, w wrapper_descriptor (slot), s staticmethod, n __new__ (builtin_function_or_method), g getset_descriptor,
// d member_descriptor, x None (`__hash__ = None`), t a docstring (`__doc__` only; no entry: `__doc__` is None).
// weakref's Python-level classes (weakref.finalize, WeakValueDictionary...) are listed for `__doc__` only.
// Versions are minor numbers: `11+` 3.11 and later, `-12` up to 3.12, `10,13+` a list; no @: every version.

/** Entries by simulator type key (objects/types.ts BuiltinTypes). */
export const CPYTHON_TYPE_DICTS: Readonly<Record<string, string>> = {
  weakref_finalize:
    '__doc__:t',
  WeakValueDictionary:
    '__doc__:t',
  WeakKeyDictionary:
    '__doc__:t',
  object:
    '__class__:g __delattr__:w __dir__:m __doc__:t __eq__:w __format__:m __ge__:w __getattribute__:w ' +
    '__getstate__:m@11+ __gt__:w __hash__:w __init__:w __init_subclass__:c __le__:w __lt__:w __ne__:w ' +
    '__new__:n __reduce__:m __reduce_ex__:m __repr__:w __setattr__:w __sizeof__:m __str__:w ' +
    '__subclasshook__:c',
  type:
    '__abstractmethods__:g __annotate__:g@14 __annotations__:g __base__:d __bases__:g __basicsize__:d ' +
    '__call__:w __delattr__:w __dict__:g __dictoffset__:d __dir__:m __doc__:t __flags__:d ' +
    '__getattribute__:w __init__:w __instancecheck__:m __itemsize__:d __module__:g __mro__:d@-11 ' +
    '__mro__:g@12+ __name__:g __new__:n __or__:w __prepare__:c __qualname__:g __repr__:w __ror__:w ' +
    '__setattr__:w __sizeof__:m __subclasscheck__:m __subclasses__:m __text_signature__:g ' +
    '__type_params__:g@12+ __weakrefoffset__:d mro:m',
  int:
    '__abs__:w __add__:w __and__:w __bool__:w __ceil__:m __divmod__:w __doc__:t __eq__:w __float__:w ' +
    '__floor__:m __floordiv__:w __format__:m __ge__:w __getattribute__:w@-13 __getnewargs__:m __gt__:w ' +
    '__hash__:w __index__:w __int__:w __invert__:w __le__:w __lshift__:w __lt__:w __mod__:w __mul__:w ' +
    '__ne__:w __neg__:w __new__:n __or__:w __pos__:w __pow__:w __radd__:w __rand__:w __rdivmod__:w ' +
    '__repr__:w __rfloordiv__:w __rlshift__:w __rmod__:w __rmul__:w __ror__:w __round__:m __rpow__:w ' +
    '__rrshift__:w __rshift__:w __rsub__:w __rtruediv__:w __rxor__:w __sizeof__:m __sub__:w __truediv__:w ' +
    '__trunc__:m __xor__:w as_integer_ratio:m bit_count:m bit_length:m conjugate:m denominator:g ' +
    'from_bytes:c imag:g is_integer:m@12+ numerator:g real:g to_bytes:m',
  bool:
    '__and__:w __doc__:t __invert__:w@12+ __new__:n __or__:w __rand__:w __repr__:w __ror__:w __rxor__:w ' +
    '__xor__:w',
  NoneType:
    '__bool__:w __doc__:t@13+ __eq__:w@12+ __ge__:w@12+ __gt__:w@12+ __hash__:w@12+ __le__:w@12+ ' +
    '__lt__:w@12+ __ne__:w@12+ __new__:n __repr__:w',
  NotImplementedType:
    '__bool__:w __doc__:t@13+ __new__:n __reduce__:m __repr__:w',
  ellipsis:
    '__doc__:t@13+ __getattribute__:w@-12 __new__:n __reduce__:m __repr__:w',
  float:
    '__abs__:w __add__:w __bool__:w __ceil__:m __divmod__:w __doc__:t __eq__:w __float__:w __floor__:m ' +
    '__floordiv__:w __format__:m __ge__:w __getattribute__:w@-12 __getformat__:c __getnewargs__:m ' +
    '__gt__:w __hash__:w __int__:w __le__:w __lt__:w __mod__:w __mul__:w __ne__:w __neg__:w __new__:n ' +
    '__pos__:w __pow__:w __radd__:w __rdivmod__:w __repr__:w __rfloordiv__:w __rmod__:w __rmul__:w ' +
    '__round__:m __rpow__:w __rsub__:w __rtruediv__:w __setformat__:c@10 __sub__:w __truediv__:w ' +
    '__trunc__:m as_integer_ratio:m conjugate:m from_number:c@14 fromhex:c hex:m imag:g is_integer:m ' +
    'real:g',
  str:
    '__add__:w __contains__:w __doc__:t __eq__:w __format__:m __ge__:w __getattribute__:w@-12 ' +
    '__getitem__:w __getnewargs__:m __gt__:w __hash__:w __iter__:w __le__:w __len__:w __lt__:w __mod__:w ' +
    '__mul__:w __ne__:w __new__:n __repr__:w __rmod__:w __rmul__:w __sizeof__:m __str__:w capitalize:m ' +
    'casefold:m center:m count:m encode:m endswith:m expandtabs:m find:m format:m format_map:m index:m ' +
    'isalnum:m isalpha:m isascii:m isdecimal:m isdigit:m isidentifier:m islower:m isnumeric:m ' +
    'isprintable:m isspace:m istitle:m isupper:m join:m ljust:m lower:m lstrip:m maketrans:s partition:m ' +
    'removeprefix:m removesuffix:m replace:m rfind:m rindex:m rjust:m rpartition:m rsplit:m rstrip:m ' +
    'split:m splitlines:m startswith:m strip:m swapcase:m title:m translate:m upper:m zfill:m',
  bytes:
    '__add__:w __buffer__:w@12+ __bytes__:m@11+ __contains__:w __doc__:t __eq__:w __ge__:w ' +
    '__getattribute__:w@-13 __getitem__:w __getnewargs__:m __gt__:w __hash__:w __iter__:w __le__:w ' +
    '__len__:w __lt__:w __mod__:w __mul__:w __ne__:w __new__:n __repr__:w __rmod__:w __rmul__:w __str__:w ' +
    'capitalize:m center:m count:m decode:m endswith:m expandtabs:m find:m fromhex:c hex:m index:m ' +
    'isalnum:m isalpha:m isascii:m isdigit:m islower:m isspace:m istitle:m isupper:m join:m ljust:m ' +
    'lower:m lstrip:m maketrans:s partition:m removeprefix:m removesuffix:m replace:m rfind:m rindex:m ' +
    'rjust:m rpartition:m rsplit:m rstrip:m split:m splitlines:m startswith:m strip:m swapcase:m title:m ' +
    'translate:m upper:m zfill:m',
  tuple:
    '__add__:w __class_getitem__:c __contains__:w __doc__:t __eq__:w __ge__:w __getattribute__:w@-13 ' +
    '__getitem__:w __getnewargs__:m __gt__:w __hash__:w __iter__:w __le__:w __len__:w __lt__:w __mul__:w ' +
    '__ne__:w __new__:n __repr__:w __rmul__:w count:m index:m',
  list:
    '__add__:w __class_getitem__:c __contains__:w __delitem__:w __doc__:t __eq__:w __ge__:w ' +
    '__getattribute__:w@-13 __getitem__:m __gt__:w __hash__:x __iadd__:w __imul__:w __init__:w __iter__:w ' +
    '__le__:w __len__:w __lt__:w __mul__:w __ne__:w __new__:n __repr__:w __reversed__:m __rmul__:w ' +
    '__setitem__:w __sizeof__:m append:m clear:m copy:m count:m extend:m index:m insert:m pop:m remove:m ' +
    'reverse:m sort:m',
  dict:
    '__class_getitem__:c __contains__:m __delitem__:w __doc__:t __eq__:w __ge__:w __getattribute__:w@-13 ' +
    '__getitem__:m __gt__:w __hash__:x __init__:w __ior__:w __iter__:w __le__:w __len__:w __lt__:w ' +
    '__ne__:w __new__:n __or__:w __repr__:w __reversed__:m __ror__:w __setitem__:w __sizeof__:m clear:m ' +
    'copy:m fromkeys:c get:m items:m keys:m pop:m popitem:m setdefault:m update:m values:m',
  dict_keys:
    '__and__:w __contains__:w __eq__:w __ge__:w __getattribute__:w@-12 __gt__:w __hash__:x __iter__:w ' +
    '__le__:w __len__:w __lt__:w __ne__:w __or__:w __rand__:w __repr__:w __reversed__:m __ror__:w ' +
    '__rsub__:w __rxor__:w __sub__:w __xor__:w isdisjoint:m mapping:g',
  dict_values:
    '__getattribute__:w@-12 __iter__:w __len__:w __repr__:w __reversed__:m mapping:g',
  dict_items:
    '__and__:w __contains__:w __eq__:w __ge__:w __getattribute__:w@-12 __gt__:w __hash__:x __iter__:w ' +
    '__le__:w __len__:w __lt__:w __ne__:w __or__:w __rand__:w __repr__:w __reversed__:m __ror__:w ' +
    '__rsub__:w __rxor__:w __sub__:w __xor__:w isdisjoint:m mapping:g',
  set:
    '__and__:w __class_getitem__:c __contains__:m __doc__:t __eq__:w __ge__:w __getattribute__:w@-13 ' +
    '__gt__:w __hash__:x __iand__:w __init__:w __ior__:w __isub__:w __iter__:w __ixor__:w __le__:w ' +
    '__len__:w __lt__:w __ne__:w __new__:n __or__:w __rand__:w __reduce__:m __repr__:w __ror__:w ' +
    '__rsub__:w __rxor__:w __sizeof__:m __sub__:w __xor__:w add:m clear:m copy:m difference:m ' +
    'difference_update:m discard:m intersection:m intersection_update:m isdisjoint:m issubset:m ' +
    'issuperset:m pop:m remove:m symmetric_difference:m symmetric_difference_update:m union:m update:m',
  frozenset:
    '__and__:w __class_getitem__:c __contains__:m __doc__:t __eq__:w __ge__:w __getattribute__:w@-12 ' +
    '__gt__:w __hash__:w __iter__:w __le__:w __len__:w __lt__:w __ne__:w __new__:n __or__:w __rand__:w ' +
    '__reduce__:m __repr__:w __ror__:w __rsub__:w __rxor__:w __sizeof__:m __sub__:w __xor__:w copy:m ' +
    'difference:m intersection:m isdisjoint:m issubset:m issuperset:m symmetric_difference:m union:m',
  range:
    '__bool__:w __contains__:w __doc__:t __eq__:w __ge__:w __getattribute__:w@-13 __getitem__:w __gt__:w ' +
    '__hash__:w __iter__:w __le__:w __len__:w __lt__:w __ne__:w __new__:n __reduce__:m __repr__:w ' +
    '__reversed__:m count:m index:m start:d step:d stop:d',
  slice:
    '__doc__:t __eq__:w __ge__:w __getattribute__:w@-13 __gt__:w __hash__:x@-11 __hash__:w@12+ __le__:w ' +
    '__lt__:w __ne__:w __new__:n __reduce__:m __repr__:w indices:m start:d step:d stop:d',
  getset_descriptor:
    '__delete__:w __doc__:g __get__:w __getattribute__:w@-12 __name__:d __objclass__:d __qualname__:g ' +
    '__repr__:w __set__:w',
  function:
    '__annotate__:g@14 __annotations__:g __builtins__:d __call__:w __closure__:d __code__:g ' +
    '__defaults__:g __dict__:g __doc__:t __get__:w __globals__:d __kwdefaults__:g __module__:d __name__:g ' +
    '__new__:n __qualname__:g __repr__:w __type_params__:g@12+',
  builtin_function_or_method:
    '__call__:w __doc__:g __eq__:w __ge__:w __getattribute__:w@-12 __gt__:w __hash__:w __le__:w __lt__:w ' +
    '__module__:d __name__:g __ne__:w __qualname__:g __reduce__:m __repr__:w __self__:g ' +
    '__text_signature__:g',
  method_descriptor:
    '__call__:w __doc__:g __get__:w __getattribute__:w@-12 __name__:d __objclass__:d __qualname__:g ' +
    '__reduce__:m __repr__:w __text_signature__:g',
  method:
    '__call__:w __delattr__:w@-12 __doc__:t __eq__:w __func__:d __ge__:w __get__:w@10,13+ ' +
    '__getattribute__:w __gt__:w __hash__:w __le__:w __lt__:w __ne__:w __new__:n __reduce__:m __repr__:w ' +
    '__self__:d __setattr__:w@-12',
  staticmethod:
    '__annotate__:g@14 __annotations__:g@14 __call__:w __class_getitem__:c@14 __dict__:g __doc__:t ' +
    '__func__:d __get__:w __init__:w __isabstractmethod__:g __new__:n __repr__:w __wrapped__:d',
  classmethod:
    '__annotate__:g@14 __annotations__:g@14 __class_getitem__:c@14 __dict__:g __doc__:t __func__:d ' +
    '__get__:w __init__:w __isabstractmethod__:g __new__:n __repr__:w __wrapped__:d',
  property:
    '__delete__:w __doc__:t __get__:w __getattribute__:w@-13 __init__:w __isabstractmethod__:g ' +
    '__name__:g@13+ __new__:n __set__:w __set_name__:m deleter:m fdel:d fget:d fset:d getter:m setter:m',
  super:
    '__doc__:t __get__:w __getattribute__:w __init__:w __new__:n __repr__:w __self__:d __self_class__:d ' +
    '__thisclass__:d',
  cell:
    '__doc__:t __eq__:w __ge__:w __getattribute__:w@-12 __gt__:w __hash__:x __le__:w __lt__:w __ne__:w ' +
    '__new__:n __repr__:w cell_contents:g',
  code:
    '__doc__:t __eq__:w __ge__:w __getattribute__:w@-12 __gt__:w __hash__:w __le__:w __lt__:w __ne__:w ' +
    '__new__:n __replace__:m@13+ __repr__:w __sizeof__:m _co_code_adaptive:g@11+ ' +
    '_varname_from_oparg:m@11+ co_argcount:d co_branches:m@14 co_cellvars:d@10 co_cellvars:g@11+ ' +
    'co_code:d@10 co_code:g@11+ co_consts:d co_exceptiontable:d@11+ co_filename:d co_firstlineno:d ' +
    'co_flags:d co_freevars:d@10 co_freevars:g@11+ co_kwonlyargcount:d co_lines:m co_linetable:d ' +
    'co_lnotab:g co_name:d co_names:d co_nlocals:d co_positions:m@11+ co_posonlyargcount:d ' +
    'co_qualname:d@11+ co_stacksize:d co_varnames:d@10 co_varnames:g@11+ replace:m',
  module:
    '__annotate__:g@14 __annotations__:g __delattr__:w@-12 __dict__:d __dir__:m __doc__:t ' +
    '__getattribute__:w __init__:w __new__:n __repr__:w __setattr__:w@-12',
  generator:
    '__class_getitem__:c@13+ __del__:w __getattribute__:w@-12 __iter__:w __name__:g __next__:w ' +
    '__qualname__:g __repr__:w __sizeof__:m@11+ close:m gi_code:d@-11 gi_code:g@12+ gi_frame:d@10 ' +
    'gi_frame:g@11+ gi_running:g gi_suspended:g@11+ gi_yieldfrom:g send:m throw:m',
  frame:
    '__delattr__:w@-12 __getattribute__:w@-12 __repr__:w __setattr__:w@-12 __sizeof__:m clear:m ' +
    'f_back:d@10 f_back:g@11+ f_builtins:d@10 f_builtins:g@11+ f_code:d@10 f_code:g@11+ f_generator:g@14 ' +
    'f_globals:d@10 f_globals:g@11+ f_lasti:g f_lineno:g f_locals:g f_trace:g f_trace_lines:d ' +
    'f_trace_opcodes:d@-11 f_trace_opcodes:g@12+',
  traceback:
    '__dir__:m __doc__:t __getattribute__:w@-12 __new__:n tb_frame:d tb_lasti:d tb_lineno:d@10 ' +
    'tb_lineno:g@11+ tb_next:g',
  list_iterator:
    '__getattribute__:w@-12 __iter__:w __length_hint__:m __next__:w __reduce__:m __setstate__:m',
  list_reverseiterator:
    '__getattribute__:w@-12 __iter__:w __length_hint__:m __next__:w __reduce__:m __setstate__:m',
  tuple_iterator:
    '__getattribute__:w@-12 __iter__:w __length_hint__:m __next__:w __reduce__:m __setstate__:m',
  range_iterator:
    '__getattribute__:w@-12 __iter__:w __length_hint__:m __next__:w __reduce__:m __setstate__:m',
  str_iterator:
    '__getattribute__:w@-12 __iter__:w __length_hint__:m __next__:w __reduce__:m __setstate__:m',
  bytes_iterator:
    '__getattribute__:w@-12 __iter__:w __length_hint__:m __next__:w __reduce__:m __setstate__:m',
  dict_keyiterator:
    '__getattribute__:w@-12 __iter__:w __length_hint__:m __next__:w __reduce__:m',
  dict_valueiterator:
    '__getattribute__:w@-12 __iter__:w __length_hint__:m __next__:w __reduce__:m',
  dict_itemiterator:
    '__getattribute__:w@-12 __iter__:w __length_hint__:m __next__:w __reduce__:m',
  set_iterator:
    '__getattribute__:w@-12 __iter__:w __length_hint__:m __next__:w __reduce__:m',
  enumerate:
    '__class_getitem__:c __doc__:t __getattribute__:w@-13 __iter__:w __new__:n __next__:w __reduce__:m',
  zip:
    '__doc__:t __getattribute__:w@-13 __iter__:w __new__:n __next__:w __reduce__:m __setstate__:m',
  reversed:
    '__doc__:t __getattribute__:w@-13 __iter__:w __length_hint__:m __new__:n __next__:w __reduce__:m ' +
    '__setstate__:m',
  map:
    '__doc__:t __getattribute__:w@-13 __iter__:w __new__:n __next__:w __reduce__:m __setstate__:m@14',
  filter:
    '__doc__:t __getattribute__:w@-13 __iter__:w __new__:n __next__:w __reduce__:m',
  callable_iterator:
    '__getattribute__:w@-12 __iter__:w __next__:w __reduce__:m',
  wrapper_descriptor:
    '__call__:w __doc__:g __get__:w __getattribute__:w@-12 __name__:d __objclass__:d __qualname__:g ' +
    '__reduce__:m __repr__:w __text_signature__:g',
  member_descriptor:
    '__delete__:w __doc__:g __get__:w __getattribute__:w@-12 __name__:d __objclass__:d __qualname__:g ' +
    '__reduce__:m __repr__:w __set__:w',
  method_wrapper:
    '__call__:w __doc__:g __eq__:w __ge__:w __getattribute__:w@-12 __gt__:w __hash__:w __le__:w __lt__:w ' +
    '__name__:g __ne__:w __objclass__:g __qualname__:g __reduce__:m __repr__:w __self__:d ' +
    '__text_signature__:g',
  weakref:
    '__call__:w __callback__:d __class_getitem__:c __eq__:w __ge__:w __gt__:w __hash__:w __init__:w ' +
    '__le__:w __lt__:w __ne__:w __new__:n __repr__:w',
  BaseException:
    '__cause__:g __context__:g __delattr__:w@-12 __dict__:g __doc__:t __getattribute__:w@-13 __init__:w ' +
    '__new__:n __reduce__:m __repr__:w __setattr__:w@-12 __setstate__:m __str__:w __suppress_context__:d ' +
    '__traceback__:g add_note:m@11+ args:g with_traceback:m',
  Exception:
    '__doc__:t __init__:w@-13 __new__:n',
  ArithmeticError:
    '__doc__:t __init__:w@-13 __new__:n',
  ZeroDivisionError:
    '__doc__:t __init__:w@-13 __new__:n',
  OverflowError:
    '__doc__:t __init__:w@-13 __new__:n',
  LookupError:
    '__doc__:t __init__:w@-13 __new__:n',
  KeyError:
    '__doc__:t __init__:w@-13 __str__:w',
  IndexError:
    '__doc__:t __init__:w@-13 __new__:n',
  ValueError:
    '__doc__:t __init__:w@-13 __new__:n',
  TypeError:
    '__doc__:t __init__:w@-13 __new__:n',
  NameError:
    '__doc__:t __init__:w __str__:w@-13 name:d',
  UnboundLocalError:
    '__doc__:t __init__:w@-13',
  AttributeError:
    '__doc__:t __getstate__:m@12+ __init__:w __reduce__:m@12+ __str__:w@-13 name:d obj:d',
  RuntimeError:
    '__doc__:t __init__:w@-13 __new__:n',
  RecursionError:
    '__doc__:t __init__:w@-13 __new__:n',
  NotImplementedError:
    '__doc__:t __init__:w@-13 __new__:n',
  StopIteration:
    '__doc__:t __init__:w value:d',
  AssertionError:
    '__doc__:t __init__:w@-13 __new__:n',
  ImportError:
    '__doc__:t __init__:w __reduce__:m __str__:w msg:d name:d name_from:d@12+ path:d',
  UnicodeError:
    '__doc__:t __init__:w@-13 __new__:n',
  UnicodeDecodeError:
    '__doc__:t __init__:w __new__:n __str__:w encoding:d end:d object:d reason:d start:d',
  UnicodeEncodeError:
    '__doc__:t __init__:w __new__:n __str__:w encoding:d end:d object:d reason:d start:d',
  ReferenceError:
    '__doc__:t __init__:w@-13 __new__:n',
  MemoryError:
    '__doc__:t __init__:w@-13 __new__:n',
  KeyboardInterrupt:
    '__doc__:t __init__:w@-13 __new__:n',
  SystemExit:
    '__doc__:t __init__:w code:d',
  GeneratorExit:
    '__doc__:t __init__:w@-13 __new__:n',
  mappingproxy:
    '__class_getitem__:c __contains__:w __doc__:t@13+ __eq__:w __ge__:w __getattribute__:w@-12 __getitem__:w ' +
    '__gt__:w __hash__:x@-11 __hash__:w@12+ __ior__:w __iter__:w __le__:w __len__:w __lt__:w __ne__:w __new__:n ' +
    '__or__:w __repr__:w __reversed__:m __ror__:w __str__:w copy:m get:m items:m keys:m values:m',
  FrameLocalsProxy:
    '__contains__:m@13+ __delitem__:w@13+ __eq__:w@13+ __ge__:w@13+ __getitem__:m@13+ __gt__:w@13+ ' +
    '__hash__:x@13+ __ior__:w@13+ __iter__:w@13+ __le__:w@13+ __len__:w@13+ __lt__:w@13+ __ne__:w@13+ ' +
    '__new__:n@13+ __or__:w@13+ __repr__:w@13+ __reversed__:m@13+ __ror__:w@13+ __setitem__:w@13+ ' +
    'copy:m@13+ get:m@13+ items:m@13+ keys:m@13+ pop:m@14 setdefault:m@13+ update:m@13+ values:m@13+',
};
