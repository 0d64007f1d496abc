# Iterators from zip and enumerate hold their sources until they are exhausted and dropped.
import sys
xs = [10, 20, 30]
ys = ["a", "b", "c"]
base = sys.getrefcount(xs)
z = zip(xs, ys)
print(sys.getrefcount(xs) - base)
pairs = list(z)
print(pairs, sys.getrefcount(xs) - base)
del z
print(sys.getrefcount(xs) - base)
e = enumerate(ys, 1)
print(next(e), sys.getrefcount(ys) - sys.getrefcount(xs))
for i, v in e:
    print(i, v)
total = sum(x * i for i, x in enumerate(xs))
print(total, dict(zip(ys, xs)))
