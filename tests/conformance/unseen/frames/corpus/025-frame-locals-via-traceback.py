def fail(a, b):
    total = a + b
    raise ValueError(total)

try:
    fail(2, 3)
except ValueError as e:
    frame = e.__traceback__.tb_next.tb_frame
    print(frame.f_code.co_name, sorted(frame.f_locals.items()))
    print(frame.f_back is e.__traceback__.tb_frame)
del frame
print("done")
