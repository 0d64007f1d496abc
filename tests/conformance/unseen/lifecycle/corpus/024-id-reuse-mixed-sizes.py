# A freed object's block goes to the next object of a fitting size, not of the same type.
a = [1, 2, 3]; ia = id(a)
b = (1.5, 2.5); ib = id(b)
del a, b
x = (7, 8, 9, 10, 11)
y = [4]
z = {'q': 1}
print('tuple5 in list block:', id(x) == ia, 'tuple5 in tuple2 block:', id(x) == ib)
print('list in list block:', id(y) == ia, 'list in tuple2 block:', id(y) == ib)
print('dict in either:', id(z) in (ia, ib))
