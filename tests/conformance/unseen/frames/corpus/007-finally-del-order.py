class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def work():
    a = Noisy("a")
    try:
        b = Noisy("b")
        raise ValueError("x")
    finally:
        print("finally runs")

try:
    work()
except ValueError:
    print("caught")
print("after")

def work2():
    a = Noisy("c")
    try:
        return "returned"
    finally:
        print("finally 2")

print(work2())
print("end")
