# A failed lookup raises KeyError(key): the exception holds the key until it goes, no longer.
import sys
k = "".join(["b"] * 40)
base = sys.getrefcount(k)
d = {"a": 1}
try:
    d[k]
except KeyError as err:
    print(sys.getrefcount(k) - base, err.args[0] is k)
print(sys.getrefcount(k) - base)
for attempt in range(3):
    try:
        d.pop(k)
    except KeyError:
        pass
s = {1}
try:
    s.remove(k)
except KeyError:
    pass
print(sys.getrefcount(k) - base)
m = {}
try:
    m[k]
except KeyError as e:
    saved = e
print(sys.getrefcount(k) - base)
del saved
print(sys.getrefcount(k) - base)
