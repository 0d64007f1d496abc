# gc.get_freeze_count() at start, after freeze() and after unfreeze().
import gc
print('at start:', gc.get_freeze_count())
gc.unfreeze()
print('after unfreeze:', gc.get_freeze_count())
gc.collect()
keep = [[i] for i in range(5)]
gc.freeze()
print('frozen something:', gc.get_freeze_count() >= 6)
gc.unfreeze()
print('after second unfreeze:', gc.get_freeze_count(), gc.collect())
