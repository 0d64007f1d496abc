import sys

def dive(n):
    return dive(n + 1)

sys.setrecursionlimit(60)
try:
    dive(0)
except RecursionError as e:
    depth = 0
    tb = e.__traceback__
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("deep:", depth > 40)
    print(type(e).__name__)
print("recovered")
