import sys

arg = ["payload"]
print("start:", sys.getrefcount(arg))
err = ValueError(arg, 2)
print("in exception args:", sys.getrefcount(arg))
try:
    raise err
except ValueError as e:
    print("raised:", sys.getrefcount(arg), sys.getrefcount(err))
print("after:", sys.getrefcount(err))
del err
print("end:", sys.getrefcount(arg))
