def check(x):
    if x == 2:
        raise ValueError(x)
    return x

try:
    total = sum(check(i) for i in range(4))
except ValueError as e:
    names = []
    tb = e.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
print("ok")
