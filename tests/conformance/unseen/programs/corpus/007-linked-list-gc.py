# A doubly linked list is a chain of cycles: refcounting alone cannot free it.
import gc
class Node:
    def __init__(self, v):
        self.v = v
        self.prev = None
        self.next = None
def build(n):
    head = Node(0)
    cur = head
    for i in range(1, n):
        nxt = Node(i)
        cur.next = nxt
        nxt.prev = cur
        cur = nxt
    return head
gc.collect()
gc.disable()
head = build(5)
del head
print(gc.collect())
head = build(3)
head.next.next.prev = None
head.next.prev = None
del head
print(gc.collect())
gc.enable()
