# Start-up free lists: how many list, dict and tuple (lengths 1-5) objects the interpreter's start-up
# left on its free lists. Run as `python freelists.py KIND` with KIND list, dict or tuple:N, in a
# fresh interpreter per KIND (64-bit pymalloc builds). Method (the one used for floats): free a bytes
# object whose block is in the same pymalloc size class as the object measured, then create objects
# of that kind until one is placed in that block: every object before it came from the free list.
# The objects are kept alive by chaining them (each holds the previous one), and nothing of the
# measured kind is created or freed before the loop. Prints the count ('none': not within LIMIT).
# Compiling the script is part of the state measured: keep it short (a script with twenty lambdas
# leaves about 45 lists, 33 dicts and 53 pairs on the free lists).
import sys
KIND = sys.argv[1]
LIMIT = 5000
GC_HEAD = 16
IS_TUPLE = KIND[:5] == 'tuple'
N = int(KIND[6:]) if IS_TUPLE else 0
if KIND == 'list':
    size = list.__basicsize__ + GC_HEAD
elif KIND == 'dict':
    size = dict.__basicsize__ + GC_HEAD
else:
    size = tuple.__basicsize__ + N * tuple.__itemsize__ + GC_HEAD
target = (size + 15) // 16 * 16
probe = b'x' * (target - 33 - 2)  # bytes: 33 + len bytes, no pre-header, no free list
addr = id(probe)
del probe
found = 'none'
prev = None
x = None
for i in range(LIMIT):
    if KIND == 'list':
        o = [prev]
    elif KIND == 'dict':
        o = {'p': prev}
    elif N == 1:
        o = (prev,)
    elif N == 2:
        o = (prev, x)
    elif N == 3:
        o = (prev, x, x)
    elif N == 4:
        o = (prev, x, x, x)
    elif N == 5:
        o = (prev, x, x, x, x)
    if id(o) - GC_HEAD == addr:
        found = i
        break
    prev = o
print(KIND, found)
