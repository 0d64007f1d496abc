# Recursive calls: each frame holds its own locals until it returns.
import sys
depth_seen = []
def fact(n, acc):
    if n <= 1:
        depth_seen.append(sys.getrefcount(acc))
        return acc
    return fact(n - 1, acc * n)
print(fact(20, 1))
print(depth_seen)
def build(n):
    if n == 0:
        return []
    inner = build(n - 1)
    inner.append(n)
    return inner
print(build(5), sys.getrecursionlimit() >= 1000)
