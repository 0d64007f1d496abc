# Objects created after a gc.collect() sit in a younger generation; exit finalizes them all.
import gc
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('bye', self.n)
old1 = A('old1')
old2 = A('old2')
print(gc.collect())
new1 = A('new1')
old1.friend = new1
new2 = A('new2')
print('end')
