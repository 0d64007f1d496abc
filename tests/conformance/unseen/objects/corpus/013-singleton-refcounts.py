import sys
# Exact counts only where they are immortal (3.12+); before that only their order of magnitude.
for obj in [None, True, False, Ellipsis, NotImplemented, (), '']:
    n = sys.getrefcount(obj)
    if sys.version_info >= (3, 12):
        print(repr(obj), n)
    else:
        print(repr(obj), n > 1)
x = None
y = [None, None, None]
if sys.version_info >= (3, 12):
    print(sys.getrefcount(x) == sys.getrefcount(None))
else:
    print(True)
