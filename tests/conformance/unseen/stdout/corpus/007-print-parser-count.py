# The first print given a keyword may build print's keyword-name tuple, one more object gc counts.
import gc
gc.collect()
before = gc.get_count()[0]
print('a', end='')
print()
print(gc.get_count()[0] - before)
print('b', sep='')
print(gc.get_count()[0] - before)
