import sys

def show():
    t, v, tb = sys.exc_info()
    print(t.__name__ if t else t, v, tb is not None)

show()
try:
    raise KeyError("k")
except KeyError:
    show()
    print(sys.getrefcount(sys.exc_info()[1]))
show()
