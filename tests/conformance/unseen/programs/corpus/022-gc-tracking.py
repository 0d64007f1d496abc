# Which objects the cyclic GC tracks: containers yes, atoms no; some are untracked later.
import gc
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(1.5), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked(set()), gc.is_tracked(()))
t = (1, 2)
u = (1, [])
print(gc.is_tracked(u))
d = {"a": 1}
e = {"a": []}
print(gc.is_tracked(d), gc.is_tracked(e))
class C:
    pass
print(gc.is_tracked(C()), gc.is_tracked(C))
gc.collect()
print(gc.is_tracked(t), gc.is_tracked(u))
