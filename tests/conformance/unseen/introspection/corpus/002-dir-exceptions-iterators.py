# dir() of exception classes and of iterator and view types.
for t in [BaseException, Exception, ValueError, KeyError, IndexError, TypeError, StopIteration,
          ZeroDivisionError, RuntimeError, AttributeError, NameError]:
    names = dir(t)
    print(t.__name__, len(names), ' '.join(names))

d = {1: 2}
for it in [iter([]), iter(()), iter(range(3)), iter({}), iter(set()), iter(d.values()), iter(d.items()),
           reversed([]), iter(b''), enumerate([]), zip(), map(abs, []), filter(None, []),
           d.keys(), d.values(), d.items()]:
    names = dir(it)
    print(type(it).__name__, len(names), ' '.join(names))
