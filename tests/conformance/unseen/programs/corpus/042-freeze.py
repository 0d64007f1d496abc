# gc.freeze moves every tracked object to a permanent generation the collector ignores.
import gc
class C:
    pass
gc.collect()
x = C()
x.self = x
gc.freeze()
print(gc.get_freeze_count() > 0)
del x
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count(), gc.collect())
