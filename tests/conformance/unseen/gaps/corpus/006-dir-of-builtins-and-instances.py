# dir() of built-in types (their dunder names: the simulator has only the subset's plain methods),
# classes and instances. Left out (not modelled yet): pickling and typing hooks, rounding methods
# and the buffer/bytes protocols.
NOT_MODELLED = {'__getstate__', '__reduce__', '__class_getitem__', '__reversed__', '__getnewargs__',
                '__ceil__', '__floor__', '__round__', '__trunc__', '__getformat__', '__setformat__',
                '__bytes__', '__buffer__'}

def names(o):
    return [n for n in dir(o) if n not in NOT_MODELLED]

for t in (object, int, bool, float, str, bytes, list, tuple, dict, set, frozenset, range, type(None)):
    dunders = [n for n in names(t) if n.startswith('__')]
    print(t.__name__, len(dunders), dunders)

class P:
    kind = 'p'
    def method(self):
        return self.kind
class S:
    __slots__ = ('a', 'b')
p = P()
p.extra = 1
print(names(p))
print(names(S()))
print(names(P))
print(dir(p) == sorted(dir(p)), 'extra' in dir(p), 'extra' in dir(P))
print(hasattr(P, '__subclasshook__'), P.__subclasshook__(int), hasattr(p, '__class__'), hasattr(3, '__doc__'))
