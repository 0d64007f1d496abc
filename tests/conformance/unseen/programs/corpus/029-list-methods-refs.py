# list methods move references around; pop returns the one the list held.
import sys
item = [0]
base = sys.getrefcount(item)
lst = []
lst.append(item)
lst.insert(0, item)
lst.extend([item, item])
print(sys.getrefcount(item) - base, lst.count(item), lst.index(item))
got = lst.pop()
print(got is item, sys.getrefcount(item) - base)
del got
lst.remove(item)
print(sys.getrefcount(item) - base, len(lst))
lst.reverse()
c = lst.copy()
print(sys.getrefcount(item) - base)
lst.clear()
c *= 2
print(sys.getrefcount(item) - base, len(c))
