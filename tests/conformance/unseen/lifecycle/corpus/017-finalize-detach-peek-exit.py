# weakref.finalize: detach() and explicit calls remove finalizers; the rest run at exit, newest first.
import weakref
class R:
    pass
def report(*args, **kw):
    print('report', args, sorted(kw.items()))
r1, r2, r3, r4 = R(), R(), R(), R()
f1 = weakref.finalize(r1, report, 1, tag='one')
f2 = weakref.finalize(r2, report, 2)
f3 = weakref.finalize(r3, report, 3)
f4 = weakref.finalize(r4, report, 4)
print('peek:', f2.peek()[1:] == (report, (2,), {}))
f2.detach()
f3()
print('alive:', f1.alive, f2.alive, f3.alive, f4.alive)
del r4
print('end')
