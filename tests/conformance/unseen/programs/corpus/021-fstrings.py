# f-strings build new strings each time; formatting specs.
import sys
x = 3.14159
n = 42
name = "memory"
s1 = f"{name}: {x:.2f} / {n:04d} / {n:>5} / {n:x}"
s2 = f"{name}: {x:.2f} / {n:04d} / {n:>5} / {n:x}"
print(s1, s1 == s2, s1 is s2)
print(f"{n!r} {name!r} {[1, 2]}", f"{'nested'}")
print(sys.getrefcount(s1), len(f"{x}"), f"{10**20:,}")
