i = int('123456')
a = id(i)
del i
f = float('1.5')
print(id(f) == a)
g = float('2.5')
b = id(g)
del g
j = int('654321')
print(id(j) == b)
h = float('3.5')
print(id(h) == b)
keep = [float(str(n) + '.5') for n in range(8)]
k = int('777777')
c = id(k)
del k
x = float('9.5')
print(id(x) == c)
