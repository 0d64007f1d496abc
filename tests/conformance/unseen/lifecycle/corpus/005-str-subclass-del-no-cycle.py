# Without functions, the module dict is not in a cycle: it dies with the module, values in order.
class S(str):
    __del__ = print
first = S('first')
_hidden = S('_hidden')
second = S('second')
pair = (S('pair0'), S('pair1'))
items = [S('item0'), S('item1')]
last = S('last')
print('end')
