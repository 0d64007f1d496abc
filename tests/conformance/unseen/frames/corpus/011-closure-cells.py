import sys

data = [0]

def make():
    held = data
    def read():
        return held
    return read

print("start:", sys.getrefcount(data))
r1 = make()
print("one closure:", sys.getrefcount(data))
r2 = make()
print("two closures:", sys.getrefcount(data))
print(r1.__closure__[0].cell_contents is data)
del r1
print("one dropped:", sys.getrefcount(data))
del r2
print("both dropped:", sys.getrefcount(data))

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
c(); c()
print(c(), type(c.__closure__[0]).__name__)
