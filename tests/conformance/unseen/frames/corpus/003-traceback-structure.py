def inner():
    raise RuntimeError("deep")

def middle():
    inner()

def outer():
    middle()

try:
    outer()
except RuntimeError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
    print(type(e.__traceback__).__name__, type(e.__traceback__.tb_frame).__name__)
    print("lines:", e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno)
