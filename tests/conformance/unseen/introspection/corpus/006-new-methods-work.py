# The numeric and sequence dunders dir() now lists can be called.
print((7).__round__(), (1234).__round__(-2), (7).__trunc__(), (7).__floor__(), (7).__ceil__())
print((2.5).__round__(), (2.567).__round__(2), (2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__())
print((2.0).is_integer(), (2.5).is_integer(), (255).bit_count(), (-7).bit_count(), (5).conjugate(), True.conjugate())
print(type(True.__round__()).__name__, type((2.5).__floor__()).__name__)
print(list([1, 2, 3].__reversed__()), list({1: 'a', 2: 'b'}.__reversed__()), list(range(4).__reversed__()))
print(list(reversed({'x': 1, 'y': 2})), list(reversed(range(0, 10, 3))))
print(list({'a': 1, 'b': 2}.keys().__reversed__()), list({'a': 1, 'b': 2}.values().__reversed__()))
