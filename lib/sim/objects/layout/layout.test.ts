// Layout tests: every number below was measured with sys.getsizeof on CPython 3.10.13, 3.11.7,
// 3.12.1 and 3.13.0 (testdata/measure_sizes.py -> testdata/measured-sizes-64bit.json) or recorded
// from Pyodide's CPython 3.14.2 (../shared/conformance/expected.json, key "3.14-wasm32").

import { describe, expect, it } from 'vitest';
import { getProfile } from '../../versions';
import type { Profile, PythonVersion } from '../../versions';
import measuredJson from './testdata/measured-sizes-64bit.json';
import {
  EMPTY_DICT_TABLE,
  EMPTY_SET_TABLE,
  basicSizeof,
  builtinLayout,
  classInstanceLayout,
  dictShapeAfterClear,
  dictShapeAfterCopy,
  dictShapeAfterDelete,
  dictShapeAfterInsert,
  dictShapeAfterMerge,
  dictShapePresized,
  latin1SingletonHasUtf8,
  layoutDiagram,
  listCapacityAfterAppend,
  listCapacityAfterExtend,
  listCapacityAfterShrink,
  listCapacityAfterStrSplit,
  listCapacityForBuilder,
  listCapacityFromIterable,
  setShapeAfterAdd,
  setShapeAfterDiscard,
  setShapeAfterMerge,
  setShapeFromAdds,
  sizeofBareObject,
  sizeofBytearray,
  sizeofBytes,
  sizeofClassObject,
  sizeofComplex,
  sizeofDict,
  sizeofFixed,
  sizeofFloat,
  sizeofInt,
  bitLength,
  sizeofList,
  sizeofSet,
  sizeofStr,
  sizeofTuple,
  strHeaderBytes,
  type ClassShape,
  type DictTableShape,
  type ExtendSource,
  type SetTableShape,
} from './index';

type Measured = Record<string, unknown>;
const MEASURED = measuredJson as unknown as Record<string, Measured>;
const MEASURED_VERSIONS: PythonVersion[] = ['3.10', '3.11', '3.12', '3.13'];

// ---- helpers that replay a container's history through the shape functions -----------------

const str = (s: string) => (p: Profile) => sizeofStr(p, s, { hasUtf8Cache: latin1SingletonHasUtf8(p, s) });

function dictAfterInserts(p: Profile, n: number, strKeys: boolean, from: DictTableShape = EMPTY_DICT_TABLE): DictTableShape {
  let d = from;
  for (let i = 0; i < n; i++) d = dictShapeAfterInsert(p, d, strKeys);
  return d;
}

function dictInsertHistory(p: Profile, n: number, strKeys: boolean): number[] {
  let d = EMPTY_DICT_TABLE;
  const sizes = [sizeofDict(p, d)];
  for (let i = 0; i < n; i++) sizes.push(sizeofDict(p, (d = dictShapeAfterInsert(p, d, strKeys))));
  return sizes;
}

function deleteN(d: DictTableShape, n: number): DictTableShape {
  for (let i = 0; i < n; i++) d = dictShapeAfterDelete(d);
  return d;
}

function appendHistory(p: Profile, n: number, sizeBefore: boolean): number[] {
  let cap = 0;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    if (sizeBefore) out.push(sizeofList(p, cap));
    cap = listCapacityAfterAppend(i, cap);
    if (!sizeBefore) out.push(sizeofList(p, cap));
  }
  return out;
}

function popHistory(p: Profile, startCap: number, n: number): number[] {
  let cap = startCap;
  const out: number[] = [];
  for (let size = n; size > 0; size--) {
    cap = listCapacityAfterShrink(size, cap, size - 1);
    out.push(sizeofList(p, cap));
  }
  return out;
}

const range = (n: number, from = 0) => Array.from({ length: n - from }, (_, i) => i + from);
const listFrom = (p: Profile, n: number, src: ExtendSource) => sizeofList(p, listCapacityFromIterable(p, n, src));

function setAddHistory(p: Profile, n: number): number[] {
  let s: SetTableShape = EMPTY_SET_TABLE;
  const out = [sizeofSet(p, s)];
  for (let i = 0; i < n; i++) out.push(sizeofSet(p, (s = setShapeAfterAdd(s))));
  return out;
}

const plainClass: ClassShape = { builtinBase: 'object', slotCount: 0, hasDict: true, hasWeakref: true };
const instance = (shape: Partial<ClassShape>) => (p: Profile) => basicSizeof(classInstanceLayout(p, { ...plainClass, ...shape }));

// ---- the cases: measured key -> computation --------------------------------------------------

const SCALARS: Record<string, (p: Profile) => number> = {
  'int 0': (p) => sizeofInt(p, 0n),
  'int 1': (p) => sizeofInt(p, 1n),
  'int -1': (p) => sizeofInt(p, -1n),
  'int 2**30-1': (p) => sizeofInt(p, 2n ** 30n - 1n),
  'int 2**30': (p) => sizeofInt(p, 2n ** 30n),
  'int -2**30': (p) => sizeofInt(p, -(2n ** 30n)),
  'int 2**60-1': (p) => sizeofInt(p, 2n ** 60n - 1n),
  'int 2**60': (p) => sizeofInt(p, 2n ** 60n),
  'int 2**90': (p) => sizeofInt(p, 2n ** 90n),
  'int 2**1000': (p) => sizeofInt(p, 2n ** 1000n),
  'int True': (p) => sizeofInt(p, 1n),
  'int False': (p) => sizeofInt(p, 0n),
  'int int("0")': (p) => sizeofInt(p, 0n),
  float: sizeofFloat,
  complex: sizeofComplex,
  None: sizeofBareObject,
  'object()': sizeofBareObject,
  Ellipsis: sizeofBareObject,
  NotImplemented: sizeofBareObject,
  'str empty': str(''),
  'str a': str('a'),
  'str ab': str('ab'),
  'str a*10': str('a'.repeat(10)),
  'str a*100': str('a'.repeat(100)),
  'str e-acute': str('é'),
  'str e-acute*2': str('éé'),
  'str chr255': str('ÿ'),
  'str euro': str('€'),
  'str euro*2': str('€€'),
  'str emoji': str('😀'),
  'str emoji*2': str('😀😀'),
  'str a+e': str('aé'),
  'str a+euro': str('a€'),
  'str a+emoji': str('a😀'),
  'str runtime e-acute': str('é'),
  'str runtime e2': str('éé'),
  'str chr(233)': str('é'),
  'str chr(256)': str('Ā'),
  'str chr(0x1F600)': str('😀'),
  'str euro*10': str('€'.repeat(10)),
  'bytes empty': (p) => sizeofBytes(p, 0),
  'bytes a': (p) => sizeofBytes(p, 1),
  'bytes ab': (p) => sizeofBytes(p, 2),
  'bytes 100': (p) => sizeofBytes(p, 100),
  'bytearray()': (p) => sizeofBytearray(p, 0),
  'bytearray(b"ab")': (p) => sizeofBytearray(p, 3),
  'bytearray(10)': (p) => sizeofBytearray(p, 11),
  ...Object.fromEntries(range(6).map((n) => [`tuple ${n}`, (p: Profile) => sizeofTuple(p, n)])),
  'list clear': (p) => sizeofList(p, 0),
  'list del all': (p) => sizeofList(p, 0),
  'list del [5:]': (p) => sizeofList(p, listCapacityAfterShrink(20, listCapacityFromIterable(p, 20, 'sized'), 5)),
  'list slice assign shrink': (p) => sizeofList(p, listCapacityAfterShrink(20, listCapacityFromIterable(p, 20, 'sized'), 2)),
  'list l+=l from 8': (p) => sizeofList(p, listCapacityAfterExtend(p, 8, listCapacityFromIterable(p, 8, 'sized'), 8, 'sequence')),
  'list*2 from lit3': (p) => sizeofList(p, listCapacityForBuilder('repeat', 6)),
  'dict {}': (p) => sizeofDict(p, EMPTY_DICT_TABLE),
  'dict clear': (p) => sizeofDict(p, dictShapeAfterClear()),
  'dict 5 str + int key': (p) => sizeofDict(p, dictShapeAfterInsert(p, dictAfterInserts(p, 5, true), false)),
  'dict str then int': (p) => sizeofDict(p, dictShapeAfterInsert(p, dictAfterInserts(p, 1, true), false)),
  'empty.update(10)': (p) => sizeofDict(p, dictShapeAfterMerge(p, EMPTY_DICT_TABLE, dictAfterInserts(p, 10, true), 10, true)),
  'empty.update(3)': (p) => sizeofDict(p, dictShapeAfterMerge(p, EMPTY_DICT_TABLE, dictAfterInserts(p, 3, true), 3, true)),
  '3.update(10 overlapping)': (p) => sizeofDict(p, dictShapeAfterMerge(p, dictAfterInserts(p, 3, true), dictAfterInserts(p, 10, true), 7, true)),
  setdefault: (p) => sizeofDict(p, dictAfterInserts(p, 1, true)),
  'set clear': (p) => sizeofSet(p, EMPTY_SET_TABLE),
};

const SEQUENCES: Record<string, (p: Profile) => number[]> = {
  'list append history': (p) => appendHistory(p, 80, true),
  'list literal': (p) => [0, 1, 2, 3, 4, 5, 6, 7].map((n) => sizeofList(p, listCapacityForBuilder(n <= 2 ? 'buildList' : 'constDisplay', n))),
  'list literal nonconst': (p) => [1, 2, 3, 4, 5].map((n) => sizeofList(p, listCapacityForBuilder('buildList', n))),
  'list(range(n))': (p) => range(25).map((n) => listFrom(p, n, 'sized')),
  '[0]*n': (p) => range(12).map((n) => sizeofList(p, listCapacityForBuilder('repeat', n))),
  '[0,1]*n': (p) => range(8).map((n) => sizeofList(p, listCapacityForBuilder('repeat', 2 * n))),
  listcomp: (p) => range(20).map((n) => sizeofList(p, listCapacityForBuilder('comprehension', n))),
  'list(tuple)': (p) => range(12).map((n) => listFrom(p, n, 'sequence')),
  'list(list)': (p) => range(12).map((n) => listFrom(p, n, 'sequence')),
  'list.copy': (p) => range(12).map((n) => sizeofList(p, listCapacityForBuilder('copy', n))),
  'list slice': (p) => range(12).map((n) => sizeofList(p, listCapacityForBuilder('copy', n))),
  sorted: (p) => range(12).map((n) => listFrom(p, n, 'sized')),
  'list(str)': (p) => range(12).map((n) => listFrom(p, n, 'sized')),
  'list(gen)': (p) => range(12).map((n) => listFrom(p, n, 'unsized')),
  'list(dict)': (p) => range(12).map((n) => listFrom(p, n, 'dictOrSet')),
  'list(set)': (p) => range(10).map((n) => listFrom(p, n, 'dictOrSet')),
  'list(reversed)': (p) => range(10).map((n) => listFrom(p, n, 'sized')),
  'list(map)': (p) => range(10).map((n) => listFrom(p, n, 'unsized')),
  'list(zip)': (p) => range(10).map((n) => listFrom(p, n, 'unsized')),
  'list(enumerate)': (p) => range(10).map((n) => listFrom(p, n, 'unsized')),
  'str.split': (p) => range(12).map((n) => sizeofList(p, listCapacityAfterStrSplit(p, 2 * n, null, n))),
  'extend range into empty': (p) => range(12).map((n) => sizeofList(p, listCapacityAfterExtend(p, 0, 0, n, 'sized'))),
  'extend list into empty': (p) => range(12).map((n) => sizeofList(p, listCapacityAfterExtend(p, 0, 0, n, 'sequence'))),
  'iadd into empty': (p) => range(12).map((n) => sizeofList(p, listCapacityAfterExtend(p, 0, 0, n, 'sequence'))),
  'extend into len1': (p) => range(12).map((n) => sizeofList(p, listCapacityAfterExtend(p, 1, 1, n, 'sequence'))),
  'insert front history': (p) => appendHistory(p, 30, false),
  'pop history from 64': (p) => popHistory(p, listCapacityFromIterable(p, 64, 'sized'), 64),
  'pop history from [0]*100': (p) => popHistory(p, listCapacityForBuilder('repeat', 100), 100),
  'list concat': (p) => range(8).map((n) => sizeofList(p, listCapacityForBuilder('concat', 2 * n))),
  'dict str keys history': (p) => dictInsertHistory(p, 100, true),
  'dict int keys history': (p) => dictInsertHistory(p, 100, false),
  'dict literal str': (p) => [0, 1, 2, 3, 6, 11].map((n) => sizeofDict(p, dictShapePresized(p, n, true))),
  'dict literal int': (p) => [1, 2, 6].map((n) => sizeofDict(p, dictShapePresized(p, n, false))),
  'dict.copy str': (p) => range(30).map((n) => sizeofDict(p, dictShapeAfterCopy(p, dictAfterInserts(p, n, true), true))),
  'dict.copy int': (p) => range(30).map((n) => sizeofDict(p, dictShapeAfterCopy(p, dictAfterInserts(p, n, false), false))),
  'dict(d) str': (p) => range(30).map((n) => sizeofDict(p, dictShapeAfterMerge(p, EMPTY_DICT_TABLE, dictAfterInserts(p, n, true), n, true))),
  'dict(d) int': (p) => range(30).map((n) => sizeofDict(p, dictShapeAfterMerge(p, EMPTY_DICT_TABLE, dictAfterInserts(p, n, false), n, false))),
  '{**d} str': (p) => range(30).map((n) => sizeofDict(p, dictShapeAfterMerge(p, EMPTY_DICT_TABLE, dictAfterInserts(p, n, true), n, true))),
  'dict comp str': (p) => range(30).map((n) => sizeofDict(p, dictAfterInserts(p, n, true))),
  'dict comp int': (p) => range(30).map((n) => sizeofDict(p, dictAfterInserts(p, n, false))),
  'dict.fromkeys int': (p) => range(30).map((n) => sizeofDict(p, dictAfterInserts(p, n, false))),
  'dict(zip) str': (p) => range(30).map((n) => sizeofDict(p, dictAfterInserts(p, n, true))),
  'dict(kw)': (p) => [1, 2, 6].map((n) => sizeofDict(p, dictShapePresized(p, n, true))),
  'dict churn del+insert from 5': (p) => {
    let d = dictAfterInserts(p, 5, true);
    return range(20).map(() => sizeofDict(p, (d = dictShapeAfterInsert(p, dictShapeAfterDelete(d), true))));
  },
  'dict pop history from 10': (p) => {
    let d = dictAfterInserts(p, 10, true);
    return range(10).map(() => sizeofDict(p, (d = dictShapeAfterDelete(d))));
  },
  'dict update history': (p) => {
    let d = EMPTY_DICT_TABLE;
    const one = dictAfterInserts(p, 1, true);
    return range(10).map(() => sizeofDict(p, (d = dictShapeAfterMerge(p, d, one, 1, true))));
  },
  'set add history': (p) => setAddHistory(p, 120),
  'set(range(n))': (p) => range(100).map((n) => sizeofSet(p, setShapeFromAdds(n))),
  'frozenset(range(n))': (p) => range(100).map((n) => sizeofSet(p, setShapeFromAdds(n))),
  'set literal': (p) =>
    [1, 2, 3, 5, 10].map((n) => sizeofSet(p, n < 3 ? setShapeFromAdds(n) : setShapeAfterMerge(EMPTY_SET_TABLE, n, n))),
  'set comp': (p) => range(30).map((n) => sizeofSet(p, setShapeFromAdds(n))),
  'set(list)': (p) => range(30).map((n) => sizeofSet(p, setShapeFromAdds(n))),
  'set.copy': (p) => range(30).map((n) => sizeofSet(p, setShapeAfterMerge(EMPTY_SET_TABLE, n, n))),
  'set discard history': (p) => {
    let s = setShapeFromAdds(20);
    return range(20).map(() => sizeofSet(p, (s = setShapeAfterDiscard(s))));
  },
};

const NESTED: Record<string, (p: Profile) => unknown> = {
  'dict with 5 deleted: self, copy, dict()': (p) =>
    range(30).map((n) => {
      const d = deleteN(dictAfterInserts(p, n + 5, true), 5);
      return [sizeofDict(p, d), sizeofDict(p, dictShapeAfterCopy(p, d, true)), sizeofDict(p, dictShapeAfterMerge(p, EMPTY_DICT_TABLE, d, n, true))];
    }),
  'dict all deleted: self, copy, dict()': (p) =>
    range(30, 1).map((n) => {
      const d = deleteN(dictAfterInserts(p, n, true), n);
      return [sizeofDict(p, d), sizeofDict(p, dictShapeAfterCopy(p, d, true)), sizeofDict(p, dictShapeAfterMerge(p, EMPTY_DICT_TABLE, d, 0, true))];
    }),
  instances: (p) => ({
    'A()': instance({})(p),
    'B()': instance({})(p),
    S0: instance({ hasDict: false, hasWeakref: false })(p),
    S1: instance({ hasDict: false, hasWeakref: false, slotCount: 1 })(p),
    S2: instance({ hasDict: false, hasWeakref: false, slotCount: 2 })(p),
    'S2b(S1)': instance({ hasDict: false, hasWeakref: false, slotCount: 2 })(p),
    'D1(S1) no slots': instance({ slotCount: 1 })(p),
    'W weakref slot': instance({ hasDict: false })(p),
    'Dd dict slot': instance({ hasWeakref: false })(p),
  }),
  'subclass instances': (p) => {
    const sub = (builtinBase: ClassShape['builtinBase']) => classInstanceLayout(p, { ...plainClass, builtinBase });
    return {
      'E()': basicSizeof(sub('BaseException')),
      'IntSub(5)': sizeofInt(p, 5n) + sub('int').preHeaderBytes,
      'ListSub()': basicSizeof(sub('list')),
      'DictSub()': basicSizeof(sub('dict')),
      'Exception()': sizeofFixed(p, 'BaseException'),
      'ValueError("x")': sizeofFixed(p, 'BaseException'),
    };
  },
  weakref: (p) => ({ ref: sizeofFixed(p, 'weakref'), 'ref with cb': sizeofFixed(p, 'weakref'), proxy: sizeofFixed(p, 'weakref') }),
};

const CALLABLES: Record<string, (p: Profile) => number> = {
  function: (p) => sizeofFixed(p, 'function'),
  'function with default': (p) => sizeofFixed(p, 'function'),
  closure: (p) => sizeofFixed(p, 'function'),
  lambda: (p) => sizeofFixed(p, 'function'),
  cell: (p) => sizeofFixed(p, 'cell'),
  'bound method': (p) => sizeofFixed(p, 'method'),
  'builtin len': (p) => sizeofFixed(p, 'builtin_function_or_method'),
  'builtin method [].append': (p) => sizeofFixed(p, 'builtin_function_or_method'),
  'class A': (p) => sizeofClassObject(p, true),
  'class S1': (p) => sizeofClassObject(p, false),
};

const ITERATORS: Record<string, (p: Profile) => number> = {
  'range(10)': (p) => sizeofFixed(p, 'range'),
  'range(2**70)': (p) => sizeofFixed(p, 'range'),
  'iter(list)': (p) => sizeofFixed(p, 'list_iterator'),
  'iter(tuple)': (p) => sizeofFixed(p, 'tuple_iterator'),
  'iter(range)': (p) => sizeofFixed(p, 'range_iterator'),
  'iter(str)': (p) => sizeofFixed(p, 'str_ascii_iterator'),
  'iter(dict)': (p) => sizeofFixed(p, 'dict_iterator'),
  'dict.items()': (p) => sizeofFixed(p, 'dict_view'),
  'dict.keys()': (p) => sizeofFixed(p, 'dict_view'),
  enumerate: (p) => sizeofFixed(p, 'enumerate'),
  zip: (p) => sizeofFixed(p, 'zip'),
  zip3: (p) => sizeofFixed(p, 'zip'),
  'reversed list': (p) => sizeofFixed(p, 'list_reverseiterator'),
  map: (p) => sizeofFixed(p, 'map'),
  slice: (p) => sizeofFixed(p, 'slice'),
  'iter(set)': (p) => sizeofFixed(p, 'set_iterator'),
};

const BASICSIZES: Record<string, (p: Profile) => number> = {
  A: (p) => classInstanceLayout(p, plainClass).basicsize,
  S0: (p) => classInstanceLayout(p, { ...plainClass, hasDict: false, hasWeakref: false }).basicsize,
  S1: (p) => classInstanceLayout(p, { ...plainClass, hasDict: false, hasWeakref: false, slotCount: 1 }).basicsize,
  S2: (p) => classInstanceLayout(p, { ...plainClass, hasDict: false, hasWeakref: false, slotCount: 2 }).basicsize,
  D1: (p) => classInstanceLayout(p, { ...plainClass, slotCount: 1 }).basicsize,
  W: (p) => classInstanceLayout(p, { ...plainClass, hasDict: false }).basicsize,
  Dd: (p) => classInstanceLayout(p, { ...plainClass, hasWeakref: false }).basicsize,
  object: (p) => builtinLayout(p, 'object').basicsize,
  int: (p) => builtinLayout(p, 'int').basicsize,
  str: (p) => strHeaderBytes(p, 'latin1') + p.platformModel.pointerBytes,
  tuple: (p) => builtinLayout(p, 'tuple').basicsize,
  list: (p) => builtinLayout(p, 'list').basicsize,
  dict: (p) => builtinLayout(p, 'dict').basicsize,
  set: (p) => builtinLayout(p, 'set').basicsize,
  float: (p) => builtinLayout(p, 'float').basicsize,
  bytes: (p) => builtinLayout(p, 'bytes').basicsize,
};

function group(measured: Measured, key: string): Record<string, number> {
  return measured[key] as Record<string, number>;
}

describe.each(MEASURED_VERSIONS)('sizes match CPython %s (64-bit, measured)', (version) => {
  const p = getProfile(version, '64bit');
  const m = MEASURED[version]!;
  it.each(Object.entries(SCALARS))('%s', (key, compute) => {
    expect(compute(p)).toBe(m[key]);
  });
  it.each(Object.entries(SEQUENCES))('%s', (key, compute) => {
    expect(compute(p)).toEqual(m[key]);
  });
  it.each(Object.entries(NESTED))('%s', (key, compute) => {
    expect(compute(p)).toEqual(m[key]);
  });
  it.each(Object.entries(CALLABLES))('callable: %s', (key, compute) => {
    expect(compute(p)).toBe(group(m, 'callables')[key]);
  });
  it.each(Object.entries(ITERATORS))('iterator: %s', (key, compute) => {
    expect(compute(p)).toBe(group(m, 'iterators')[key]);
  });
  it.each(Object.entries(BASICSIZES))('__basicsize__ of %s', (key, compute) => {
    expect(compute(p)).toBe(group(m, 'basicsize')[key]);
  });
});

// ---- Pyodide 3.14.2 (wasm32): values printed by the conformance corpus ------------------------

describe('sizes match Pyodide CPython 3.14.2 (wasm32, recorded by the conformance corpus)', () => {
  const p = getProfile('3.14', 'wasm32');
  const cases: [string, number | number[], number | number[]][] = [
    ['int 2**30-1, 2**30 (038)', [2 ** 30 - 1, 2 ** 30].map((v) => sizeofInt(p, BigInt(v))), [16, 20]],
    ['int 2**120 (038)', sizeofInt(p, 2n ** 120n), 32],
    ['sys.maxsize (038)', sizeofInt(p, 2147483647n), 20],
    ['small ints and bools (040)', [-5n, 0n, 256n, 1n, 0n].map((v) => sizeofInt(p, v)), [16, 16, 16, 16, 16]],
    ['10 ascii / +ÿ / +Ā / +🐍 (068)', ['x'.repeat(10), 'x'.repeat(9) + 'ÿ', 'x'.repeat(9) + 'Ā', 'x'.repeat(9) + '🐍'].map((s) => sizeofStr(p, s)), [31, 39, 50, 72]],
    ['empty, z, ß (singleton), Ж, 中, 🎉 (069)', ['', 'z', 'ß', 'Ж', '中', '🎉'].map((s) => str(s)(p)), [21, 22, 33, 32, 32, 36]],
    ['Ж growth (070)', [1, 2, 3, 4, 5].map((n) => sizeofStr(p, 'Ж'.repeat(n))), [32, 34, 36, 38, 40]],
    ['memory / mémoire / bytes (071)', [sizeofStr(p, 'memory'), sizeofBytes(p, 6), sizeofStr(p, 'mémoire'), sizeofBytes(p, 8), sizeofBytes(p, 0), sizeofStr(p, '')], [27, 23, 36, 25, 17, 21]],
    ['[0]*8, +append, 9 appends (072)', [sizeofList(p, 8), sizeofList(p, listCapacityAfterAppend(8, 8)), appendHistory(p, 9, false)[8]!], [60, 92, 92]],
    ['append growth (073)', [1, 5, 9, 17, 25].map((n) => appendHistory(p, n, false)[n - 1]!), [44, 60, 92, 124, 156]],
    ['tuples 1, 5, 9, 17, empty (075)', [1, 5, 9, 17, 0].map((n) => sizeofTuple(p, n)), [28, 44, 60, 92, 24]],
    ['dict comprehension str keys (076)', [1, 5, 6, 10, 11, 21, 22].map((n) => sizeofDict(p, dictAfterInserts(p, n, true))), [108, 108, 156, 156, 260, 260, 460]],
    ['dict comprehension int keys (076)', [1, 5, 6, 10, 11, 21, 22].map((n) => sizeofDict(p, dictAfterInserts(p, n, false))), [128, 128, 196, 196, 344, 344, 628]],
    [
      '2 left of 40: self, copy, dict(d), comprehension (077)',
      (() => {
        const d = deleteN(dictAfterInserts(p, 40, false), 38);
        return [sizeofDict(p, d), sizeofDict(p, dictShapeAfterCopy(p, d, false)), sizeofDict(p, dictShapeAfterMerge(p, EMPTY_DICT_TABLE, d, 2, false)), sizeofDict(p, dictAfterInserts(p, 2, false))];
      })(),
      [628, 128, 128, 128],
    ],
    ['set(range(n)) n=0..6 (078)', range(7).map((n) => sizeofSet(p, setShapeFromAdds(n))), [108, 108, 108, 108, 108, 364, 364]],
    ['instance (079)', instance({})(p), 24],
    [
      'slots A, B(A), C(B), D(A) (080)',
      [
        instance({ hasDict: false, hasWeakref: false, slotCount: 1 })(p),
        instance({ hasDict: false, hasWeakref: false, slotCount: 2 })(p),
        instance({ hasDict: false, hasWeakref: false, slotCount: 4 })(p),
        instance({ slotCount: 1 })(p),
      ],
      [20, 24, 32, 28],
    ],
    [
      'nested structure parts (081)',
      [
        sizeofDict(p, dictShapePresized(p, 3, true)),
        str('name')(p) + str('items')(p) + str('pos')(p),
        sizeofList(p, listCapacityForBuilder('constDisplay', 3)) + 3 * sizeofInt(p, 1n),
        sizeofTuple(p, 2) + 2 * sizeofFloat(p),
        str('box')(p),
      ],
      [108, 75, 92, 64, 24],
    ],
    ['float, bools (082)', [sizeofFloat(p), sizeofInt(p, 1n), sizeofInt(p, 0n)], [16, 16, 16]],
    ['doc table: None, complex, set(5..18), empty dict (§4)', [sizeofBareObject(p), sizeofComplex(p), sizeofSet(p, setShapeFromAdds(5)), sizeofDict(p, EMPTY_DICT_TABLE)], [8, 24, 364, 40]],
  ];
  it.each(cases)('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

// ---- Pyodide 3.14.2 (wasm32): measured directly (testdata/measure_pyodide.py) -----------------

describe('sizes match Pyodide CPython 3.14.2 (wasm32, measured with testdata/measure_pyodide.py)', () => {
  const p = getProfile('3.14', 'wasm32');
  const sub = (builtinBase: ClassShape['builtinBase']) => classInstanceLayout(p, { ...plainClass, builtinBase });
  it.each([
    ['A.__basicsize__, A(), class A, class S1', [classInstanceLayout(p, plainClass).basicsize, instance({})(p), sizeofClassObject(p, true), sizeofClassObject(p, false)], [8, 24, 896, 476]],
    ['function, cell, bound method, builtin function', [sizeofFixed(p, 'function'), sizeofFixed(p, 'cell'), sizeofFixed(p, 'method'), sizeofFixed(p, 'builtin_function_or_method')], [84, 20, 32, 36]],
    ['weakref, range, iter(list), iter(range)', [sizeofFixed(p, 'weakref'), sizeofFixed(p, 'range'), sizeofFixed(p, 'list_iterator'), sizeofFixed(p, 'range_iterator')], [40, 24, 24, 20]],
    ['enumerate, zip, map (3.14 strict flag), slice', [sizeofFixed(p, 'enumerate'), sizeofFixed(p, 'zip'), sizeofFixed(p, 'map'), sizeofFixed(p, 'slice')], [36, 32, 28, 28]],
    ['iter(dict), iter(set), dict view', [sizeofFixed(p, 'dict_iterator'), sizeofFixed(p, 'set_iterator'), sizeofFixed(p, 'dict_view')], [36, 32, 20]],
    ['Exception(), E(Exception), IntSub(5), ListSub(), DictSub()', [sizeofFixed(p, 'BaseException'), basicSizeof(sub('BaseException')), sizeofInt(p, 5n) + sub('int').preHeaderBytes, basicSizeof(sub('list')), basicSizeof(sub('dict'))], [44, 52, 32, 36, 48]],
    ['bytearray(), bytearray(b"ab")', [sizeofBytearray(p, 0), sizeofBytearray(p, 3)], [28, 31]],
    ['("a " * n).split(), n = 0..13 (capacity)', range(14).map((n) => listCapacityAfterStrSplit(p, 2 * n, null, n)), [2, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 20]],
    ['list(dict.fromkeys(range(n))), n = 0..9 (capacity, list_resize path)', range(10).map((n) => listCapacityFromIterable(p, n, 'dictOrSet')), [0, 4, 8, 8, 8, 8, 12, 8, 8, 12]],
    ['list(generator), n = 0..9', range(10).map((n) => listFrom(p, n, 'unsized')), [28, 44, 60, 60, 60, 60, 60, 60, 60, 92]],
    ['{1,2,3,4,5} and set(range(5)).copy()', [sizeofSet(p, setShapeAfterMerge(EMPTY_SET_TABLE, 5, 5)), sizeofSet(p, setShapeAfterMerge(EMPTY_SET_TABLE, 5, 5))], [236, 236]],
    ['copy and dict() of 1 live key out of 6 (8 slots: no keysize quirk)', (() => { const d = deleteN(dictAfterInserts(p, 6, true), 5); return [sizeofDict(p, dictShapeAfterCopy(p, d, true)), sizeofDict(p, dictShapeAfterMerge(p, EMPTY_DICT_TABLE, d, 1, true))]; })(), [108, 108]],
    ['6-item dict literal; {"a": 1} then d[1] = 2', [sizeofDict(p, dictShapePresized(p, 6, true)), sizeofDict(p, dictShapeAfterInsert(p, dictAfterInserts(p, 1, true), false))], [156, 128]],
  ] as const)('%s', (_n, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

// ---- 3.14 64-bit: derived (not measured); the field lists predict these ------------------------

describe('3.14 64-bit sizes (derived from the 3.14 struct layouts)', () => {
  const p = getProfile('3.14', '64bit');
  it.each([
    ['int 0 and 1', [sizeofInt(p, 0n), sizeofInt(p, 1n)], [28, 28]],
    ['str "", "é" (static singleton with UTF-8)', [str('')(p), str('é')(p)], [41, 61]],
    ['tuple gains ob_hash: (), (1,)', [sizeofTuple(p, 0), sizeofTuple(p, 1)], [48, 56]],
    ['{"a": 1}', sizeofDict(p, dictAfterInserts(p, 1, true)), 184],
    ['dict copy of 2 live out of 40 uses 8 slots (keysize quirk fixed)', sizeofDict(p, dictShapeAfterCopy(p, deleteN(dictAfterInserts(p, 40, false), 38), false)), 224],
    ['plain instance', instance({})(p), 48],
  ] as const)('%s', (_n, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

describe('layout diagrams', () => {
  it('a 3.12 list: GC head before the id, then the header, ob_size, ob_item, allocated', () => {
    const p = getProfile('3.12', '64bit');
    expect(layoutDiagram(p, builtinLayout(p, 'list')).map((f) => [f.name, f.offset, f.bytes])).toEqual([
      ['_gc_next', -16, 8],
      ['_gc_prev', -8, 8],
      ['ob_refcnt (split word)', 0, 8],
      ['ob_type', 8, 8],
      ['ob_size', 16, 8],
      ['ob_item', 24, 8],
      ['allocated', 32, 8],
    ]);
  });
  it('a wasm32 3.14 dict pads before the 64-bit watcher tag', () => {
    const p = getProfile('3.14', 'wasm32');
    expect(layoutDiagram(p, builtinLayout(p, 'dict')).map((f) => f.offset)).toEqual([-8, -4, 0, 4, 8, 16, 24, 28]);
  });
});

describe('int bit length', () => {
  it('agrees with the binary digits of |v| on both sides of every power of two to 2**120', () => {
    // the fast path goes through a double below 2**53: the edges at 2**32 and 2**53 matter most
    for (let k = 0n; k <= 120n; k++) {
      for (const v of [2n ** k - 1n, 2n ** k, 2n ** k + 1n]) {
        for (const s of [v, -v]) expect(bitLength(s), `${s}`).toBe(s === 0n ? 0 : v.toString(2).length);
      }
    }
  });
});
