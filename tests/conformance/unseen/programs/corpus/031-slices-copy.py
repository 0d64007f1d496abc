# Slicing copies the list, not its items; del of a slice releases them.
import sys
item = [1]
base = sys.getrefcount(item)
xs = [item, item, 2, 3]
ys = xs[:]
zs = xs[1:3]
print(ys is xs, ys[0] is item, sys.getrefcount(item) - base)
del xs[0:2]
print(xs, sys.getrefcount(item) - base)
ys[:] = []
print(sys.getrefcount(item) - base, zs)
rev = zs[::-1]
print(rev, sys.getrefcount(item) - base)
