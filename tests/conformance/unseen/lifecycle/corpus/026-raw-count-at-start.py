# gc.get_count() before any collection: what start-up and compiling this file left in generation 0.
import gc
print(gc.get_count())
