import sys

def f():
    a = [1]
    first = locals()
    second = locals()
    print("same dict:", first is second)
    print("refcount of a:", sys.getrefcount(a))
    b = 2
    print(sorted(locals()))
    print(sorted(first))

f()
print(locals() is globals())
