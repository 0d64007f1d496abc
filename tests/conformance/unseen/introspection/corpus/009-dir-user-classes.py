# dir() of classes and instances: the class namespace, its bases' names and the instance dict.
class Point:
    """A point."""
    kind = 'pt'

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)


class Slotted:
    __slots__ = ('a', 'b')


class MyList(list):
    pass


class MyError(ValueError):
    pass


p = Point(1, 2)
for o in [Point, p, Slotted, Slotted(), MyList, MyList([1]), MyError, MyError('x')]:
    names = dir(o)
    print(len(names), ' '.join(names))
print([n for n in dir(p) if not n.startswith('_')], type(p.__doc__).__name__, p.__doc__)
print(type(MyList.__doc__).__name__, type(MyError.__doc__).__name__, type(MyList.append.__doc__).__name__)
print(type(Point.norm).__name__, type(Point.__init__).__name__, type(Point.__repr__).__name__, type(p.__repr__).__name__)
print(hasattr(p, '__getstate__'), hasattr(Point, '__reduce__'), hasattr(MyList, '__class_getitem__'))
