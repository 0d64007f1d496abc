# Hundreds of short lines: pending lists are flushed and rebuilt as 8192 characters accumulate.
import sys, gc
line = ''.join(['x'] * 99)
base = sys.getrefcount(line)
counts = []
for i in range(200):
    print(line, i % 10)
    if i % 40 == 39:
        counts.append(sys.getrefcount(line) - base)
print(counts)
print(gc.collect())
