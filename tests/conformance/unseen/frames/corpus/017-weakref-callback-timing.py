import weakref

class Thing:
    pass

def gone(r):
    print("callback")

def fail():
    t = Thing()
    w = weakref.ref(t, gone)
    holder.append(w)
    raise ValueError()

holder = []
try:
    fail()
except ValueError:
    print("handling, alive:", holder[0]() is not None)
print("after, alive:", holder[0]() is not None)
