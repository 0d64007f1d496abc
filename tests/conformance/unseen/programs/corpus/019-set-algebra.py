# Set operations make new sets of the same element objects.
import sys
a = {1, 2, 3, 300}
b = {3, 300, 400}
big = 300
inter = a & b
union = a | b
print(sorted(inter), sorted(union), sorted(a - b), sorted(a ^ b))
print(sys.getsizeof(set()), sys.getsizeof(a) == sys.getsizeof(b))
fs = frozenset(inter)
print(fs == inter, hash(fs) == hash(frozenset({3, 300})), type(fs).__name__)
a.discard(300)
b.discard(300)
print(300 in union, sorted(fs))
