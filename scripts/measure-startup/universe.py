import sys, types
seen = set()
out = set()
def addstr(s):
    if isinstance(s, str) and s.isidentifier() and s.isascii():
        out.add(s)
def walk_code(co):
    if id(co) in seen: return
    seen.add(id(co))
    for n in co.co_names + co.co_varnames + co.co_freevars + co.co_cellvars: addstr(n)
    addstr(co.co_name)
    for c in co.co_consts:
        if isinstance(c, types.CodeType): walk_code(c)
        elif isinstance(c, str): addstr(c)
        elif isinstance(c, (tuple, frozenset)):
            for x in c:
                if isinstance(x, str): addstr(x)
def walk(obj, depth=0):
    if id(obj) in seen or depth > 4: return
    seen.add(id(obj))
    if isinstance(obj, types.FunctionType):
        walk_code(obj.__code__); return
    if isinstance(obj, (classmethod, staticmethod)):
        walk(obj.__func__, depth + 1); return
    if isinstance(obj, property):
        for f in (obj.fget, obj.fset, obj.fdel):
            if f: walk(f, depth + 1)
        return
    if isinstance(obj, (type, types.ModuleType)):
        try: d = vars(obj)
        except TypeError: return
        for k, v in list(d.items()):
            addstr(k)
            if isinstance(v, str): addstr(v)
            walk(v, depth + 1)
for m in list(sys.modules.values()):
    walk(m)
def subs(t):
    for s in t.__subclasses__():
        if id(s) not in seen:
            walk(s); subs(s)
subs(object)
for t in [int, str, float, list, dict, set, frozenset, tuple, bytes, bytearray, object, type, complex, range, slice, memoryview, types.CodeType, types.FunctionType, types.ModuleType, types.FrameType, BaseException]:
    for n in dir(t): addstr(n)
for m in list(sys.modules.values()):
    for n in dir(m): addstr(n)
print('\n'.join(sorted(out)))
