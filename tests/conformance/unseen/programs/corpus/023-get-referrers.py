# gc.get_referrers and get_referents show who holds a list and what it holds.
import gc
target = [1, 2]
holder = {"k": target}
box = [target, target]
refs = gc.get_referrers(target)
print(len([r for r in refs if r is holder]), len([r for r in refs if r is box]))
print([type(r).__name__ for r in gc.get_referents(box)])
print(sorted(type(r).__name__ for r in gc.get_referents(holder)))
print(gc.get_referents(1), len(gc.get_referents((1, "a", target))))
