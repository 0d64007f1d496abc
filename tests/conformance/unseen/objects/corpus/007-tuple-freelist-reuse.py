def pair(a, b):
    return (a, b)
t = pair(1, 2)
first = id(t)
del t
u = pair(3, 4)
print(id(u) == first)
v = pair(5, 6)
print(id(v) == first)
del u
w = pair(7, 8)
print(id(w) == first)
triple = (v[0], v[1], 9)
tid = id(triple)
del triple
again = (w[0], w[1], 10)
print(id(again) == tid)
