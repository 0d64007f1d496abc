import sys
raw = ''.join(['run', 'time', '_key'])
print(sys.getrefcount(raw))
canon = sys.intern(raw)
print(canon is raw)
if sys.version_info >= (3, 13) or sys.version_info < (3, 12):
    print(sys.getrefcount(canon))
else:
    print('immortal' if sys.getrefcount(canon) > 10**9 else sys.getrefcount(canon))
spaced = ''.join(['two ', 'words'])
print(sys.getrefcount(spaced))
