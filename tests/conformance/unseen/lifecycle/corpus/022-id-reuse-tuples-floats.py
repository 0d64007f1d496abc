# id reuse for tuples of different sizes and floats after they are freed.
t2 = (object(), 1); i2 = id(t2); del t2
t3 = (object(), 1, 2); print('3-tuple into 2-tuple block:', id(t3) == i2)
t2b = (object(), 2); print('2-tuple reuses:', id(t2b) == i2)
f = 1.5 * 2; i_f = id(f); del f
g = 2.5 * 2; print('float reuses float:', id(g) == i_f)
h = 3.5 * 2; print('next float differs:', id(h) != id(g))
del g, h
s = 'abc' * 3; i_s = id(s); del s
u = 'xyz' * 3; print('str reuses str:', id(u) == i_s)
