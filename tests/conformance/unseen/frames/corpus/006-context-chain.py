def step(n):
    try:
        raise ValueError(n)
    except ValueError:
        if n > 0:
            step(n - 1)
        else:
            raise IndexError("bottom")

try:
    step(2)
except IndexError as e:
    chain = []
    c = e
    while c is not None:
        chain.append(type(c).__name__ + ":" + str(c))
        c = c.__context__
    print(chain)
    depth = 0
    tb = e.__traceback__
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("traceback entries:", depth)
