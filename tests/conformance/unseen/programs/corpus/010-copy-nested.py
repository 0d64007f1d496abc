# copy.copy shares the inner lists; deepcopy copies them; counts tell which.
import copy, sys
inner = [1, 2]
outer = [inner, inner, [3]]
shallow = copy.copy(outer)
deep = copy.deepcopy(outer)
print(shallow[0] is inner, deep[0] is inner, deep[0] is deep[1])
print(sys.getrefcount(inner))
del shallow
print(sys.getrefcount(inner))
print(deep, sys.getrefcount(deep[0]))
t = (1, 2, [3])
u = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(u) is u)
