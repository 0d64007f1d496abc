def make():
    return [0]

def other(a, b):
    c = a + b
    return [c]

ids = []
for i in range(4):
    ids.append(id(make()))
print(len(set(ids)))
x = id(other(1, 2))
y = id(make())
print(x == y)
keep = make()
z = id(other(3, 4))
print(z == id(keep))
