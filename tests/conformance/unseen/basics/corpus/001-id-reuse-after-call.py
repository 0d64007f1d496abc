import sys

def make():
    return [1, 2]

a = id(make())
b = id(make())
print("same address reused:", a == b)
x = make()
print("refcount of a fresh list bound once:", sys.getrefcount(x))
del x
print("done")
