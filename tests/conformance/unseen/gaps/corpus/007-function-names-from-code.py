# A function takes its __name__ and __qualname__ from its code object (co_name, co_qualname): making
# a function allocates no new string (lifecycle/023 on 3.11 shows the effect on block reuse).
def make():
    def inner():
        return 1
    return inner

a = make()
b = make()
print(a is b, a.__code__ is b.__code__)
print(a.__name__ is b.__name__, a.__qualname__ is b.__qualname__, a.__qualname__)
print(a.__name__ is a.__code__.co_name, make.__name__ is make.__code__.co_name)
lam = [lambda: 0 for _ in range(2)]
print(lam[0].__qualname__ is lam[1].__qualname__, lam[0].__name__)

import sys
def count(f):
    return sys.getrefcount(f.__qualname__)
base = count(a)
extra = [make() for _ in range(3)]
print(count(a) - base)
