# weakref.finalize objects with atexit=True run at exit, newest first, with automatic gc off.
import gc, weakref
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def cb(phase, info):
    if phase == 'stop': print('gc', info['generation'], info['collected'])
def fin(tag): print('finalize', tag, gc.isenabled())
a = A('a'); b = A('b')
f1 = weakref.finalize(a, fin, 'a')
f2 = weakref.finalize(b, fin, 'b')
f2.atexit = False
c = A('c')
f3 = weakref.finalize(c, fin, 'c')
z = A('z'); z.me = z
del z
gc.callbacks.append(cb)
print('end')
