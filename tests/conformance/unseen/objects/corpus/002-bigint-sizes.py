import sys
values = [0, 1, -1, 2**15, 2**30 - 1, 2**30, 2**60 - 1, 2**60, 2**90, -(2**100), 10**50, 2**300]
for v in values:
    print(v.bit_length(), sys.getsizeof(v))
print(sys.getsizeof(True), sys.getsizeof(False))
n = 1
for i in range(8):
    n = n * 1000
    print(i, sys.getsizeof(n))
