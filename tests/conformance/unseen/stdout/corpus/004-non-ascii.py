# Non-ASCII text is kept pending as UTF-8 bytes, not as the str itself.
import sys
s = ''.join(['caf', '\u00e9'])
t = ''.join(['cafe', '!'])
rs = sys.getrefcount(s)
rt = sys.getrefcount(t)
print(s)
print(t)
print(sys.getrefcount(s) - rs, sys.getrefcount(t) - rt)
