class Plain:
    pass
class Slotted:
    __slots__ = ('v',)
    def __init__(self, v):
        self.v = v
def same_id(cls, *args):
    first = cls(*args)
    i = id(first)
    del first
    second = cls(*args)
    return id(second) == i
print(same_id(Plain), same_id(Slotted, 2))
keep = [Slotted(i) for i in range(5)]
print(same_id(Slotted, 3), same_id(Plain))
