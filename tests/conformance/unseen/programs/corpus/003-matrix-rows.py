# [[0] * 3] * 3 shares one row; a comprehension makes three.
import sys
shared = [[0] * 3] * 3
shared[0][1] = 5
print(shared, shared[0] is shared[2], sys.getrefcount(shared[0]))
rows = [[0] * 3 for _ in range(3)]
rows[0][1] = 5
print(rows, rows[0] is rows[2], sys.getrefcount(rows[0]))
print(sys.getsizeof(shared) == sys.getsizeof(rows), sys.getsizeof([0] * 3) - sys.getsizeof([]))
flat = [x for row in rows for x in row]
print(flat, len(flat))
