# A dict of lists, setdefault and pop; who holds each list.
import sys
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
zero = groups[0]
print(sys.getrefcount(zero))
popped = groups.pop(0)
print(popped is zero, sys.getrefcount(zero), len(groups))
copy_ = dict(groups)
print(sys.getrefcount(groups[1]), copy_[1] is groups[1])
groups.clear()
print(sys.getrefcount(copy_[1]), sys.getsizeof(groups) <= sys.getsizeof(copy_))
