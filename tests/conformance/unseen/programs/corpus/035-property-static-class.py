# property, staticmethod and classmethod: what each access returns.
class Temp:
    scale = "C"
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def zero():
        return 0
    @classmethod
    def unit(cls):
        return cls.scale
t = Temp(100)
print(t.f, Temp.zero(), t.zero(), Temp.unit(), t.unit())
print(type(Temp.__dict__["f"]).__name__, type(Temp.__dict__["zero"]).__name__, type(Temp.__dict__["unit"]).__name__)
try:
    t.f = 5
except AttributeError as e:
    print("AttributeError")
print(t.unit is t.unit, Temp.zero is Temp.zero)
