# Measures 3.14-wasm32 facts in Pyodide (CPython 3.14.2 in node_modules/pyodide):
#   see lib/sim/versions/README.md ("How to re-measure") for the node one-liner.
# The layout and profile tests quote its output.
import sys, gc
print('recursionlimit', sys.getrecursionlimit())
print('threshold', gc.get_threshold(), 'freeze', gc.get_freeze_count())
print('hash', sys.hash_info.algorithm, sys.hash_info.width, sys.hash_info.modulus)
print('version_info', tuple(sys.version_info))
print('sys fns', [n for n in ('_is_interned','_is_immortal','getunicodeinternedsize','_getframe','getrefcount','intern','setrecursionlimit') if hasattr(sys,n)])
print('gc fns', [n for n in ('collect','get_count','get_threshold','set_threshold','disable','enable','isenabled','is_tracked','is_finalized','get_referrers','get_referents','get_objects','get_stats','get_debug','set_debug','freeze','unfreeze','get_freeze_count') if not hasattr(gc,n)])
print('refcnt None', sys.getrefcount(None), 'small int', sys.getrefcount(5), 'name', sys.getrefcount('print'))
print('is_tracked', gc.is_tracked({}), gc.is_tracked(tuple([1,2])), gc.is_tracked((1,[])))
print('frozenset() is frozenset()', frozenset() is frozenset())
a_lit = 'a'; print('chr', a_lit is chr(97))
class A: pass
print('basicsize A', A.__basicsize__, sys.getsizeof(A()), sys.getsizeof(A))
class S1: __slots__=('x',)
print('class S1', sys.getsizeof(S1))
def f(): pass
print('function', sys.getsizeof(f), 'cell', sys.getsizeof((lambda: f).__closure__) if False else '', 'method', sys.getsizeof(A().__init__) if False else '')
import weakref
a=A()
print('weakref', sys.getsizeof(weakref.ref(a)), 'range', sys.getsizeof(range(3)), 'iter list', sys.getsizeof(iter([])), 'iter range', sys.getsizeof(iter(range(3))), 'enumerate', sys.getsizeof(enumerate([])), 'zip', sys.getsizeof(zip()), 'map', sys.getsizeof(map(abs, [])), 'slice', sys.getsizeof(slice(1)), 'dictiter', sys.getsizeof(iter({})), 'setiter', sys.getsizeof(iter(set())), 'items', sys.getsizeof({}.items()))
class B:
    def m(self): pass
print('bound method', sys.getsizeof(B().m), 'builtin', sys.getsizeof(len), 'exc', sys.getsizeof(Exception()), sys.getsizeof(ValueError('x')))
class E(Exception): pass
class IntSub(int): pass
class ListSub(list): pass
class DictSub(dict): pass
print('subs', sys.getsizeof(E()), sys.getsizeof(IntSub(5)), sys.getsizeof(ListSub()), sys.getsizeof(DictSub()))
def outer():
    v=1
    def inner(): return v
    return inner
print('cell', sys.getsizeof(outer().__closure__[0]))
print('type basicsize', type.__basicsize__, 'int type', sys.getsizeof(int))
print('bytearray', sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b'ab')))
print('split', [ (sys.getsizeof(('a '*n).split())-28)//4 for n in range(0,14)])
print('list(dict)', [ (sys.getsizeof(list(dict.fromkeys(range(n))))-28)//4 for n in range(0,10)])
print('list(gen)', [ (sys.getsizeof(list(i for i in range(n))))//1 for n in range(0,10)])
print('set lit', sys.getsizeof({1,2,3,4,5}), 'set copy 5', sys.getsizeof(set(range(5)).copy()))
d={}
for i in range(6): d['k%d'%i]=i
for i in range(5): del d['k%d'%i]
print('dict dirty copy used1', sys.getsizeof(d.copy()), sys.getsizeof(dict(d)))
print('dict literal 6', sys.getsizeof({'a':1,'b':2,'c':3,'d':4,'e':5,'f':6}))
d={'a':1}; d[1]=2; print('str then int', sys.getsizeof(d))
