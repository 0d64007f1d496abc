# Exceptions while working on objects: what a handler keeps, what it drops.
import sys
def parse(values):
    out = []
    for v in values:
        try:
            out.append(int(v))
        except ValueError as e:
            out.append(None)
            msg = str(e)
    return out, msg
res, msg = parse(["1", "x", "3"])
print(res, msg)
data = [1, 2, 3]
print(sys.getrefcount(data))
try:
    data[5]
except IndexError as err:
    print(type(err).__name__, err, sys.getrefcount(data))
d = {"a": 1}
try:
    d["b"]
except KeyError as err:
    print(repr(err), err.args)
print(sys.getrefcount(data), sys.getrefcount(d))
