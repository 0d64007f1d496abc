# A finalizer that runs at exit can still print, read globals it holds and build new objects.
class Logger:
    lines = []
    def __init__(self, n): self.n = n
    def __del__(self):
        Logger.lines.append(self.n)
        print('del', self.n, len(Logger.lines), [x for x in Logger.lines])
a = Logger('a')
b = Logger('b')
c = Logger('c')
del b
print('end')
