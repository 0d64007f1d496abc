a = chr(97)
A = chr(65)
print('a'.upper() is A, 'A'.lower() is a, 'a'.title() is A)
print(str(7) is str(7), repr(7) is repr(7), format(7) is format(7))
print('ab'.replace('b', '') is a, ''.join(['', 'a']) is a)
print(' a '.strip() is a, 'a b'.split()[0] is a, b'a'.decode() is a)
n = 7
print(f'{n}' is f'{n}', f'{a}' is a, '%s' % a is a)
print([x for x in 'ab'][0] is a, list('ab')[0] is a, str(a) is a)
