class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def replace():
    n = Noisy("replaced")
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")

try:
    replace()
except KeyError as e:
    print("caught", repr(e), "context", repr(e.__context__))
    print(e.__context__.__traceback__.tb_frame is e.__traceback__.tb_next.tb_frame)
print("next")
