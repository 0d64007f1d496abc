# Numeric builtins: results are new objects unless cached.
import sys
print(divmod(17, 5), divmod(-17, 5), round(2.5), round(3.5), round(2.675, 2))
print(abs(-7), abs(-7.5), 7 // 2, -7 // 2, 7 % -2, 2 ** -1, 10 / 4)
print(int("ff", 16) if False else int("255"), float("1e3"), int(3.99), int(-3.99))
x = 1000
y = x + 0
print(y == x, y is x, (x * 1) is x)
print(hex(255), bin(5) if False else "", min(3, 1, 2), max([4, 9, 2]), sum([0.1] * 10) == 1.0)
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 60), sys.getsizeof(1.0))
