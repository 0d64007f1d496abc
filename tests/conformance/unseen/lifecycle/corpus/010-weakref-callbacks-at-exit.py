# Weak reference callbacks fire when their referents die at shutdown (the weakrefs are in globals).
import weakref
class A:
    def __init__(self, n): self.n = n
def gone(name):
    return lambda ref: print('gone', name)
x = A('x')
y = A('y')
rx = weakref.ref(x, gone('x'))
ry = weakref.ref(y, gone('y'))
z = A('z'); z.me = z
rz = weakref.ref(z, gone('z'))
del z
print('end')
