import sys
# String constants equal to strings the interpreter interned at start-up share that object.
# Before 3.12 their counts include references from start-up code; only compare them coarsely.
def show(n):
    return n if sys.version_info >= (3, 12) else n > 4
for s in ['name', 'spam', 'hello', 'getrefcount', 'value', 'Alice', 'two words', 'abc']:
    print(repr(s), show(sys.getrefcount(s)))
def f():
    return 'key'
k = f()
print(show(sys.getrefcount(k)))
t = 'title'
print(show(sys.getrefcount(t)))
