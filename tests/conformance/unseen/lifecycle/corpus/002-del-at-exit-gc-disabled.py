# With the collector disabled, the cycle survives the program and is finalized during shutdown.
import gc
gc.disable()
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('bye', self.n)
a = A('a')
n = A('c1'); n.o = A('c2'); n.o.o = n
del n
print('end')
