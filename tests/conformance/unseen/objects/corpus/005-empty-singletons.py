et = ()
es = ''
eb = b''
print(tuple() is et, tuple([]) is et, et is et[0:0])
print(str() is es, ''.join([]) is es, 'abc'[3:] is es)
print(bytes() is eb, b'abc'[3:] is eb)
print(frozenset() is frozenset(), list() is list(), dict() is dict())
t = (1, 2, 3)
print(t[0:0] is et, t[:] is t, t[0:3] is t)
s = 'abc'
print(s[:] is s, s[0:3] is s, str(s) is s)
