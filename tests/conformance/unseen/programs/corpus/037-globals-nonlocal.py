# global and nonlocal rebind names in other namespaces.
import sys
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def outer():
    x = []
    def inner():
        nonlocal x
        x = x + [len(x)]
        return x
    inner()
    inner()
    return x
print(outer())
big = [0] * 3
def show():
    return sys.getrefcount(big)
print(show() == sys.getrefcount(big))
