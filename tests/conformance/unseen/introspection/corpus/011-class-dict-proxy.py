# C.__dict__ is a new read-only mappingproxy on every access (type's __dict__ getset wins over the
# class's own __dict__ entry, which describes its instances' dicts).
import sys, gc
class A:
    x = 1
    def f(self): pass
p = A.__dict__
print(type(p).__name__, sys.getsizeof(p), p is A.__dict__, sys.getrefcount(A.__dict__), gc.is_tracked(p))
print(sorted(p.keys()), 'x' in p, p.get('nope', 5), p['x'], len(p) > 3)
try:
    p['y'] = 2
except TypeError as e:
    print('TypeError', e)
d = p.copy()
print(type(d).__name__, d['x'], sorted(k for k in p if not k.startswith('__')))
print(repr(p)[:30], A.__name__, A.__qualname__, A.__class__.__name__)
print(vars(A)['x'], type(vars(A)).__name__)
before = sys.getrefcount(p)
q = p
print(sys.getrefcount(p) - before)
