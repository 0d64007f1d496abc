class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def fail(i):
    n = Noisy(i)
    raise ValueError(i)

last = None
for i in range(3):
    try:
        fail(i)
    except ValueError as e:
        print("caught", i)
        last = e
print("loop done")
last = None
print("end")
