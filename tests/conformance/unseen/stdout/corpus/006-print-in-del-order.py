# Output from a finalizer and from the print that triggered the collection comes out in CPython's order.
import gc
class Noisy:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print('del', self.name)
gc.collect()
for i in range(3):
    Noisy(i)
    print('made', i)
print('collected', gc.collect())
print(gc.get_count()[0] < 10)
