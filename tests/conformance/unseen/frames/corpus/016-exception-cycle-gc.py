import gc

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def trap():
    n = Noisy("trapped")
    try:
        raise ValueError("cycle")
    except ValueError as e:
        err = e
    return None

gc.disable()
trap()
print("after call, before collect")
found = gc.collect()
print("collected something:", found > 0)
gc.enable()
print("end")
