def make(x):
    return x * 2.0
a = make(1.5)
ida = id(a)
del a
b = make(2.5)
print(id(b) == ida)
c = make(3.5)
print(id(c) == ida)
del b, c
d = make(4.5)
e = make(5.5)
print(id(d) == ida or id(e) == ida)
print(id(make(1.0)) == id(make(2.0)))
