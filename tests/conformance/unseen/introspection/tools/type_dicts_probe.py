# Prints, as JSON keyed by "3.N", what T.__dict__ holds (name -> type name of the value) for the
# built-in types the simulator has (keys of lib/sim/objects/types.ts BuiltinTypes), and T.__doc__.
# Run it on each interpreter (see ../README.md); type_dicts_emit.py turns the outputs into the table.
import sys, json, weakref, builtins
def f(): pass
class C:
    def m(self): pass
def outer():
    x = 1
    def inner(): return x
    return inner
cell = outer().__closure__[0]
try: raise ValueError
except ValueError as e: tb = e.__traceback__
def fl(): return type(sys._getframe().f_locals)
T = {
 'object': object, 'type': type, 'int': int, 'bool': bool, 'NoneType': type(None), 'NotImplementedType': type(NotImplemented),
 'ellipsis': type(...), 'float': float, 'str': str, 'bytes': bytes, 'tuple': tuple, 'list': list, 'dict': dict,
 'dict_keys': type({}.keys()), 'dict_values': type({}.values()), 'dict_items': type({}.items()), 'set': set, 'frozenset': frozenset,
 'range': range, 'slice': slice, 'getset_descriptor': type(int.__dict__['real']), 'function': type(f),
 'builtin_function_or_method': type(len), 'method_descriptor': type(list.append), 'method': type(C().m),
 'staticmethod': staticmethod, 'classmethod': classmethod, 'property': property, 'super': super, 'cell': type(cell),
 'code': type(f.__code__), 'module': type(sys), 'generator': type(x for x in []), 'frame': type(sys._getframe()),
 'traceback': type(tb), 'list_iterator': type(iter([])), 'list_reverseiterator': type(reversed([])),
 'tuple_iterator': type(iter(())), 'range_iterator': type(iter(range(1))), 'str_iterator': type(iter('é')),
 'bytes_iterator': type(iter(b'')), 'dict_keyiterator': type(iter({})), 'dict_valueiterator': type(iter({}.values())),
 'dict_itemiterator': type(iter({}.items())), 'set_iterator': type(iter(set())), 'enumerate': enumerate, 'zip': zip,
 'reversed': reversed, 'map': map, 'filter': filter, 'callable_iterator': type(iter(f, None)),
 'wrapper_descriptor': type(object.__init__), 'member_descriptor': type(range.__dict__['start']), 'method_wrapper': type(object().__init__), 'weakref': weakref.ref,
}
if sys.version_info >= (3, 13): T['FrameLocalsProxy'] = fl()
for n in ('BaseException Exception ArithmeticError ZeroDivisionError OverflowError LookupError KeyError IndexError ValueError '
          'TypeError NameError UnboundLocalError AttributeError RuntimeError RecursionError NotImplementedError StopIteration '
          'AssertionError ImportError UnicodeError UnicodeDecodeError UnicodeEncodeError ReferenceError MemoryError '
          'KeyboardInterrupt SystemExit GeneratorExit').split():
    T[n] = getattr(builtins, n)
out = {}
# classes written in Python (Lib/weakref.py): only their docstring
for k, t in {'weakref_finalize': weakref.finalize, 'WeakValueDictionary': weakref.WeakValueDictionary,
             'WeakKeyDictionary': weakref.WeakKeyDictionary}.items():
    out[k] = {'__doc__': 'str' if isinstance(t.__doc__, str) else 'none'}
for k, t in T.items():
    d = {}
    for name, v in t.__dict__.items():
        if name == '__doc__': continue
        d[name] = type(v).__name__
    doc = t.__doc__
    d['__doc__'] = 'str' if isinstance(doc, str) else ('none' if doc is None else type(doc).__name__)
    out[k] = d
print(json.dumps({'%d.%d' % sys.version_info[:2]: out}))
