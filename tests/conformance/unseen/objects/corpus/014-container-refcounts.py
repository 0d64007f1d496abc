import sys
class Box:
    pass
b = Box()
print(sys.getrefcount(b))
l = [b, b]
print(sys.getrefcount(b))
t = (b,)
print(sys.getrefcount(b))
d = {'k': b, b: 1}
print(sys.getrefcount(b))
s = {b}
print(sys.getrefcount(b))
del l
print(sys.getrefcount(b))
d.pop('k')
print(sys.getrefcount(b))
s.clear()
t = None
print(sys.getrefcount(b))
