def f():
    return (1, 2)
def g():
    return (1, 2)
print(f() is g())
x = (1, 2)
print(x is f())
y = tuple([1, 2])
print(y is x, y == x)
z = (1, [2])
w = (1, [2])
print(z is w)
nested = ((1, 2), (1, 2))
print(nested[0] is nested[1])
