# __doc__: which built-in objects have a docstring (a str) and which have None, per version.
import sys
import weakref


def f():
    pass


def g():
    """A docstring."""


class C:
    def m(self):
        pass


class D:
    """Documented."""


def kind(o):
    return type(o).__name__


things = [int, bool, float, str, bytes, list, tuple, dict, set, frozenset, object, type, type(None),
          type(NotImplemented), type(...), range, slice, type(f), type(C().m), type(sys), weakref.ref,
          BaseException, ValueError, KeyError, StopIteration, type(iter([])), type(iter({})),
          type({}.keys()), enumerate, zip, reversed, map, filter, staticmethod, classmethod, property, super]
for t in things:
    print(t.__name__, kind(t.__doc__))
print('instances', kind((1).__doc__), kind(None.__doc__), kind([].__doc__), kind(iter([]).__doc__))
print('functions', kind(len.__doc__), kind(print.__doc__), kind(sys.getrefcount.__doc__))
print('methods', kind(list.append.__doc__), kind([].append.__doc__), kind(dict.fromkeys.__doc__))
print('slots', kind(list.__len__.__doc__), kind([].__len__.__doc__), kind(object.__init__.__doc__))
print('getsets', kind(type(len).__doc__), kind(type(list.append).__doc__), kind(type([].__len__).__doc__))
print('python', f.__doc__, g.__doc__, C.__doc__, D.__doc__, C().m.__doc__, C.m.__doc__, kind(C().__doc__))
print('fresh', list.__doc__ is list.__doc__, len.__doc__ is len.__doc__, g.__doc__ is g.__doc__)
print('main', __doc__)
