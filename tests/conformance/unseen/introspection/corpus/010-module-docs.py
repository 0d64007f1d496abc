# __doc__ of the built-in modules, their functions and weakref's classes: a str or None.
import copy
import gc
import sys
import weakref

for m in (sys, gc, weakref, copy):
    print(m.__name__, type(m.__doc__).__name__, '__doc__' in dir(m))
for f in (sys.getrefcount, sys.getsizeof, gc.collect, gc.get_count, copy.copy, copy.deepcopy):
    print(f.__name__, type(f.__doc__).__name__)
for t in (weakref.ref, weakref.finalize, weakref.WeakValueDictionary, weakref.WeakKeyDictionary):
    print(t.__name__, type(t.__doc__).__name__)
print(type(__doc__).__name__, type(print.__doc__).__name__, print.__doc__ is print.__doc__)
