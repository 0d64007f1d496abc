import sys
samples = ['', 'a', 'ab', 'hello', 'x' * 100, '\xe9', 'caf\xe9', '\xff' * 10, '\u20ac', 'ab\u20ac', '\U0001f600', 'a\U0001f600b']
for s in samples:
    print(len(s), sys.getsizeof(s))
joined = ''.join(['ab', 'cd', 'ef'])
print(sys.getsizeof(joined), sys.getsizeof(joined * 3))
print(sys.getsizeof(str(12345)), sys.getsizeof(repr(1.5)))
