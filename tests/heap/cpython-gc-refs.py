# Measures what CPython's collector computes as gc_refs after subtract_refs, from observable inputs:
# refcount (sys.getrefcount) minus the references gc.get_referents finds from every tracked object.
# Run: ~/.pyenv/versions/3.12.1/bin/python3 tests/heap/cpython-gc-refs.py  (used by gc-phases.test.ts)
import gc, sys
class Node:
    pass
def measure(ids):
    me = sys._getframe()
    objs = gc.get_objects()
    out = {}
    for o in objs:
        if id(o) in ids:
            # minus: getrefcount's argument, the loop variable o, the objs list
            rc = sys.getrefcount(o) - 3
            internal = 0
            for p in objs:
                if p is objs or p is me:
                    continue
                for r in gc.get_referents(p):
                    if r is o:
                        internal += 1
            out[ids[id(o)]] = (type(o).__name__, rc, rc - internal)
    del me
    return out
def main():
    a = Node()
    b = Node()
    a.partner = b
    b.partner = a
    held = Node()
    ids = {id(a): 'a', id(b): 'b', id(held): 'held'}
    del a, b
    r = measure(ids)
    for k in ('a', 'b', 'held'):
        print(k, *r[k])
    print('collected', gc.collect())
main()
