# dir() of the built-in types the subset runs: every name CPython's type dicts hold, per version.
import sys
import weakref


def f():
    pass


class C:
    def m(self):
        pass


def outer():
    x = 1

    def inner():
        return x
    return inner


cell = outer().__closure__[0]
types = [int, bool, float, str, bytes, list, tuple, dict, set, frozenset, object, type, type(None),
         range, slice, type(f), type(C().m), type(sys), type(cell), weakref.ref, type(NotImplemented),
         type(...), staticmethod, classmethod, property, super, type(len), type(list.append),
         type(object.__init__), type(object().__init__)]
for t in types:
    names = dir(t)
    print(t.__name__, len(names))
    print(' '.join(names))
