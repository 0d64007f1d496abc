import weakref

class Thing:
    pass

def report(r):
    print("freed")

def f():
    t = Thing()
    w = weakref.ref(t, report)
    d = locals()
    del t
    print("after del t:", w() is not None)
    d = None
    print("after dropping the dict:", w() is not None)
    locals()
    print("after another locals():", w() is not None)

f()
print("returned")
