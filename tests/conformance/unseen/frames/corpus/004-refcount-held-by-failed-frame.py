import sys

payload = [1, 2, 3]

def use(x):
    y = x
    raise ValueError("no")

print("before:", sys.getrefcount(payload))
try:
    use(payload)
except ValueError as e:
    print("in handler:", sys.getrefcount(payload))
print("after handler:", sys.getrefcount(payload))
try:
    use(payload)
except ValueError as e:
    kept = e
print("exception kept:", sys.getrefcount(payload))
del kept
print("exception dropped:", sys.getrefcount(payload))
