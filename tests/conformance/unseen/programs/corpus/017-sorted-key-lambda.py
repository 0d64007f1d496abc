# sorted() makes a new list of the same objects; key functions hold nothing afterwards.
import sys
people = [("ann", 31), ("bob", 25), ("cy", 40)]
first = people[0]
base = sys.getrefcount(first)
by_age = sorted(people, key=lambda p: p[1])
print(by_age[1] is first, sys.getrefcount(first) - base)
names = [name for name, _ in by_age]
print(names, sys.getrefcount(first) - base)
people.sort(key=lambda p: -p[1])
print(people[0], sys.getrefcount(first) - base)
del by_age
print(sys.getrefcount(first) - base, max(people, key=lambda p: p[1]), min(p[1] for p in people))
