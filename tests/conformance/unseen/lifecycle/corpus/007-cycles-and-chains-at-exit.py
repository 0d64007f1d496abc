# Finalization order at exit follows the collector's lists: cycles, chains and containers.
class T:
    def __init__(self, n, *kids): self.n = n; self.kids = list(kids)
    def __del__(self): print('del', self.n)
leaf = T('leaf')
tree = T('root', T('left', T('ll')), T('right'))
ring = T('r1'); ring.kids.append(T('r2', ring))
table = {'k1': T('v1'), 'k2': T('v2')}
shared = T('shared')
holders = [T('h1', shared), T('h2', shared)]
print('end')
