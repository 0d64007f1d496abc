import weakref

class Box:
    pass

def note(ref):
    print("callback fired")

def fail(ref_holder):
    b = Box()
    ref_holder.append(weakref.ref(b, note))
    raise KeyError("k")

refs = []
saved = None
try:
    fail(refs)
except KeyError as e:
    saved = e
print("box alive while exception saved:", refs[0]() is not None)
saved = None
print("box alive after dropping it:", refs[0]() is not None)
