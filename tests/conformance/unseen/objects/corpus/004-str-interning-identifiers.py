import sys
a = 'hello_world'
b = 'hello_' + 'world'
print(a is b)
c = ''.join(['hello_', 'world'])
print(a is c, a == c)
d = sys.intern(c)
print(d is a, d is c)
e = 'hello world'
f = ''.join(['hello', ' ', 'world'])
print(e is f, sys.intern(f) is f, sys.intern(e) is e)
g = 'spam'
def get():
    return 'spam'
print(get() is g)
h = 'two words'
def get2():
    return 'two words'
print(get2() is h)
