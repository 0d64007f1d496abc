// In-place operators of the mutable built-ins (nb_inplace_* / sq_inplace_*): list += iterable,
// list *= n, set |= &= -= ^=, dict |=. Mirrors Objects/listobject.c (list_inplace_concat,
// list_inplace_repeat), setobject.c (set_ior...) and dictobject.c (dict_ior).

import type { BinOp, PyObj } from './object';
import type { Runtime } from '../vm/runtime';
import { decref, incref } from '../heap/refcount';
import { isList, listExtend, listResize, type ListObj } from './list';
import { isInt, type IntObj } from './int';
import { isAnySet, setUpdate, setDiscard, setKeys, setContains, type SetObj } from './set';
import { isDict, dictMerge, type DictObj } from './dict';

export function inplaceOp(rt: Runtime, op: BinOp, a: PyObj, b: PyObj): PyObj | null {
  if (a.type === rt.types.list || (a.type.heap && isList(rt, a))) {
    const l = a as ListObj;
    if (op === 'add') {
      listExtend(rt, l, b);
      incref(rt, l, 'result');
      return l;
    }
    if (op === 'mul' && isInt(rt, b)) {
      const n = Number((b as IntObj).value);
      const orig = [...l.items];
      if (n <= 0) {
        l.items = [];
        l.allocated = 0;
        for (let i = orig.length - 1; i >= 0; i--) decref(rt, orig[i], 'list item');
      } else {
        listResize(l, orig.length * n);
        for (let r = 1; r < n; r++) for (const x of orig) { incref(rt, x, 'list item'); l.items.push(x); }
      }
      incref(rt, l, 'result');
      return l;
    }
  }
  if (a.type === rt.types.set && isAnySet(rt, b)) {
    const s = a as SetObj;
    const other = b as SetObj;
    if (op === 'or') setUpdate(rt, s, other);
    else if (op === 'sub') for (const k of setKeys(other)) setDiscard(rt, s, k);
    else if (op === 'and') { for (const k of setKeys(s)) if (!setContains(rt, other, k)) setDiscard(rt, s, k); }
    else if (op === 'xor') {
      for (const k of setKeys(other)) {
        if (setContains(rt, s, k)) setDiscard(rt, s, k);
        else setUpdate(rt, s, rt.newList([(incref(rt, k, 'list item'), k)]));
      }
    } else return null;
    incref(rt, s, 'result');
    return s;
  }
  if (a.type === rt.types.dict && op === 'or' && isDict(rt, b)) {
    dictMerge(rt, a as DictObj, b, true);
    incref(rt, a, 'result');
    return a;
  }
  return null;
}
