def count(tb):
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    return n

def thrower(e):
    raise e

err = ValueError("same")
for i in range(3):
    try:
        thrower(err)
    except ValueError as e:
        print(i, count(e.__traceback__))
print(count(err.__traceback__))
err.__traceback__ = None
print(err.__traceback__)
