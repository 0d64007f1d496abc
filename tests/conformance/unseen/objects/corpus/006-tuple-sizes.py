import sys
for n in range(7):
    t = tuple(range(n))
    print(n, sys.getsizeof(t))
print(sys.getsizeof((1, 'a', None)), sys.getsizeof(tuple('abcdefghij')))
