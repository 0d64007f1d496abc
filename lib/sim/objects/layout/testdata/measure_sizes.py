# Measures sys.getsizeof for the layout tests. Run with each interpreter:
#   for v in 3.10.13 3.11.7 3.12.1 3.13.0; do ~/.pyenv/versions/$v/bin/python3 measure_sizes.py > s-$v.json; done
# then merge the four outputs into measured-sizes-64bit.json keyed "3.10".."3.13".
import sys, json
S = sys.getsizeof
out = {}
def rec(k, v): out[k] = v
for name, v in [('0',0),('1',1),('-1',-1),('2**30-1',2**30-1),('2**30',2**30),('-2**30',-2**30),('2**60-1',2**60-1),('2**60',2**60),('2**90',2**90),('2**1000',2**1000),('True',True),('False',False),('int("0")',int("0"))]:
    rec('int '+name, S(v))
rec('float', S(1.5)); rec('complex', S(1j)); rec('None', S(None)); rec('object()', S(object()))
rec('Ellipsis', S(...)); rec('NotImplemented', S(NotImplemented))
strs = {'empty':'', 'a':'a', 'ab':'ab', 'a*10':'a'*10, 'a*100': 'a'*100, 'e-acute':'é', 'e-acute*2':'éé', 'chr255': chr(255),
 'euro':'€','euro*2':'€€','emoji':'😀','emoji*2':'😀😀','a+e':'aé','a+euro':'a€','a+emoji':'a😀', 'runtime e-acute': ''.join(['é']), 'runtime e2': 'é'+str(1)[0:0]+'é',
 'chr(233)': chr(233), 'chr(256)':chr(256), 'chr(0x1F600)': chr(0x1F600), 'euro*10':'€'*10}
for k, v in strs.items(): rec('str '+k, S(v))
for k, v in {'empty':b'','a':b'a','ab':b'ab','100':bytes(100)}.items(): rec('bytes '+k, S(v))
rec('bytearray()', S(bytearray())); rec('bytearray(b"ab")', S(bytearray(b'ab'))); rec('bytearray(10)', S(bytearray(10)))
for n in range(0, 6): rec(f'tuple {n}', S(tuple(range(n))))
# lists
l = []; hist = []
for i in range(80): hist.append(S(l)); l.append(i)
rec('list append history', hist)
rec('list literal', [S([]), S([0]), S([0,1]), S([0,1,2]), S([0,1,2,3]), S([0,1,2,3,4]), S([0,1,2,3,4,5]), S([0,1,2,3,4,5,6])])
x=object()
rec('list literal nonconst', [S([x]), S([x,x]), S([x,x,x]), S([x,x,x,x]), S([x,x,x,x,x])])
rec('list(range(n))', [S(list(range(n))) for n in range(0, 25)])
rec('[0]*n', [S([0]*n) for n in range(0, 12)])
rec('[0,1]*n', [S([0,1]*n) for n in range(0, 8)])
rec('listcomp', [S([i for i in range(n)]) for n in range(0, 20)])
rec('list(tuple)', [S(list(tuple(range(n)))) for n in range(0, 12)])
rec('list(list)', [S(list(list(range(n)))) for n in range(0, 12)])
rec('list.copy', [S(list(range(n)).copy()) for n in range(0, 12)])
rec('list slice', [S(list(range(n))[:]) for n in range(0, 12)])
rec('sorted', [S(sorted(range(n))) for n in range(0, 12)])
rec('list(str)', [S(list('x'*n)) for n in range(0, 12)])
rec('list(gen)', [S(list(i for i in range(n))) for n in range(0, 12)])
rec('list(dict)', [S(list(dict.fromkeys(range(n)))) for n in range(0, 12)])
rec('str.split', [S(('a '*n).split()) for n in range(0, 12)])
h=[]
for n in range(0,12):
    l=[]; l.extend(range(n)); h.append(S(l))
rec('extend range into empty', h)
h=[]
for n in range(0,12):
    l=[]; l.extend(list(range(n))); h.append(S(l))
rec('extend list into empty', h)
h=[]
for n in range(0,12):
    l=[]; l += [0]*n; h.append(S(l))
rec('iadd into empty', h)
h=[]
for n in range(0,12):
    l=[0]; l.extend([1]*n); h.append(S(l))
rec('extend into len1', h)
l=[]; h=[]
for i in range(30): l.insert(0, i); h.append(S(l))
rec('insert front history', h)
l=list(range(64)); h=[]
for i in range(64): l.pop(); h.append(S(l))
rec('pop history from 64', h)
l=[0]*100; h=[]
for i in range(100): l.pop(); h.append(S(l))
rec('pop history from [0]*100', h)
l=list(range(20)); l.clear(); rec('list clear', S(l))
l=list(range(20)); del l[:]; rec('list del all', S(l))
l=list(range(20)); del l[5:]; rec('list del [5:]', S(l))
l=list(range(20)); l[2:]= [] ; rec('list slice assign shrink', S(l))
l=list(range(8)); l+=l; rec('list l+=l from 8', S(l))
rec('list concat', [S(list(range(n))+list(range(n))) for n in range(0, 8)])
l=[1,2,3]; rec('list*2 from lit3', S(l*2))
rec('list(reversed)', [S(list(reversed(range(n)))) for n in range(0,10)])
rec('list(map)', [S(list(map(abs, range(n)))) for n in range(0,10)])
rec('list(zip)', [S(list(zip(range(n), range(n)))) for n in range(0,10)])
rec('list(enumerate)', [S(list(enumerate(range(n)))) for n in range(0,10)])
rec('list(set)', [S(list(set(range(n)))) for n in range(0,10)])
# dicts
def dhist(keyf, n=100):
    d = {}; h = [S(d)]
    for i in range(n): d[keyf(i)] = i; h.append(S(d))
    return h
rec('dict str keys history', dhist(lambda i: 'k%d' % i))
rec('dict int keys history', dhist(lambda i: i))
rec('dict {}', S({}))
rec('dict literal str', [S({}), S({'a':1}), S({'a':1,'b':2}), S({'a':1,'b':2,'c':3}), S({'a':1,'b':2,'c':3,'d':4,'e':5,'f':6}), S({'a':1,'b':2,'c':3,'d':4,'e':5,'f':6,'g':7,'h':8,'i':9,'j':10,'k':11})])
rec('dict literal int', [S({1:1}), S({1:1,2:2}), S({1:1,2:2,3:3,4:4,5:5,6:6})])
def mk(n, keyf=lambda i: 'k%d'%i):
    d={}
    for i in range(n): d[keyf(i)]=i
    return d
rec('dict.copy str', [S(mk(n).copy()) for n in range(0, 30)])
rec('dict(d) str', [S(dict(mk(n))) for n in range(0, 30)])
rec('dict.copy int', [S(mk(n, lambda i:i).copy()) for n in range(0, 30)])
rec('dict(d) int', [S(dict(mk(n, lambda i:i))) for n in range(0, 30)])
rec('{**d} str', [S({**mk(n)}) for n in range(0, 30)])
rec('dict comp str', [S({('k%d'%i):i for i in range(n)}) for n in range(0, 30)])
rec('dict comp int', [S({i:i for i in range(n)}) for n in range(0, 30)])
rec('dict.fromkeys int', [S(dict.fromkeys(range(n))) for n in range(0, 30)])
rec('dict(zip) str', [S(dict(zip(['k%d'%i for i in range(n)], range(n)))) for n in range(0, 30)])
rec('dict(kw)', [S(dict(a=1)), S(dict(a=1,b=2)), S(dict(a=1,b=2,c=3,d=4,e=5,f=6))])
h=[]
for n in range(0, 30):
    d = mk(n+5)
    for i in range(5): del d['k%d'%i]
    h.append((S(d), S(d.copy()), S(dict(d))))
rec('dict with 5 deleted: self, copy, dict()', h)
h=[]
for n in range(1, 30):
    d = mk(n)
    for i in range(n): del d['k%d'%i]
    h.append((S(d), S(d.copy()), S(dict(d))))
rec('dict all deleted: self, copy, dict()', h)
d = mk(20); d.clear(); rec('dict clear', S(d))
d = mk(5); d[1]=1; rec('dict 5 str + int key', S(d))
d = {'a':1}; d[1]=2; rec('dict str then int', S(d))
h=[]
d=mk(5)
for i in range(20):
    del d['k%d'%i]; d['k%d'%(i+5)]=i; h.append(S(d))
rec('dict churn del+insert from 5', h)
h=[]; d=mk(10)
for i in range(10): d.pop('k%d'%i); h.append(S(d))
rec('dict pop history from 10', h)
h=[]; d={}
for i in range(10): d.update({'u%d'%i: i}); h.append(S(d))
rec('dict update history', h)
d={}; d.update(mk(10)); rec('empty.update(10)', S(d))
d={}; d.update(mk(3)); rec('empty.update(3)', S(d))
d=mk(3); d.update(mk(10)); rec('3.update(10 overlapping)', S(d))
d={}; d.setdefault('a', 1); rec('setdefault', S(d))
# sets
def shist(n=120):
    s=set(); h=[S(s)]
    for i in range(n): s.add(i); h.append(S(s))
    return h
rec('set add history', shist())
rec('set(range(n))', [S(set(range(n))) for n in range(0, 100)])
rec('frozenset(range(n))', [S(frozenset(range(n))) for n in range(0, 100)])
rec('set literal', [S({1}), S({1,2}), S({1,2,3}), S({1,2,3,4,5}), S({1,2,3,4,5,6,7,8,9,10})])
rec('set comp', [S({i for i in range(n)}) for n in range(0, 30)])
rec('set(list)', [S(set(list(range(n)))) for n in range(0, 30)])
rec('set.copy', [S(set(range(n)).copy()) for n in range(0, 30)])
s=set(range(100)); s.clear(); rec('set clear', S(s))
h=[]; s=set(range(20))
for i in range(20): s.discard(i); h.append(S(s))
rec('set discard history', h)
# instances
class A: pass
class B:
    def __init__(self): self.x=1; self.y=2
class S0: __slots__=()
class S1: __slots__=('x',)
class S2: __slots__=('x','y')
class S2b(S1): __slots__=('y',)
class D1(S1): pass
class W: __slots__=('__weakref__',)
class Dd: __slots__=('__dict__',)
rec('instances', {'A()':S(A()), 'B()':S(B()), 'S0':S(S0()), 'S1':S(S1()), 'S2':S(S2()), 'S2b(S1)':S(S2b()), 'D1(S1) no slots':S(D1()), 'W weakref slot':S(W()), 'Dd dict slot': S(Dd())})
rec('basicsize', {'A':A.__basicsize__, 'S0':S0.__basicsize__, 'S1':S1.__basicsize__, 'S2':S2.__basicsize__, 'D1':D1.__basicsize__, 'W':W.__basicsize__, 'Dd':Dd.__basicsize__, 'object':object.__basicsize__, 'int':int.__basicsize__, 'str': str.__basicsize__, 'tuple':tuple.__basicsize__, 'list':list.__basicsize__, 'dict':dict.__basicsize__,'set':set.__basicsize__, 'float':float.__basicsize__, 'bytes': bytes.__basicsize__, 'type':type.__basicsize__})
class E(Exception): pass
class IntSub(int): pass
class ListSub(list): pass
class DictSub(dict): pass
rec('subclass instances', {'E()':S(E()), 'IntSub(5)': S(IntSub(5)), 'ListSub()': S(ListSub()), 'DictSub()': S(DictSub()), 'Exception()': S(Exception()), 'ValueError("x")': S(ValueError('x'))})
def f(): pass
def g(a, b=1): return a
def outer():
    v = 1
    def inner(): return v
    return inner
inn = outer()
rec('callables', {'function': S(f), 'function with default': S(g), 'closure': S(inn), 'cell': S(inn.__closure__[0]), 'lambda': S(lambda: 0), 'bound method': S(A().__init__) if False else S(B().__init__), 'builtin len': S(len), 'builtin method [].append': S([].append), 'class A': S(A), 'class S1': S(S1), 'code': S(f.__code__), 'type int': S(int), 'module sys': S(sys)})
import weakref
a = A(); r = weakref.ref(a); p = weakref.proxy(a)
rec('weakref', {'ref': S(r), 'ref with cb': S(weakref.ref(a, lambda r: None)), 'proxy': S(p)})
rec('iterators', {'range(10)': S(range(10)), 'range(2**70)': S(range(2**70)), 'iter(list)': S(iter([])), 'iter(tuple)': S(iter(())), 'iter(range)': S(iter(range(10))), 'iter(str)': S(iter('ab')), 'iter(dict)': S(iter({})), 'dict.items()': S({}.items()), 'dict.keys()': S({}.keys()), 'enumerate': S(enumerate([])), 'zip': S(zip([],[])), 'zip3': S(zip([],[],[])), 'reversed list': S(reversed([])), 'map': S(map(abs, [])), 'slice': S(slice(1,2)), 'iter(set)': S(iter(set())), 'gen expr': S(i for i in [])})
print(json.dumps(out))
