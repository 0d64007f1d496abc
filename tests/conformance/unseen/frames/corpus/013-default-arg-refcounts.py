import sys

shared = []

def f(x=shared):
    return sys.getrefcount(x)

print("module:", sys.getrefcount(shared))
print("in call:", f())
print("explicit:", f(shared))

def g(a, b=[]):
    b.append(a)
    return b

g(1)
print(g(2), len(g.__defaults__[0]))
print("defaults refcount:", sys.getrefcount(g.__defaults__[0]))
