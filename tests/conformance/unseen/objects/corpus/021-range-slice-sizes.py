import sys
print(sys.getsizeof(range(10)), sys.getsizeof(range(10**20)))
print(sys.getsizeof(slice(1, 2)), sys.getsizeof(slice(None)))
print(sys.getsizeof(1.5), sys.getsizeof(-0.0))
print(sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter('ab')))
print(sys.getsizeof(enumerate([])), sys.getsizeof(zip()))
