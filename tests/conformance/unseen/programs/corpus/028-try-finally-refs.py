# finally runs on every path; locals of a failed call are freed with its frame.
import sys
class Tracked:
    count = 0
    def __init__(self):
        Tracked.count += 1
    def __del__(self):
        Tracked.count -= 1
def work(fail):
    t = Tracked()
    try:
        if fail:
            raise ValueError("bad")
        return "ok"
    finally:
        print("finally", Tracked.count)
print(work(False), Tracked.count)
try:
    work(True)
except ValueError as e:
    print("caught", e, Tracked.count)
print(Tracked.count)
