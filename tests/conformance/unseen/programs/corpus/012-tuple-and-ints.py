# Tuples of ints, the small-int cache, and what unpacking does to counts.
import sys
pair = (300, 400)
a, b = pair
print(a is pair[0], sys.getrefcount(pair[0]) - sys.getrefcount(a))
n = 256
m = 255 + 1
print(n is m)
big = 257
big2 = int("257")
print(big == big2, big is big2)
t = tuple([1, 2, 3])
print(t == (1, 2, 3), sys.getsizeof(t), sys.getsizeof(()), sys.getsizeof((1,)))
swap = b, a
print(swap, swap[0] is b)
