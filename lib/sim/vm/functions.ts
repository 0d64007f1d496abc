// Creating function objects (MAKE_FUNCTION). Mirrors Objects/funcobject.c (PyFunction_New:
// name/qualname from the code object, __doc__ from consts[0], __module__ from globals['__name__']).

import type { PyObj } from '../objects/object';
import type { Runtime } from './runtime';
import { incref } from '../heap/refcount';
import { dictGetStr, type DictObj } from '../objects/dict';
import type { CodeObj, FunctionObj } from '../objects/function';

/** A new function taking over `code`, `defaults`, `kwdefaults` and `closure`. */
export function newFunction(
  rt: Runtime, code: CodeObj, globals: DictObj, builtins: DictObj,
  defaults: PyObj | null, kwdefaults: PyObj | null, closure: PyObj | null,
): FunctionObj {
  incref(rt, globals, '__globals__');
  incref(rt, builtins, '__builtins__');
  const module = dictGetStr(globals, '__name__');
  if (module) incref(rt, module, '__module__');
  const c = code.code;
  let doc: PyObj = rt.None;
  if (c.docstring !== null && code.consts.length > 0) doc = code.consts[0];
  incref(rt, doc, '__doc__');
  // the code object's co_name and co_qualname (no new string per function)
  const name = (incref(rt, code.name, '__name__'), code.name);
  const qualname = (incref(rt, code.qualname, '__qualname__'), code.qualname);
  const fn = rt.alloc<FunctionObj>(rt.types.function, {
    code, globals, builtins, module, defaults: defaults === rt.None ? null : defaults, kwdefaults, doc, dict: null, closure, name, qualname,
  }, rt.functionBytes());
  rt.gc.track(fn);
  return fn;
}
