// Function-like objects: Python functions, bound methods, built-in functions and method
// descriptors, staticmethod/classmethod/property, cells, code objects and modules.
// Mirrors Objects/funcobject.c (func_clear/func_dealloc order, func_traverse), classobject.c
// (method), methodobject.c (builtin_function_or_method), descrobject.c (method_descriptor, property),
// cellobject.c, codeobject.c and moduleobject.c.

import type { NativeFn, NativeMethod, PyObj, PyType, Visit } from './object';
import type { Runtime } from '../vm/runtime';
import type { CodeObject } from '../compiler/code';
import { defineType } from './types';
import { decref, incref, xdecref } from '../heap/refcount';
import { raise } from './exception';
import { dictGetStr, type DictObj } from './dict';
import { callObject, reprOf, defaultRepr, isTypeObject } from './protocol';
import { moduleDocText, newMethodDoc } from './introspection';
import { newStr, type StrObj } from './str';
import { callPythonFunction } from '../vm/call';

// ---- code ----------------------------------------------------------------------------------------

export interface CodeObj extends PyObj {
  code: CodeObject;
  /** Materialised constants (one reference each). */
  consts: PyObj[];
  /** co_names as interned str objects (one reference each). */
  names: PyObj[];
  /**
   * co_name (interned, like every identifier) and co_qualname (the same object at module level),
   * one reference each: a function made from the code shares them (3.10: the qualname constant
   * MAKE_FUNCTION takes from the enclosing code's co_consts).
   */
  name: StrObj;
  qualname: StrObj;
}

defineType({
  key: 'code', name: 'code', isGC: false, baseType: false,
  slots: {
    traverse(o, visit) {
      (o as CodeObj).consts.forEach((c, i) => visit(c, visit.named ? `co_consts[${i}]` : 'co_consts'));
      (o as CodeObj).names.forEach((c, i) => visit(c, visit.named ? `co_names[${i}]` : 'co_names'));
      visit((o as CodeObj).name, 'co_name');
      visit((o as CodeObj).qualname, 'co_qualname');
    },
    dealloc(rt, o) {
      const c = o as CodeObj;
      const consts = c.consts;
      const names = c.names;
      c.consts = [];
      c.names = [];
      for (const k of consts) decref(rt, k, 'co_consts');
      for (const k of names) decref(rt, k, 'co_names');
      decref(rt, c.name, 'co_name');
      decref(rt, c.qualname, 'co_qualname');
    },
    repr: (rt, o) => `<code object ${(o as CodeObj).code.name} at 0x${o.id.toString(16)}, file "${(o as CodeObj).code.filename}", line ${(o as CodeObj).code.firstLine}>`,
    getattr(rt, o, name) {
      const c = (o as CodeObj).code;
      if (name === 'co_name') return (incref(rt, (o as CodeObj).name, 'attribute value'), (o as CodeObj).name);
      if (name === 'co_filename') return newStr(rt, c.filename);
      if (name === 'co_firstlineno') return rt.newInt(c.firstLine);
      return null;
    },
  },
});

// ---- function ------------------------------------------------------------------------------------

export interface FunctionObj extends PyObj {
  code: CodeObj;
  globals: DictObj;
  builtins: DictObj;
  module: PyObj | null;
  defaults: PyObj | null;
  kwdefaults: PyObj | null;
  doc: PyObj;
  dict: DictObj | null;
  closure: PyObj | null;
  name: StrObj;
  qualname: StrObj;
}

export function functionTraverse(o: PyObj, visit: Visit): void {
  const f = o as FunctionObj;
  visit(f.code, '__code__');
  visit(f.globals, '__globals__');
  visit(f.builtins, '__builtins__');
  if (f.module) visit(f.module, '__module__');
  if (f.defaults) visit(f.defaults, '__defaults__');
  if (f.kwdefaults) visit(f.kwdefaults, '__kwdefaults__');
  visit(f.doc, '__doc__');
  visit(f.name, '__name__');
  if (f.dict) visit(f.dict, '__dict__');
  if (f.closure) visit(f.closure, '__closure__');
  visit(f.qualname, '__qualname__');
}

function functionClear(rt: Runtime, o: PyObj): void {
  const f = o as FunctionObj;
  const take = <K extends keyof FunctionObj>(k: K): PyObj | null => {
    const v = f[k] as unknown as PyObj | null;
    (f as unknown as Record<string, unknown>)[k as string] = null;
    return v;
  };
  xdecref(rt, take('globals'), '__globals__');
  xdecref(rt, take('builtins'), '__builtins__');
  xdecref(rt, take('module'), '__module__');
  xdecref(rt, take('defaults'), 'default arguments');
  xdecref(rt, take('kwdefaults'), '__kwdefaults__');
  xdecref(rt, take('doc'), '__doc__');
  xdecref(rt, take('dict'), '__dict__');
  xdecref(rt, take('closure'), '__closure__');
}

defineType({
  key: 'function', name: 'function', isGC: true, weakrefable: true, baseType: false,
  slots: {
    traverse: functionTraverse,
    clear(rt, o) {
      functionClear(rt, o);
      const f = o as FunctionObj;
      const name = f.name, qn = f.qualname;
      f.name = f.qualname = (incref(rt, rt.emptyStr, 'name'), incref(rt, rt.emptyStr, 'name'), rt.emptyStr as StrObj);
      decref(rt, name, '__name__');
      decref(rt, qn, '__qualname__');
    },
    dealloc(rt, o) {
      functionClear(rt, o);
      const f = o as FunctionObj;
      decref(rt, f.code, '__code__');
      decref(rt, f.name, '__name__');
      decref(rt, f.qualname, '__qualname__');
    },
    repr: (_rt, o) => `<function ${(o as FunctionObj).qualname.value} at 0x${o.id.toString(16)}>`,
    call(rt, o, args, kwargs) {
      // called from native code: the caller holds references we cannot enumerate
      rt.nativeDepth++;
      try {
        return callPythonFunction(rt, o as FunctionObj, args, kwargs, false);
      } finally {
        rt.nativeDepth--;
      }
    },
    descrGet(rt, f, obj) {
      if (obj === null || obj === rt.None) return (incref(rt, f, 'attribute value'), f);
      return newMethod(rt, f, obj);
    },
    getattr(rt, o, name) {
      const f = o as FunctionObj;
      let v: PyObj | null = null;
      switch (name) {
        case '__name__': v = f.name; break;
        case '__qualname__': v = f.qualname; break;
        case '__code__': v = f.code; break;
        case '__defaults__': v = f.defaults ?? rt.None; break;
        case '__kwdefaults__': v = f.kwdefaults ?? rt.None; break;
        case '__closure__': v = f.closure ?? rt.None; break;
        case '__globals__': v = f.globals; break;
        case '__doc__': v = f.doc; break;
        case '__module__': v = f.module ?? rt.None; break;
        case '__dict__':
          if (!f.dict) f.dict = rt.newDict();
          v = f.dict;
          break;
      }
      if (v) incref(rt, v, 'attribute value');
      else if (f.dict) {
        v = dictGetStr(f.dict, name);
        if (v) incref(rt, v, 'attribute value');
      }
      return v;
    },
    setattr(rt, o, name, value) {
      const f = o as FunctionObj;
      if (name === '__defaults__') {
        const old = f.defaults;
        f.defaults = value && value !== rt.None ? (incref(rt, value, 'default arguments'), value) : null;
        xdecref(rt, old, 'default arguments');
        return true;
      }
      if (!f.dict) f.dict = rt.newDict();
      const k = rt.str(name);
      try {
        if (value) rt.dictSet(f.dict, k, value);
        else rt.dictDel(f.dict, k);
      } finally {
        decref(rt, k, 'temporary');
      }
      return true;
    },
  },
});

// ---- bound method --------------------------------------------------------------------------------

export interface MethodObj extends PyObj {
  func: PyObj;
  self: PyObj;
}

export function newMethod(rt: Runtime, func: PyObj, self: PyObj): MethodObj {
  incref(rt, func, 'bound method function');
  incref(rt, self, 'bound method self');
  const p = rt.profile.platformModel.pointerBytes;
  const m = rt.alloc<MethodObj>(rt.types.method, { func, self }, rt.profile.platformModel.gcHeadBytes + p * 5);
  rt.gc.track(m);
  return m;
}

defineType({
  key: 'method', name: 'method', isGC: true, weakrefable: true, baseType: false,
  slots: {
    traverse(o, visit) {
      visit((o as MethodObj).func, '__func__');
      visit((o as MethodObj).self, '__self__');
    },
    dealloc(rt, o) {
      const m = o as MethodObj;
      decref(rt, m.func, 'bound method function');
      decref(rt, m.self, 'bound method self');
    },
    repr: (rt, o) => {
      const m = o as MethodObj;
      const qn = (m.func as FunctionObj).qualname?.value ?? '?';
      return `<bound method ${qn} of ${reprOf(rt, m.self)}>`;
    },
    call(rt, o, args, kwargs) {
      const m = o as MethodObj;
      if (m.func.type === rt.types.function) {
        rt.nativeDepth++;
        try {
          return callPythonFunction(rt, m.func as FunctionObj, [m.self, ...args], kwargs, false);
        } finally {
          rt.nativeDepth--;
        }
      }
      return callObject(rt, m.func, [m.self, ...args], kwargs);
    },
    getattr(rt, o, name) {
      const m = o as MethodObj;
      const v = name === '__func__' ? m.func : name === '__self__' ? m.self : null;
      if (v) return (incref(rt, v, 'attribute value'), v);
      return rt.getAttrOrNull(m.func, name);
    },
    richcompare(rt, a, b, op) {
      if ((op !== 'eq' && op !== 'ne') || b.type !== rt.types.method) return null;
      const x = a as MethodObj, y = b as MethodObj;
      const eq = x.func === y.func && x.self === y.self;
      return rt.bool(op === 'eq' ? eq : !eq);
    },
    hash: (rt, o) => rt.hash((o as MethodObj).self) ^ rt.hash((o as MethodObj).func),
  },
});

// ---- built-in functions and method descriptors ---------------------------------------------------

export interface BuiltinObj extends PyObj {
  name: string;
  fn: NativeFn;
  /** The bound object (a method's self, a classmethod's type) or null for module functions. */
  self: PyObj | null;
  /** Module name for repr of module-level functions. */
  moduleName: string | null;
}

export function newBuiltin(rt: Runtime, name: string, fn: NativeFn, self: PyObj | null, moduleName: string | null = null): BuiltinObj {
  if (self) incref(rt, self, 'builtin method self');
  const p = rt.profile.platformModel.pointerBytes;
  const b = rt.alloc<BuiltinObj>(rt.types.builtin_function_or_method, { name, fn, self, moduleName }, rt.profile.platformModel.gcHeadBytes + p * 6);
  rt.gc.track(b);
  return b;
}

defineType({
  key: 'builtin_function_or_method', name: 'builtin_function_or_method', isGC: true, weakrefable: true, baseType: false,
  slots: {
    traverse(o, visit) {
      const b = o as BuiltinObj;
      if (b.self) visit(b.self, '__self__');
    },
    dealloc(rt, o) {
      const b = o as BuiltinObj;
      const s = b.self;
      b.self = null;
      xdecref(rt, s, 'builtin method self');
    },
    repr(rt, o) {
      const b = o as BuiltinObj;
      if (!b.self || b.self.type === rt.types.module) return `<built-in function ${b.name}>`;
      return `<built-in method ${b.name} of ${b.self.type.name} object at 0x${b.self.id.toString(16)}>`;
    },
    call: (rt, o, args, kwargs) => {
      const b = o as BuiltinObj;
      return b.fn(rt, args, kwargs, b.self && b.self.type !== rt.types.module ? b.self : null);
    },
    getattr(rt, o, name) {
      const b = o as BuiltinObj;
      if (name === '__name__' || name === '__qualname__') return rt.str(b.name);
      if (name === '__self__') { const s = b.self ?? rt.None; incref(rt, s, 'attribute value'); return s; }
      if (name === '__doc__') {
        const owner = !b.self || b.self.type === rt.types.module ? null : isTypeObject(rt, b.self) ? (b.self as PyType).name : b.self.type.name;
        return newMethodDoc(rt, owner, b.name, owner === null ? 'function' : 'method');
      }
      return null;
    },
    richcompare(rt, a, b, op) {
      if ((op !== 'eq' && op !== 'ne') || b.type !== a.type) return null;
      const x = a as BuiltinObj, y = b as BuiltinObj;
      const eq = x.fn === y.fn && x.self === y.self;
      return rt.bool(op === 'eq' ? eq : !eq);
    },
  },
});

export interface MethodDescrObj extends PyObj {
  owner: PyType;
  method: NativeMethod;
}

defineType({
  key: 'method_descriptor', name: 'method_descriptor', isGC: true, baseType: false,
  slots: {
    repr: (_rt, o) => `<method '${(o as MethodDescrObj).method.name}' of '${(o as MethodDescrObj).owner.name}' objects>`,
    call(rt, o, args, kwargs) {
      const d = o as MethodDescrObj;
      if (args.length === 0) raise(rt, 'TypeError', `unbound method ${d.owner.name}.${d.method.name}() needs an argument`);
      return d.method.fn(rt, args.slice(1), kwargs, args[0]);
    },
    descrGet(rt, o, obj) {
      const d = o as MethodDescrObj;
      if (obj === null) return (incref(rt, o, 'attribute value'), o);
      return newBuiltin(rt, d.method.name, d.method.fn, obj);
    },
    getattr(rt, o, name) {
      const d = o as MethodDescrObj;
      switch (name) {
        case '__name__': return rt.str(d.method.name);
        case '__qualname__': return rt.str(`${d.owner.name}.${d.method.name}`);
        case '__objclass__': return (incref(rt, d.owner, 'attribute value'), d.owner);
        case '__doc__': return newMethodDoc(rt, d.owner.name, d.method.name, 'method');
      }
      return null;
    },
  },
});

// ---- staticmethod, classmethod, property ---------------------------------------------------------

export interface WrapperObj extends PyObj {
  callable: PyObj;
  dict: DictObj | null;
}

function wrapperSlots(kind: 'static' | 'class') {
  return {
    traverse: (o: PyObj, visit: Visit) => visit((o as WrapperObj).callable, '__func__'),
    dealloc: (rt: Runtime, o: PyObj) => decref(rt, (o as WrapperObj).callable, '__func__'),
    descrGet(rt: Runtime, o: PyObj, _obj: PyObj | null, type: PyType): PyObj {
      const f = (o as WrapperObj).callable;
      if (kind === 'static') return (incref(rt, f, 'attribute value'), f);
      return newMethod(rt, f, type);
    },
    new(rt: Runtime, type: PyType, args: PyObj[]): PyObj {
      incref(rt, args[0], '__func__');
      const w = rt.alloc<WrapperObj>(type, { callable: args[0], dict: null }, rt.profile.platformModel.gcHeadBytes + rt.profile.platformModel.pointerBytes * 4);
      rt.gc.track(w);
      return w;
    },
    getattr(rt: Runtime, o: PyObj, name: string) {
      if (name === '__func__') { const f = (o as WrapperObj).callable; incref(rt, f, 'attribute value'); return f; }
      return null;
    },
  };
}

defineType({ key: 'staticmethod', name: 'staticmethod', isGC: true, slots: wrapperSlots('static') });
defineType({ key: 'classmethod', name: 'classmethod', isGC: true, slots: wrapperSlots('class') });

export interface PropertyObj extends PyObj {
  fget: PyObj | null;
  fset: PyObj | null;
  fdel: PyObj | null;
}

defineType({
  key: 'property', name: 'property', isGC: true,
  slots: {
    isDataDescr: true,
    traverse(o, visit) {
      const p = o as PropertyObj;
      if (p.fget) visit(p.fget, 'fget');
      if (p.fset) visit(p.fset, 'fset');
      if (p.fdel) visit(p.fdel, 'fdel');
    },
    dealloc(rt, o) {
      const p = o as PropertyObj;
      xdecref(rt, p.fget, 'fget');
      xdecref(rt, p.fset, 'fset');
      xdecref(rt, p.fdel, 'fdel');
    },
    descrGet(rt, o, obj) {
      const p = o as PropertyObj;
      if (obj === null) return (incref(rt, o, 'attribute value'), o);
      if (!p.fget) raise(rt, 'AttributeError', 'property has no getter');
      return callObject(rt, p.fget, [obj], null);
    },
    new(rt, type, args, kwargs) {
      const get = (i: number, k: string) => {
        const v = args[i] ?? kwargs?.get(k) ?? null;
        if (v && v !== rt.None) { incref(rt, v, k); return v; }
        return null;
      };
      const p = rt.alloc<PropertyObj>(type, { fget: get(0, 'fget'), fset: get(1, 'fset'), fdel: get(2, 'fdel') }, rt.profile.platformModel.gcHeadBytes + rt.profile.platformModel.pointerBytes * 7);
      rt.gc.track(p);
      return p;
    },
  },
  methods: {
    setter(rt, args, _k, self) {
      const p = self as PropertyObj;
      incref(rt, args[0], 'fset');
      if (p.fget) incref(rt, p.fget, 'fget');
      if (p.fdel) incref(rt, p.fdel, 'fdel');
      const n = rt.alloc<PropertyObj>(rt.types.property, { fget: p.fget, fset: args[0], fdel: p.fdel }, rt.profile.platformModel.gcHeadBytes + rt.profile.platformModel.pointerBytes * 7);
      rt.gc.track(n);
      return n;
    },
    getter(rt, args, _k, self) {
      const p = self as PropertyObj;
      incref(rt, args[0], 'fget');
      if (p.fset) incref(rt, p.fset, 'fset');
      if (p.fdel) incref(rt, p.fdel, 'fdel');
      const n = rt.alloc<PropertyObj>(rt.types.property, { fget: args[0], fset: p.fset, fdel: p.fdel }, rt.profile.platformModel.gcHeadBytes + rt.profile.platformModel.pointerBytes * 7);
      rt.gc.track(n);
      return n;
    },
  },
});

// ---- cell ----------------------------------------------------------------------------------------

export interface CellObj extends PyObj {
  ref: PyObj | null;
}

export function newCell(rt: Runtime, ref: PyObj | null): CellObj {
  // takes over the reference to `ref`
  const c = rt.alloc<CellObj>(rt.types.cell, { ref }, rt.profile.platformModel.gcHeadBytes + rt.profile.platformModel.pointerBytes * 3);
  rt.gc.track(c);
  return c;
}

defineType({
  key: 'cell', name: 'cell', isGC: true, baseType: false,
  slots: {
    traverse(o, visit) {
      const r = (o as CellObj).ref;
      if (r) visit(r, 'cell contents');
    },
    dealloc(rt, o) {
      const c = o as CellObj;
      const r = c.ref;
      c.ref = null;
      xdecref(rt, r, 'cell contents');
    },
    clear(rt, o) {
      const c = o as CellObj;
      const r = c.ref;
      c.ref = null;
      xdecref(rt, r, 'cell contents');
    },
    repr: (rt, o) => {
      const r = (o as CellObj).ref;
      return r ? `<cell at 0x${o.id.toString(16)}: ${r.type.name} object at 0x${r.id.toString(16)}>` : `<cell at 0x${o.id.toString(16)}: empty>`;
    },
    getattr(rt, o, name) {
      if (name !== 'cell_contents') return null;
      const r = (o as CellObj).ref;
      if (!r) raise(rt, 'ValueError', 'Cell is empty');
      incref(rt, r, 'attribute value');
      return r;
    },
  },
});

// ---- module --------------------------------------------------------------------------------------

export interface ModuleObj extends PyObj {
  name: string;
  dict: DictObj;
  /**
   * A built-in module's docstring, made when first asked for and kept (CPython's is in the module's
   * dict from start-up; the simulator's dicts hold only what programs can change).
   */
  doc: PyObj | null;
}

defineType({
  key: 'module', name: 'module', isGC: true, weakrefable: true,
  slots: {
    traverse(o, visit) {
      visit((o as ModuleObj).dict, '__dict__');
      if ((o as ModuleObj).doc) visit((o as ModuleObj).doc!, '__doc__');
    },
    dealloc(rt, o) {
      decref(rt, (o as ModuleObj).dict, '__dict__');
      xdecref(rt, (o as ModuleObj).doc, '__doc__');
    },
    repr: (_rt, o) => `<module '${(o as ModuleObj).name}'${(o as ModuleObj).name === '__main__' ? '' : " (built-in)"}>`,
    getattr(rt, o, name) {
      const m = o as ModuleObj;
      if (name === '__dict__') return (incref(rt, m.dict, 'attribute value'), m.dict);
      const v = dictGetStr(m.dict, name);
      if (v) incref(rt, v, 'attribute value');
      else if (name === '__doc__') {
        if (!m.doc) {
          m.doc = rt.str(moduleDocText(m.name));
          // sys is initialized single-phase: the import machinery keeps a copy of its dict (m_copy),
          // a second holder of every value in it
          if (m.name === 'sys') {
            incref(rt, m.doc, "sys's dict copy (m_copy)");
            m.doc.baseRefs++;
          }
        }
        return (incref(rt, m.doc, 'attribute value'), m.doc);
      }
      return v;
    },
    setattr(rt, o, name, value) {
      const m = o as ModuleObj;
      const k = rt.str(name);
      try {
        if (value) rt.dictSet(m.dict, k, value);
        else rt.dictDel(m.dict, k);
      } finally {
        decref(rt, k, 'temporary');
      }
      return true;
    },
  },
});

export { newStr, defaultRepr };
