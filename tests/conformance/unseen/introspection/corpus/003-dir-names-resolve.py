# Every name dir(T) lists resolves on T, to an object of the kind CPython keeps in the type's dict.
import sys


def f():
    pass


class C:
    def m(self):
        pass


for t in [int, bool, float, str, bytes, list, tuple, dict, set, frozenset, object, range, slice,
          type(None), BaseException, ValueError, StopIteration, type(iter([])),
          type(iter({})), enumerate, zip, type({}.keys())]:
    kinds = {}
    for name in dir(t):
        if name == '__dict__':
            continue  # a mappingproxy on types, which the simulator does not have yet
        kind = type(getattr(t, name)).__name__
        kinds.setdefault(kind, []).append(name)
    print(t.__name__)
    for kind in sorted(kinds):
        print('   ', kind, len(kinds[kind]), ' '.join(kinds[kind]))
