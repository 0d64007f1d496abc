import sys

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise KeyError(s) from e

try:
    parse("x")
except KeyError as k:
    print(type(k.__cause__).__name__, k.__suppress_context__)
    print(k.__context__ is k.__cause__)
    cause = k.__cause__
    print("cause refcount:", sys.getrefcount(cause))
print("cause after handler:", sys.getrefcount(cause))

try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b") from None
except TypeError as t:
    print(t.__cause__, t.__suppress_context__, type(t.__context__).__name__)
