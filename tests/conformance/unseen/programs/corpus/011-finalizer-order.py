# __del__ order when a list of objects goes, and when a cycle is collected.
import gc
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
items = [R("a"), R("b"), R("c")]
items.pop(1)
print("popped")
del items
print("list gone")
x = R("x")
y = R("y")
x.peer = y
y.peer = x
del x, y
print("before collect")
print(gc.collect() >= 2)
