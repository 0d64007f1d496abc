import gc
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def keeps_itself():
    n = Noisy("in frame cycle")
    me = sys._getframe()
    return None

gc.disable()
keeps_itself()
print("returned")
gc.collect()
print("collected")

def no_cycle():
    n = Noisy("plain")
    sys._getframe()
    return None

no_cycle()
print("end")
gc.enable()
