import sys

def inner():
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_back.f_code.co_name)
    print(fr.f_globals is globals())
    print(sorted(fr.f_locals))
    print(sys._getframe(1).f_code.co_name)

def outer():
    x = 1
    inner()

outer()
print(sys._getframe().f_code.co_name)
