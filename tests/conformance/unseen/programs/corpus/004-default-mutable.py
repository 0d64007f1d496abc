# The mutable default argument is one list, held by the function's __defaults__.
import sys
def add(item, bucket=[]):
    bucket.append(item)
    return bucket
a = add(1)
b = add(2)
print(a, a is b, add.__defaults__[0] is a)
print(sys.getrefcount(a))
del a, b
print(sys.getrefcount(add.__defaults__[0]), add.__defaults__)
def add2(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(add2(1), add2(2), add2.__defaults__)
