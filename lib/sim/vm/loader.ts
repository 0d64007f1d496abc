// Loading a compilation unit: materialise the compiler's constant descriptions into heap objects.
// Mirrors Python/compile.c's merge_consts_recursive (one object per distinct constant key in a
// compilation unit), Objects/codeobject.c (intern_string_constants: identifier-like strings are
// interned; names are interned) and Python/pythonrun.c (the AST arena holds literal constants while
// a script runs).

import type { PyObj } from '../objects/object';
import type { Runtime } from './runtime';
import type { CodeObject, ConstDesc } from '../compiler/code';
import { incref } from '../heap/refcount';
import { newInt } from '../objects/int';
import { newFloat } from '../objects/float';
import { newStr, intern, internedName, type StrObj } from '../objects/str';
import { newBytes } from '../objects/bytes';
import { newTuple } from '../objects/tuple';
import { newSet, setAdd } from '../objects/set';
import type { CodeObj } from '../objects/function';

export class ConstantPool {
  /** One object per merge key; the pool's creation reference is handed to the first user. */
  private readonly byKey = new Map<string, PyObj>();
  constructor(private readonly rt: Runtime) {}

  /** A new reference to the object for `desc`. */
  get(desc: ConstDesc): PyObj {
    const rt = this.rt;
    if (desc.kind === 'code') return materializeCode(rt, desc.code, this);
    const hit = this.byKey.get(desc.key);
    if (hit) {
      incref(rt, hit, 'co_consts');
      return hit;
    }
    const arenaHolds = desc.astHeld === true && rt.profile.execution.scriptArenaHoldsConstants;
    let o: PyObj;
    if (desc.kind === 'str' && desc.intern) o = this.internedStr(desc.value, arenaHolds);
    else {
      o = this.create(desc);
      if (arenaHolds) this.holdInArena(o);
    }
    this.byKey.set(desc.key, o);
    return o;
  }

  /** The script's AST arena keeps `o` until the module finished (run.ts frees the arena). */
  private holdInArena(o: PyObj): void {
    incref(this.rt, o, 'AST arena');
    this.rt.astArena.push(o);
  }

  /**
   * An interned string constant. The AST keeps the parser's own copy; interning replaces it in
   * co_consts only, so when the value was interned already (at start-up) the arena holds the copy.
   */
  private internedStr(value: string, arenaHolds: boolean): PyObj {
    const rt = this.rt;
    const parsed = newStr(rt, value);
    if (arenaHolds) this.holdInArena(parsed);
    return intern(rt, parsed as StrObj, 'constant', arenaHolds);
  }

  private create(desc: ConstDesc): PyObj {
    const rt = this.rt;
    switch (desc.kind) {
      case 'none': return (incref(rt, rt.None, 'co_consts'), rt.None);
      case 'ellipsis': return (incref(rt, rt.Ellipsis, 'co_consts'), rt.Ellipsis);
      case 'bool': return rt.bool(desc.value);
      case 'int': return newInt(rt, desc.value);
      case 'float': return newFloat(rt, desc.value);
      case 'str': {
        const s = newStr(rt, desc.value);
        return desc.intern ? intern(rt, s as StrObj, 'constant') : s;
      }
      case 'bytes': return newBytes(rt, desc.value);
      case 'tuple': return newTuple(rt, desc.items.map((i) => this.get(i)));
      case 'frozenset': {
        const s = newSet(rt, rt.types.frozenset);
        for (const i of desc.items) {
          const x = this.get(i);
          setAdd(rt, s, x);
          rt.decref(x, 'temporary');
        }
        return s;
      }
      default: return rt.bug(`unknown constant kind`);
    }
  }
}

/** Build the code object (and nested ones) for a compiled unit; a new reference. */
export function materializeCode(rt: Runtime, code: CodeObject, pool: ConstantPool): CodeObj {
  const consts = code.consts.map((d) => pool.get(d));
  const names = code.names.map((n) => internedName(rt, n));
  const name = internedName(rt, code.name);
  const qualname = code.qualname === code.name ? (incref(rt, name, 'co_qualname'), name) : newStr(rt, code.qualname);
  const p = rt.profile.platformModel.pointerBytes;
  return rt.alloc<CodeObj>(rt.types.code, { code, consts, names, name, qualname }, p * 24);
}
