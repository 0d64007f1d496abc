import sys
class Item:
    pass
it = Item()
l = [it] * 5
print(sys.getrefcount(it))
l2 = l[1:3]
print(sys.getrefcount(it))
l.extend(l2)
print(sys.getrefcount(it))
del l[0:4]
print(sys.getrefcount(it))
l.reverse()
l2.clear()
print(sys.getrefcount(it))
c = l.copy()
print(sys.getrefcount(it), len(c))
