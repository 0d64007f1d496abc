# Sixty self-referencing instances made before any explicit collection: whether an automatic
# collection takes some of them first depends on how close start-up left gen0 to its threshold.
import gc
class Node:
    pass
for i in range(60):
    n = Node()
    n.me = n
del n
print(gc.collect())
