# super() and inherited attributes: which objects exist and who holds them.
import sys
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"{self.name} is an {self.kind}"
class Dog(Animal):
    kind = "dog"
    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = list(tricks)
    def describe(self):
        return super().describe() + f" with {len(self.tricks)} tricks"
d = Dog("rex", ["sit", "roll"])
print(d.describe())
print(isinstance(d, Animal), type(d).__name__, Dog.__mro__[1].__name__)
print(sys.getrefcount(d.tricks), sys.getrefcount(d))
a = Animal("cat")
print(a.describe(), Animal.kind, Dog.kind)
