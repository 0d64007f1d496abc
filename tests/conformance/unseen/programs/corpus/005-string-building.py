# Building strings: += makes new objects, join makes one; sizes follow the widest character.
import sys
parts = []
s = ""
for word in ["mem", "ory", " ", "lab"]:
    s += word
    parts.append(word)
joined = "".join(parts)
print(s == joined, s is joined, len(s))
print(sys.getsizeof(s) - len(s), sys.getsizeof("é" * 4) - sys.getsizeof("é"), sys.getsizeof("€") - sys.getsizeof("a"))
t = s.upper().lower()
print(t == s, t is s, sys.getrefcount(t))
words = joined.split()
print(words, [sys.getsizeof(w) for w in words])
