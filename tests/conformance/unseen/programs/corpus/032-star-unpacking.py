# Star unpacking builds a new list of the same objects.
import sys
big = 10 ** 6
t = (big, 2, 3, 4)
first, *rest = t
print(first is big, rest, type(rest).__name__)
*init, last = t
print(init, last)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
print(sys.getrefcount(big) - sys.getrefcount(t[1]) > 0)
def f(*args, **kw):
    return len(args), sorted(kw)
print(f(*rest, *init, x=1, **{"y": 2}))
