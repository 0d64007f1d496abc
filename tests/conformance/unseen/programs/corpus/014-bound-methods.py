# A bound method holds its instance; calling through it leaves no trace.
import sys
class Greeter:
    greeting = "hi"
    def greet(self, name):
        return f"{self.greeting} {name}"
g = Greeter()
base = sys.getrefcount(g)
m = g.greet
print(sys.getrefcount(g) - base, m.__self__ is g, m() if False else m("ann"))
m2 = g.greet
print(m is m2, m == m2, sys.getrefcount(g) - base)
del m, m2
print(sys.getrefcount(g) - base)
calls = [g.greet for _ in range(3)]
print(sys.getrefcount(g) - base, [c("bo") for c in calls][0])
calls = None
print(sys.getrefcount(g) - base, sys.getrefcount(Greeter.greet) >= 2)
