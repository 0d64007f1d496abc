import sys
items = []
sizes = [sys.getsizeof(items)]
for i in range(20):
    items.append(i)
    sizes.append(sys.getsizeof(items))
print(sizes)
other = []
other.extend(range(10))
print(sys.getsizeof(other))
other.insert(0, -1)
print(sys.getsizeof(other))
print(sys.getsizeof([0] * 10), sys.getsizeof(list(range(10))), sys.getsizeof([i for i in range(10)]))
