import sys
s = set()
sizes = [sys.getsizeof(s)]
for i in range(40):
    s.add(i)
    sizes.append(sys.getsizeof(s))
print(sizes)
for i in range(35):
    s.discard(i)
print(len(s), sys.getsizeof(s))
print(sys.getsizeof(frozenset()), sys.getsizeof(frozenset(range(5))), sys.getsizeof(set(range(5))))
