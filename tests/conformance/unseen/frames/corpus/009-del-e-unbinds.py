import sys

try:
    raise ValueError("v")
except ValueError as e:
    alias = e
    print("in handler:", sys.getrefcount(alias))
print("after handler:", sys.getrefcount(alias))
try:
    print(e)
except NameError as n:
    print("NameError:", n)
e = "rebound"
try:
    raise KeyError(1)
except KeyError as e:
    pass
print("e" in globals())
