# A __str__ that raises inside print: what was written before it stays written, the rest is lost.
class A:
    def __str__(self):
        raise ValueError("no")
try:
    print("a", A())
except ValueError as e:
    print("caught", e)
print(12)
