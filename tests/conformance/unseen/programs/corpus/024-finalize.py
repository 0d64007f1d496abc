# weakref.finalize runs once, when the object goes or when called.
import weakref, gc
class Res:
    pass
log = []
r = Res()
f = weakref.finalize(r, log.append, "closed")
print(f.alive, log)
del r
print(f.alive, log)
r2 = Res()
f2 = weakref.finalize(r2, log.append, "early")
print(f2(), f2(), log)
print(f2.alive)
a = Res()
b = Res()
a.b = b
b.a = a
f3 = weakref.finalize(a, log.append, "cycle")
del a, b
print(log[-1])
gc.collect()
print(log[-1])
