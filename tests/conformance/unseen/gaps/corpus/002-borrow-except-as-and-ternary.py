# `except ... as e` bodies, code after them, and values chosen by a conditional expression.
import sys

class Boom(Exception):
    pass

def read_name(x):
    try:
        raise Boom(x)
    except Boom as e:
        r = sys.getrefcount(e)
        held = e
    return r, sys.getrefcount(held)

def after_named_handler(x):
    try:
        y = len(x)
    except TypeError as e:
        print("no len", type(e).__name__)
        y = 0
    return y, sys.getrefcount(x)

def pick(a, b, c):
    return sys.getrefcount(a if c else b)

def pick_and_add(a, b, c):
    t = (a if c else b)
    return sys.getrefcount(t)

def loop_else(xs, probe):
    for v in xs:
        if v is probe:
            break
    else:
        return -1
    return sys.getrefcount(probe)

p = object()
print(read_name("x"))
print(after_named_handler([1]))
print(after_named_handler(object()))
print(pick(p, None, True), pick(None, p, False))
print(pick_and_add(p, None, True))
print(loop_else([1, p], p), loop_else([1], p))
