# Looking up descriptors of built-in types changes no reference count and no GC count a program sees.
import gc
import sys

gc.disable()
rc = [sys.getrefcount(t) for t in (int, range, list, BaseException)]
before = gc.get_count()[0]
a = int.real
b = range.start
c = list.__len__
d = BaseException.args
e = type(len).__doc__
after = gc.get_count()[0]
print('data and slot descriptors', after - before)
before = gc.get_count()[0]
m = float.__floor__
n = list.append
after = gc.get_count()[0]
print('method descriptors', after - before)
print(sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(c), sys.getrefcount(d))
print([sys.getrefcount(t) for t in (int, range, list, BaseException)] == rc)
del a, b, c, d, e, m, n
print([sys.getrefcount(t) for t in (int, range, list, BaseException)] == rc)
x = int.real
y = int.real
print(x is y, gc.is_tracked(x))
gc.enable()
