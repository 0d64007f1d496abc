# __slots__ instances have no __dict__; sizes and weakref support differ.
import sys, weakref
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class S:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
s = S(1, 2)
print(hasattr(p, "__dict__"), hasattr(s, "__dict__"))
print(sys.getsizeof(s), sys.getsizeof(p) >= sys.getsizeof(s))
try:
    weakref.ref(s)
except TypeError as e:
    print("TypeError", e)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError", e)
r = weakref.ref(p)
print(r() is p)
