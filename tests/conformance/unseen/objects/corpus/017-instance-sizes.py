import sys
class Plain:
    pass
class Slotted:
    __slots__ = ('a', 'b')
class OneSlot:
    __slots__ = ('a',)
class NoSlots:
    __slots__ = ()
print(sys.getsizeof(object()))
print(sys.getsizeof(Slotted()), sys.getsizeof(OneSlot()), sys.getsizeof(NoSlots()))
p = Plain()
n1 = sys.getsizeof(p)
p.x = 1
print(sys.getsizeof(p) == n1)
