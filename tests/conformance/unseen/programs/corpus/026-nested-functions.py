# Functions made in a loop: each a new function object sharing one code object.
import sys
def make_adders():
    adders = []
    for n in range(3):
        def add(x, n=n):
            return x + n
        adders.append(add)
    return adders
fs = make_adders()
print([f(10) for f in fs])
print(fs[0] is fs[1], fs[0].__code__ is fs[1].__code__)
print(sys.getrefcount(fs[0].__code__) >= 4)
lams = [lambda x: x * k for k in range(3)]
print([f(2) for f in lams])
