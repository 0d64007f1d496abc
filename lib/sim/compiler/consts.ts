// Constant descriptions and CPython's merge keys. Mirrors _PyCode_ConstantKey (Objects/codeobject.c)
// and the compiler's constant cache (Python/compile.c, merge_consts_recursive): one description per
// distinct key per compilation unit, shared by every code object that uses it.

import type { ConstantValue } from '../parser/ast';
import type { CodeObject, ConstDesc } from './code';

/** CPython's all_name_chars: identifier-like strings are interned when a code object is created. */
export function isInternable(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** The merge key of a constant value: equal keys are the same object. */
export function constKey(v: ConstantValue): string {
  switch (v.kind) {
    case 'none': return 'None';
    case 'ellipsis': return 'Ellipsis';
    case 'bool': return v.value ? 'True' : 'False';
    case 'int': return `int:${v.value}`;
    case 'float': return `float:${Object.is(v.value, -0) ? '-0' : Number.isNaN(v.value) ? 'nan' : String(v.value)}`;
    case 'str': return `str:${JSON.stringify(v.value)}`;
    case 'bytes': return `bytes:${hex(v.value)}`;
    case 'tuple': return `tuple(${v.items.map(constKey).join(',')})`;
    case 'frozenset': return `frozenset(${[...new Set(v.items.map(constKey))].sort().join(',')})`;
  }
}

export interface ConstPoolOptions {
  /** References the AST arena holds to a bytes literal (see CompilerFeatures.bytesLiteralAstRefs). */
  bytesLiteralAstRefs: number;
}

export class ConstPool {
  private readonly byKey = new Map<string, ConstDesc>();
  private codeCounter = 0;

  constructor(private readonly opts: ConstPoolOptions = { bytesLiteralAstRefs: 1 }) {}

  /**
   * The shared description for `v`. `inAst`: this occurrence is an object the AST arena holds.
   * Items of a tuple/frozenset built from source literals are themselves literal objects.
   */
  describe(v: ConstantValue, inAst: boolean, itemsFromSource = true): ConstDesc {
    const key = constKey(v);
    let d = this.byKey.get(key);
    if (!d) {
      d = this.create(v, key, itemsFromSource);
      this.byKey.set(key, d);
    }
    if (inAst) {
      d.astHeld = true;
      d.astRefs = d.kind === 'bytes' ? this.opts.bytesLiteralAstRefs : 1;
      d.astOccurrences++;
    }
    return d;
  }

  private create(v: ConstantValue, key: string, itemsFromSource: boolean): ConstDesc {
    const base = { key, astHeld: false, astRefs: 0, astOccurrences: 0 };
    switch (v.kind) {
      case 'str':
        return { ...base, kind: 'str', value: v.value, intern: isInternable(v.value) };
      case 'tuple':
        return { ...base, kind: 'tuple', items: v.items.map((x) => this.describe(x, itemsFromSource, itemsFromSource)) };
      case 'frozenset': {
        // A set keeps the first of equal items.
        const seen = new Set<string>();
        const items: ConstDesc[] = [];
        for (const x of v.items) {
          const k = constKey(x);
          const d = this.describe(x, itemsFromSource, itemsFromSource);
          if (!seen.has(k)) {
            seen.add(k);
            items.push(d);
          }
        }
        return { ...base, kind: 'frozenset', items };
      }
      default:
        return { ...base, ...v } as ConstDesc;
    }
  }

  /** A code object constant: never merged. */
  code(code: CodeObject): ConstDesc {
    return { kind: 'code', code, key: `code#${this.codeCounter++}:${code.qualname}`, astHeld: false, astRefs: 0, astOccurrences: 0 };
  }
}
