# Objects moved to the permanent generation by gc.freeze() are not examined by the exit collections.
import gc
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('bye', self.n)
early = A('early')
c = A('cycle-early'); c.me = c
del c
gc.freeze()
late = A('late')
d = A('cycle-late'); d.me = d
del d
print('frozen:', gc.get_freeze_count() > 0)
