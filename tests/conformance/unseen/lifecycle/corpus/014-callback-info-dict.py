# The info dict gc.callbacks receive: keys, phases, generation and counts for each collect(n).
import gc
seen = []
def cb(phase, info):
    seen.append((phase, info['generation'], info['collected'], info['uncollectable'], sorted(info)))
gc.collect()
gc.callbacks.append(cb)
class Node:
    pass
a = Node(); b = Node(); a.b = b; b.a = a
del a, b
gc.collect(0)
gc.collect(1)
gc.collect(2)
gc.callbacks.remove(cb)
for s in seen:
    print(s)
