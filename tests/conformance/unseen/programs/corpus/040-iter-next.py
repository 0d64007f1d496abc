# iter and next by hand, StopIteration, and reversed.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
r = reversed([1, 2, 3])
print(list(r), list(r))
d = {"a": 1, "b": 2}
print(list(reversed(d)) if False else sorted(d), next(iter(d)))
s = iter("ab")
print(next(s), list(s))
