# Comprehensions: their own scope (a function before 3.12, inlined from 3.12), same results.
import sys
data = [3, 1, 2]
squares = {x: x * x for x in data}
evens = {x for x in range(10) if x % 2 == 0}
nested = [[y for y in range(x)] for x in data]
print(squares, sorted(evens), nested)
x = "outer"
vals = [x for x in data]
print(x, vals)
print(any(v > 2 for v in data), all(v > 0 for v in data), sum(v for v in data if v > 1))
print(sys.getrefcount(data))
