# The names dir() lists for instances resolve on the instance; hasattr agrees with dir.
samples = [7, True, 2.5, 'abc', b'ab', [1, 2], (1, 2), {1: 2}, {1, 2}, frozenset({3}), None,
           range(1, 9, 2), slice(1, 5), object(), ValueError('bad')]
for x in samples:
    kinds = {}
    for name in dir(x):
        kind = type(getattr(x, name)).__name__
        kinds[kind] = kinds.get(kind, 0) + 1
    missing = [n for n in dir(x) if not hasattr(x, n)]
    print(type(x).__name__, sorted(kinds.items()), missing)
print((7).real, (7).imag, (7).numerator, (7).denominator, True.real, type(True.real).__name__)
n = 10 ** 30
print(n.real is n, n.numerator is n, (2.5).real, (2.5).imag)
print(range(1, 9, 2).start, range(1, 9, 2).stop, range(1, 9, 2).step, slice(1, 5).stop)
print(ValueError('bad').args, ValueError('bad').__cause__, ValueError('bad').__context__)
