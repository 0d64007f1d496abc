def f():
    return 1000
def g():
    return 1000
print(f() is g())
def h():
    return 2.5
def k():
    return 2.5
print(h() is k())
def m():
    return (1, 2, 'x')
def n():
    return (1, 2, 'x')
print(m() is n())
def p():
    return 'not an identifier!'
def q():
    return 'not an identifier!'
print(p() is q())
big = 1000
c25 = 2.5
print(f() is big, h() is c25)
print(int('1000') is f(), float('2.5') is h())
