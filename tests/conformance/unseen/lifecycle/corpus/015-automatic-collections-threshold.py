# A low threshold makes the collector run by itself; callbacks show which generations ran.
import gc
gc.collect()
runs = []
def cb(phase, info):
    if phase == 'start':
        runs.append(info['generation'])
gc.callbacks.append(cb)
gc.set_threshold(50, 3, 3)
keep = []
for i in range(400):
    keep.append([i])
gc.callbacks.remove(cb)
print('collections:', len(runs) > 0)
print('gen0 most often:', runs.count(0) >= runs.count(1) >= runs.count(2))
print('threshold:', gc.get_threshold())
