# Closures share a cell; the cell and the function hold references.
import sys
def make_counter(start):
    count = start
    def bump(step=1):
        nonlocal count
        count += step
        return count
    def peek():
        return count
    return bump, peek
bump, peek = make_counter(10)
print(bump(), bump(5), peek())
cell = bump.__closure__[0]
print(cell is peek.__closure__[0], sys.getrefcount(cell))
del bump
print(sys.getrefcount(cell), peek())
big = make_counter(10**20)[1]
print(big(), sys.getrefcount(big.__closure__[0].cell_contents))
