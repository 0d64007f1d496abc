def depth(tb):
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    return n

def f():
    try:
        raise ValueError("inner")
    except ValueError:
        raise

def g():
    try:
        f()
    except ValueError as e:
        print("in g:", depth(e.__traceback__))
        raise

try:
    g()
except ValueError as e:
    print("at top:", depth(e.__traceback__))
    saved = e

try:
    raise saved
except ValueError as e:
    print("raised again:", depth(e.__traceback__))
