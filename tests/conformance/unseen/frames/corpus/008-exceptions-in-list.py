class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def fail(i):
    n = Noisy(i)
    raise ValueError(i)

errors = []
for i in range(3):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
print("collected", len(errors))
errors.pop(1)
print("popped one")
errors.clear()
print("cleared")
