# Instances held only by a dict, a tuple and a set in globals: the order they are finalized at exit.
class V:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
    def __hash__(self): return hash(self.n)
d = {'a': V('d-a'), 'b': V('d-b'), 'c': V('d-c')}
t = (V('t0'), V('t1'), V('t2'))
s = {V('s-x')}
single = V('single')
nested = [[V('n00'), V('n01')], (V('n10'),)]
print('end')
