class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

try:
    class Broken:
        marker = Noisy("class attr")
        raise RuntimeError("in class body")
except RuntimeError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name)
    del tb
print("handled")
