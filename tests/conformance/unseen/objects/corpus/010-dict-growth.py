import sys
d = {}
sizes = [sys.getsizeof(d)]
for i in range(20):
    d[i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
for i in range(15):
    del d[i]
print(len(d), sys.getsizeof(d))
d.clear()
print(sys.getsizeof(d))
s = {}
for i in range(6):
    s['k' + str(i)] = i
    print(sys.getsizeof(s))
