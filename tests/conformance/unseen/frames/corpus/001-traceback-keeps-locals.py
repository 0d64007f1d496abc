class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def fail():
    local = Noisy("local")
    raise ValueError("boom")

try:
    fail()
except ValueError as e:
    print("in handler, traceback is None:", e.__traceback__ is None)
print("after handler")

def fail_quietly():
    obj = Noisy("quiet")
    return 1 / 0

try:
    fail_quietly()
except ZeroDivisionError:
    print("handler without name")
print("end")
