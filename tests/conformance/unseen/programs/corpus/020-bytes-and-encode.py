# bytes objects: encode, decode, sizes, and the one-byte cache.
import sys
s = "héllo"
b = s.encode()
print(b, len(b), len(s), b.decode() == s)
print(sys.getsizeof(b) - len(b), sys.getsizeof(b"") , sys.getsizeof(s) - sys.getsizeof("hello"))
one = b"a"
print(one is b"abc"[0:1], bytes([97]) == one)
print(b[0], b[1:3], b"ab" + b"cd")
