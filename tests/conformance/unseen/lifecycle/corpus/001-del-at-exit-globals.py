# Objects still referenced from globals are finalized when the interpreter shuts down.
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('bye', self.n)
b = A('b')
a = A('a')
_c = A('_c')
lst = [A('inlist1'), A('inlist2')]
x = A('x')
class Node:
    def __init__(self, n): self.n = n; self.other = None
    def __del__(self): print('node', self.n)
n1 = Node(1); n2 = Node(2); n1.other = n2; n2.other = n1
del n1, n2
m1 = Node(3); m2 = Node(4); m1.other = m2; m2.other = m1
print('end')
