# A finalizer running at exit builds a new cycle with a finalizer: nothing collects it any more.
class Maker:
    def __init__(self, n): self.n = n
    def __del__(self):
        print('del', self.n)
        if self.n < 3:
            m = Maker(self.n + 10)
            m.me = m
m1 = Maker(1)
m2 = Maker(2)
print('end')
