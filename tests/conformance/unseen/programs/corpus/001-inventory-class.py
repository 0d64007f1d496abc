# A learner's inventory: instances in a list, a dict index, refcounts as items move around.
import sys
class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
    def __repr__(self):
        return f"Item({self.name!r}, {self.qty})"
stock = [Item("apple", 3), Item("pear", 0), Item("fig", 12)]
index = {it.name: it for it in stock}
apple = index["apple"]
print(sys.getrefcount(apple))
empty = [it for it in stock if it.qty == 0]
print(empty, sys.getrefcount(stock[1]))
del index["pear"]
print(sys.getrefcount(stock[1]))
stock.remove(empty[0])
print(len(stock), sys.getrefcount(empty[0]))
empty.clear()
print(sorted(index), [it.qty for it in stock])
