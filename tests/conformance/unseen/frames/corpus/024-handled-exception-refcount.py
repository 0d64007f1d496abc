import sys

def f():
    try:
        raise ValueError("x")
    except ValueError as e:
        return sys.getrefcount(e)

print(f())
try:
    raise ValueError("y")
except ValueError as e:
    print(sys.getrefcount(e))
    inner = e
    print(sys.getrefcount(e))
print(sys.getrefcount(inner))
