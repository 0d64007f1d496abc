# A module's __doc__ is the same str on every access (it lives in the module's dict); sys's has one
# more holder than gc's: sys is initialized single-phase, and the import machinery keeps a copy of
# its dict.
import sys, gc, weakref, copy
for m in (sys, gc, weakref, copy):
    print(m.__name__, m.__doc__ is m.__doc__, sys.getrefcount(m.__doc__), type(m.__doc__).__name__)
d = sys.__doc__
print(d is sys.__doc__, sys.getrefcount(d) - sys.getrefcount(gc.__doc__))
del d
print(id(sys.__doc__) == id(sys.__doc__), isinstance(gc.__doc__, str))
