# Operator slots of built-in types seen as dunder attributes: slot wrappers and method-wrappers.
import sys, gc

print(hasattr(list, '__iadd__'), hasattr(int, '__add__'), hasattr(dict, '__getitem__'), hasattr(str, '__iadd__'))
print(hasattr(tuple, '__iadd__'), hasattr(set, '__ior__'), hasattr(frozenset, '__ior__'), hasattr(float, '__and__'))
print(list.__iadd__, int.__add__, str.__len__, range.__contains__)
print(type(list.__iadd__).__name__, type(dict.__getitem__).__name__, type(list.__getitem__).__name__, type(dict.__contains__).__name__)
print(type(object.__eq__).__name__, type(object.__init__).__name__, type(object.__repr__).__name__, type(object.__sizeof__).__name__)
print(list.__iadd__.__name__, list.__iadd__.__objclass__, int.__rshift__, float.__rtruediv__)

names = ['__add__', '__radd__', '__iadd__', '__mul__', '__rmul__', '__imul__', '__len__', '__iter__', '__next__',
         '__contains__', '__setitem__', '__delitem__', '__or__', '__ror__', '__ior__', '__and__', '__sub__',
         '__xor__', '__neg__', '__invert__', '__bool__', '__mod__', '__rshift__', '__call__', '__hash__']
for t in (int, bool, float, str, bytes, list, tuple, dict, set, frozenset, range, type(None), type(iter([]))):
    print(t.__name__, [n for n in names if hasattr(t, n)])

l = [1]
before = sys.getrefcount(l)
m = l.__iadd__
print(type(m).__name__, sys.getrefcount(l) - before, gc.is_tracked(m), m.__self__ is l, m.__name__)
print(repr(m).split(' at ')[0])
print(m([2]) is l, l, list.__iadd__(l, (3,)) is l, l)
del m
print(sys.getrefcount(l) - before)
w1 = l.__len__
w2 = l.__len__
print(w1 is w2, w1 == w2, w1(), l.__len__() == len(l))
del w1, w2

print((5).__add__(3), (5).__radd__(3), (5).__add__(1.5), int.__add__(2, 3), (7).__rsub__(10), (6).__rshift__(1))
print([1].__add__([2]), [3].__mul__(2), [3].__rmul__(2), (1, 2).__add__((3,)), 'ab'.__mul__(2))
print((2.5).__neg__(), (5).__invert__(), (0).__bool__(), (3).__index__(), (7).__divmod__(2), (7).__rdivmod__(30))
print({1: 2}.__getitem__(1), {1}.__contains__(1), [1, 2].__len__(), range(5).__contains__(3), 'abc'.__contains__('b'))
print({1}.__or__({2}), {1}.__ror__({2}), {1}.__or__(3), {1: 1}.__or__({2: 2}), (1).__eq__('x'), 'a'.__lt__('b'))
s = {1, 2}
print(s.__isub__({1}) is s, s)
d = {}
d.__setitem__('k', [5])
print(d, d.__len__())
d.__delitem__('k')
print(d)
it = iter([7, 8])
print(it.__next__(), next(it))
try:
    it.__next__()
except StopIteration:
    print('stop')
try:
    [].__add__(1)
except TypeError as e:
    print(e)
try:
    list.__iadd__((), [1])
except TypeError as e:
    print(e)
print(len.__call__([1, 2, 3]), type(len.__call__).__name__)

class L(list):
    pass
x = L([1])
x.__iadd__([2])
print(x, L.__iadd__, hasattr(L, '__len__'))
