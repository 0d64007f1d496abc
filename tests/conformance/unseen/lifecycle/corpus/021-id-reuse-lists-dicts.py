# Which freed block a new list or dict reuses: id equality after frees, in different orders.
a = [1, 2]; ia = id(a); del a
b = [3]; print('list reuses list:', id(b) == ia)
d = {'k': 1}; idd = id(d); del d
e = {}; print('dict reuses dict:', id(e) == idd)
x = [0]; y = [0]; ix, iy = id(x), id(y)
del x, y
p = []; q = []
print('lifo:', id(p) == iy, id(q) == ix)
m = {'a': 1}; im = id(m); del m
n = [1, 2, 3]; print('list into dict block:', id(n) == im)
