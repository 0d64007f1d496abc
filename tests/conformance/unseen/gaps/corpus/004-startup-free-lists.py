# Whether the first list, dict and pair a program creates come from a free list that the
# interpreter's start-up filled: a bytes object freed just before, of the same allocation size,
# is where a new one goes when its free list is empty.
import sys
gc_head = 16 if sys.maxsize > 2**32 else 8
x = None
# a bytes object asking for exactly as many bytes (its basic size counts the trailing NUL)

list_size = list.__basicsize__ + gc_head
probe = b'x' * (list_size - bytes.__basicsize__)
addr = id(probe)
del probe
first_list = [x]
print('first list from the free list:', id(first_list) - gc_head != addr)

dict_size = dict.__basicsize__ + gc_head
probe = b'x' * (dict_size - bytes.__basicsize__)
addr = id(probe)
del probe
first_dict = {'k': x}
print('first dict from the free list:', id(first_dict) - gc_head != addr)

pair_size = tuple.__basicsize__ + 2 * tuple.__itemsize__ + gc_head
probe = b'x' * (pair_size - bytes.__basicsize__)
addr = id(probe)
del probe
first_pair = (x, x)
print('first pair from the free list:', id(first_pair) - gc_head != addr)

# a freed one is handed out again next (last in, first out)
a = [x]; ia = id(a); del a
b = [x]; print('list reused:', id(b) == ia)
d = {'k': x}; idd = id(d); del d
e = {'k': x}; print('dict reused:', id(e) == idd)
p = (x, x); ip = id(p); del p
q = (x, x); print('pair reused:', id(q) == ip)
