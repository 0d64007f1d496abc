class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def down(n):
    keep = Noisy(n)
    if n == 0:
        raise ValueError("bottom")
    down(n - 1)

try:
    down(3)
except ValueError as e:
    count = 0
    tb = e.__traceback__
    while tb is not None:
        count += 1
        tb = tb.tb_next
    print("entries:", count)
print("handler done")
