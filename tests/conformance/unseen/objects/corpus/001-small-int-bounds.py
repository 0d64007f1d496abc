# Which computed ints are shared objects (the small-int cache) and which are new each time.
for text in ['-6', '-5', '-1', '0', '1', '100', '255', '256', '257', '1000']:
    a = int(text)
    b = int(text)
    print(text, a is b)
x = 250
y = 6
k256 = 256
m5 = -5
print((x + y) is k256, (x + y + 1) is (x + y + 1))
print((-x - y) is (-x - y), (y - 11) is m5, (y - 12) is (y - 12))
