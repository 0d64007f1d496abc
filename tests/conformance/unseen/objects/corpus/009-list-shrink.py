import sys
items = list(range(30))
sizes = []
while items:
    items.pop()
    sizes.append(sys.getsizeof(items))
print(sizes)
again = list(range(12))
del again[2:10]
print(len(again), sys.getsizeof(again))
again.clear()
print(sys.getsizeof(again))
again.append(1)
print(sys.getsizeof(again))
