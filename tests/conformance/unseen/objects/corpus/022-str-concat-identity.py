a = 'ab'
b = 'a' + 'b'
print(a is b)
c = 'a'
d = c + 'b'
print(d is a, d == a)
e = 'x' * 3
xxx = 'xxx'
print(e is xxx)
f = a
f += 'c'
abc = 'abc'
print(f is abc, f == abc)
g = 'q' * 5000
h = 'q' * 5000
print(g is h)
