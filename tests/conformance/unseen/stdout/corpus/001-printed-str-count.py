# A printed str stays referenced by stdout's pending writes (when stdout is a pipe) until a flush.
import sys
s = ''.join(['memo', 'ry'])
base = sys.getrefcount(s)
print(s)
print(sys.getrefcount(s) - base)
print(s, s)
print(sys.getrefcount(s) - base)
print(s, end='', flush=True)
print()
print(sys.getrefcount(s) - base)
