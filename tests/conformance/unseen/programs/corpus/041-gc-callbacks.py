# gc.callbacks see each collection start and stop, with the generation and counts.
import gc
events = []
def cb(phase, info):
    events.append((phase, info["generation"], info["collected"] if phase == "stop" else None))
gc.callbacks.append(cb)
class N:
    pass
a = N()
b = N()
a.b = b
b.a = a
del a, b
gc.collect()
gc.callbacks.remove(cb)
print(events)
gc.collect()
print(len(events))
