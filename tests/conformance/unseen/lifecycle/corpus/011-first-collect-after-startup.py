# What start-up leaves for the first collection, and that a second one finds nothing.
import gc
print('first:', gc.collect())
print('second:', gc.collect())
print('enabled:', gc.isenabled(), 'threshold:', gc.get_threshold())
