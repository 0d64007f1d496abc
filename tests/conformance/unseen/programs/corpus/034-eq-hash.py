# Objects with __eq__ and __hash__ as dict keys and set members.
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        return isinstance(other, Pt) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Pt({self.x}, {self.y})"
p = Pt(1, 2)
q = Pt(1, 2)
s = {p, q, Pt(2, 1)}
print(p == q, p is q, len(s), sorted(s, key=lambda t: t.x))
d = {p: "first"}
d[q] = "second"
print(d, d[Pt(1, 2)])
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
