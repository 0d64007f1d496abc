# frame.f_locals of a function frame: a dict refreshed from the fast locals (3.10-3.12) or a live
# proxy made on every access (3.13+, PEP 667) that writes through to the locals.
import sys, gc

def outer():
    cell = 'c'
    def inner():
        return cell
    fr = sys._getframe()
    before = sys.getrefcount(fr)
    p = fr.f_locals
    print(type(p).__name__, p is fr.f_locals, p == fr.f_locals, sys.getrefcount(fr) - before)
    print(gc.is_tracked(p), len(p), 'cell' in p, 'missing' in p)
    p['cell'] = 'changed'
    print(inner(), cell)
    p['fresh'] = [1, 2]
    print('fresh' in p, 'fresh' in fr.f_locals, sorted(k for k in p)[:4])
    payload = [0]
    rc = sys.getrefcount(payload)
    view = fr.f_locals
    print(sys.getrefcount(payload) - rc)
    got = view['payload']
    print(got is payload, sys.getrefcount(payload) - rc)
    del got, view, p
    print(sys.getrefcount(fr) - before)
    print(repr(fr.f_locals)[:12])

def count_after_write():
    n = 1
    sys._getframe().f_locals['n'] = 5
    return n

outer()
print(count_after_write())
print(type(sys._getframe().f_locals).__name__, sys._getframe().f_locals is globals())
