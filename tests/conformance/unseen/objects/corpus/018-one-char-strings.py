s = 'xyz'
print(s[0] is s[0], s[1:2] is s[1:2], s[0] is s[:1])
print(chr(97) is chr(97), chr(255) is chr(255), chr(256) is chr(256))
t = 'p\xe9q'
print(t[1] is chr(233), t[1:2] is t[1])
print(str(5) is str(5), repr(1) is repr(1))
print('ab'.upper()[0] is 'ab'.upper()[0])
print(''.join(['z']) is ''.join(['z']))
w = '\u20acx'
print(w[0] is w[0], w[1] is chr(120))
