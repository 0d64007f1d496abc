// Imports of the built-in modules of the subset. Mirrors Python/bytecodes.c (IMPORT_NAME,
// IMPORT_FROM) with Python/import.c's sys.modules lookup.

import type { OpHandler } from '../signals';
import type { PyObj } from '../../objects/object';
import { decref } from '../../heap/refcount';
import { raise, PyException } from '../../objects/exception';
import { getAttr } from '../../objects/protocol';

export const IMPORT_NAME: OpHandler = (rt, f, arg) => {
  const name = f.code.code.names[arg];
  f.popRelease(rt); // fromlist
  f.popRelease(rt); // level
  const m = rt.importModule(name);
  if (!m) raise(rt, 'ImportError', `No module named '${name}'`);
  f.push(m);
};

export const IMPORT_FROM: OpHandler = (rt, f, arg) => {
  const name = f.code.code.names[arg];
  const m = f.top()!;
  let v: PyObj;
  try {
    v = getAttr(rt, m, name);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    decref(rt, e.exc, 'exception replaced');
    raise(rt, 'ImportError', `cannot import name '${name}' from '${(m as unknown as { name: string }).name}' (unknown location)`);
  }
  f.push(v);
};
