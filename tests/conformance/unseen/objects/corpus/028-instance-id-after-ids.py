class Thing:
    pass
print(id(Thing()) == id(Thing()))
t = Thing()
print(id(Thing()) == id(Thing()))
t.x = 1
print(id(Thing()) == id(Thing()))
a = id(Thing())
b = id(Thing())
print(a == b)
print(id(Thing()) == id(Thing()))
