# A gc callback is still registered at exit: the exit collection calls it, and globals it keeps alive are never finalized.
import gc
def cb(phase, info):
    print('cb', phase, info.get('generation'), info.get('collected'))
gc.callbacks.append(cb)
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('bye', self.n)
a = A('a')
n = A('c1'); n.o = A('c2'); n.o.o = n
del n
print('end')
