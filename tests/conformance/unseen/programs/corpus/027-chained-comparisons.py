# Chained comparisons evaluate the middle once; `is` and `==` differ.
import sys
calls = []
def mid():
    calls.append(1)
    return 5
print(1 < mid() < 10, len(calls))
a = [1]
b = [1]
print(a == b, a is b, a is not b, not a == b)
x = None
print(x is None, x == None, type(None).__name__)
big1 = 10 ** 10
big2 = 10 ** 10
print(big1 == big2, 0 < big1 <= big2 < big1 + 1)
