import gc

def r(n):
    if n:
        r(n - 1)

def f():
    return None

gc.disable()
gc.get_count()
a = gc.get_count()[0]
r(9)
b = gc.get_count()[0]
r(9)
c = gc.get_count()[0]
f()
d = gc.get_count()[0]
print("first deep recursion:", b - a)
print("second deep recursion:", c - b)
print("a new function's first call:", d - c)
gc.enable()
