import sys
print(bytes([65]) is bytes([65]), b'AB'[0:1] is b'AB'[0:1], bytes(1) is bytes(1))
ab = b'ab'
print(bytes(0) is bytes(), (ab + b'cd') is (ab + b'cd'))
for b in [b'', b'a', b'ab', b'x' * 10, b'x' * 100]:
    print(len(b), sys.getsizeof(b))
print(sys.getsizeof('abc'.encode()), sys.getsizeof(b'abc'.decode()))
