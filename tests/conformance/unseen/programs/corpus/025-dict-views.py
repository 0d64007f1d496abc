# Views are live: they see later changes to their dict and keep it alive.
import sys
d = {"a": 1, "b": 2}
base = sys.getrefcount(d)
ks = d.keys()
vs = d.values()
its = d.items()
print(sys.getrefcount(d) - base, list(ks), list(vs))
d["c"] = 3
print(len(ks), sorted(ks), ("c", 3) in its)
del d["a"]
print(list(its))
del ks, vs, its
print(sys.getrefcount(d) - base)
print({"x": 1}.keys() & {"x", "y"}, sorted(d.items()))
