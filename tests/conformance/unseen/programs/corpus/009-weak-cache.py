# A cache of weak references: entries go when the last strong reference does.
import weakref, gc
class Img:
    def __init__(self, name):
        self.name = name
cache = weakref.WeakValueDictionary()
a = Img("a")
b = Img("b")
cache["a"] = a
cache["b"] = b
print(sorted(cache.keys()), weakref.getweakrefcount(a))
del a
print(sorted(cache.keys()))
log = []
r = weakref.ref(b, lambda ref: log.append("gone"))
b2 = b
del b
print(log, r() is b2)
del b2
print(log, r(), len(cache))
