# Instances and their reuse of freed memory, with and without __slots__.
class P:
    def __init__(self, v): self.v = v
class S:
    __slots__ = ('v',)
    def __init__(self, v): self.v = v
p = P(1); ip = id(p); del p
q = P(2); print('instance reuses instance:', id(q) == ip)
s = S(1); i_s = id(s); del s
t = S(2); print('slots instance reuses:', id(t) == i_s)
objs = [P(i) for i in range(4)]
ids = [id(o) for o in objs]
del objs
again = [P(i) for i in range(4)]
print('same ids again:', sorted(id(o) for o in again) == sorted(ids))
print('same order:', [id(o) for o in again] == ids)
print('reversed order:', [id(o) for o in again] == ids[::-1])
