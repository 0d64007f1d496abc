# gc.get_count() right after collections, with prints and containers in between.
import gc
gc.collect(); a = gc.get_count(); b = gc.get_count(); x = 5; y = (x, x); z = [x]; c = gc.get_count()
gc.collect(); print(1); d = gc.get_count()
gc.collect(); print(1); print(2); print(3); e = gc.get_count()
print(a, b, c, d, e)
gc.collect(); print('abc', 'def'); f = gc.get_count()
gc.collect(); print(); g = gc.get_count()
print(f, g)
