# gc.get_stats() shape, and the collections start-up already ran per generation.
import gc
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print([s['uncollectable'] for s in stats])
gc.collect()
after = gc.get_stats()
print('full collections:', after[2]['collections'] - stats[2]['collections'])
print('gen1 untouched:', after[1]['collections'] == stats[1]['collections'])
