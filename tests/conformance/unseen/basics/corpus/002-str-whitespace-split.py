# Python's whitespace is Py_UNICODE_ISSPACE, not JS's \s: 0x1c-0x1f are whitespace, U+FEFF is not.
s = 'a\x1fb\ufeffc d\x85e\u3000f'
print(s.split())
print(s.split(None, 1))
print(s.rsplit())
print(s.rsplit(None, 2))
print('x,y,z'.rsplit(',', 1), 'x,y,z'.split(',', 1))
print(' \x1c\x1d\x1e\x1f '.isspace(), '\ufeff'.isspace(), ''.isspace())
print(repr(' \x1ctext\x85 '.strip()), repr('xxhixx'.strip('x')))
print('one\ntwo\r\nthree\rfour\x0bfive\x1csix\u2028seven'.splitlines())
print('a\nb\r\n'.splitlines(True), 'a\nb\n'.splitlines())
print(int('\u2000 42\x85'), float(' 1.5\u3000'))
for bad in ['\x1c5', '\ufeff5']:
    try:
        int(bad)
    except ValueError as e:
        print('ValueError', e)
words = 'the quick  brown\tfox'.split()
print(len(words), words)
