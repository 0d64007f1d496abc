// Profile tests. The "measured" table holds what the real interpreters report (commands in
// README.md: python3 -c 'import sys, gc; ...' on pyenv 3.10.13-3.13.0, and Pyodide 3.14.2 via
// lib/sim/objects/layout/testdata/measure_pyodide.py, see README.md); the profiles must agree with it.

import { describe, expect, it } from 'vitest';
import { getProfile, listProfileIds, listProfiles, findProfile, PLATFORMS, PYTHON_VERSIONS } from './index';
import type { Profile } from './index';

describe('the profile set', () => {
  it('has every version x platform, in order, with ids like "3.12-64bit"', () => {
    expect(listProfileIds()).toEqual([
      '3.10-64bit',
      '3.10-wasm32',
      '3.11-64bit',
      '3.11-wasm32',
      '3.12-64bit',
      '3.12-wasm32',
      '3.13-64bit',
      '3.13-wasm32',
      '3.14-64bit',
      '3.14-wasm32',
    ]);
    for (const v of PYTHON_VERSIONS) for (const p of PLATFORMS) expect(getProfile(v, p).id).toBe(`${v}-${p}`);
  });

  it('defaults to 64-bit and finds profiles by id', () => {
    expect(getProfile('3.13')).toBe(getProfile('3.13', '64bit'));
    expect(findProfile('3.14-wasm32')).toBe(getProfile('3.14', 'wasm32'));
    expect(findProfile('3.9-64bit')).toBeUndefined();
  });

  it('rejects an unknown version', () => {
    expect(() => getProfile('3.9' as never)).toThrow(RangeError);
  });

  it.each(listProfiles().map((p) => [p.id, p] as const))('%s names its build and the provenance of every group', (_id, p) => {
    expect(p.checkedAgainst.length).toBeGreaterThan(10);
    for (const value of Object.values(p.provenance)) expect(value).toMatch(/measured|source|derived/);
  });

  it('only the interpreters that were run are marked measured', () => {
    const measured = listProfiles().filter((p) => p.conformanceKey !== null).map((p) => p.id);
    expect(measured).toEqual(['3.10-64bit', '3.11-64bit', '3.12-64bit', '3.13-64bit', '3.14-wasm32']);
    for (const id of ['3.10-wasm32', '3.11-wasm32', '3.12-wasm32', '3.13-wasm32', '3.14-64bit']) {
      expect(findProfile(id)!.provenance.layout).toMatch(/derived/);
    }
  });
});

interface MeasuredFacts {
  versionInfo: [number, number, number];
  maxsize: bigint;
  hashBits: number;
  hashModulusBits: number;
  hashAlgorithm: string;
  thresholds: [number, number, number];
  freezeCount: number;
  recursionLimit: number;
  /** sys.getrefcount(None) / of an interned name; null = mortal. */
  staticRefcount: number | null;
  runtimeRefcount: number | null;
  localsSnapshot: boolean;
  /** sys.getrefcount(param) for f(object()): 3 when args are copied (3.10), 2 moved, 1 borrowed (3.14). */
  paramRefcount: number;
  dictTrackedAtBirth: boolean;
  tupleOfAtomsTrackedAtBirth: boolean;
  sysFunctions: string[];
}

const SYS_PROBED = ['_is_interned', '_is_immortal', 'getunicodeinternedsize', '_getframe', 'getrefcount', 'intern', 'setrecursionlimit'];

const MEASURED: Record<string, MeasuredFacts> = {
  '3.10-64bit': {
    versionInfo: [3, 10, 13],
    maxsize: 9223372036854775807n,
    hashBits: 64,
    hashModulusBits: 61,
    hashAlgorithm: 'siphash24',
    thresholds: [700, 10, 10],
    freezeCount: 0,
    recursionLimit: 1000,
    staticRefcount: null,
    runtimeRefcount: null,
    localsSnapshot: false,
    paramRefcount: 3,
    dictTrackedAtBirth: false,
    tupleOfAtomsTrackedAtBirth: true,
    sysFunctions: ['_getframe', 'getrefcount', 'intern', 'setrecursionlimit'],
  },
  '3.11-64bit': {
    versionInfo: [3, 11, 7],
    maxsize: 9223372036854775807n,
    hashBits: 64,
    hashModulusBits: 61,
    hashAlgorithm: 'siphash13',
    thresholds: [700, 10, 10],
    freezeCount: 0,
    recursionLimit: 1000,
    staticRefcount: null,
    runtimeRefcount: null,
    localsSnapshot: false,
    paramRefcount: 2,
    dictTrackedAtBirth: false,
    tupleOfAtomsTrackedAtBirth: true,
    sysFunctions: ['_getframe', 'getrefcount', 'intern', 'setrecursionlimit'],
  },
  '3.12-64bit': {
    versionInfo: [3, 12, 1],
    maxsize: 9223372036854775807n,
    hashBits: 64,
    hashModulusBits: 61,
    hashAlgorithm: 'siphash13',
    thresholds: [700, 10, 10],
    freezeCount: 375,
    recursionLimit: 1000,
    staticRefcount: 4294967295,
    runtimeRefcount: 4294967295,
    localsSnapshot: false,
    paramRefcount: 2,
    dictTrackedAtBirth: false,
    tupleOfAtomsTrackedAtBirth: true,
    sysFunctions: ['getunicodeinternedsize', '_getframe', 'getrefcount', 'intern', 'setrecursionlimit'],
  },
  '3.13-64bit': {
    versionInfo: [3, 13, 0],
    maxsize: 9223372036854775807n,
    hashBits: 64,
    hashModulusBits: 61,
    hashAlgorithm: 'siphash13',
    thresholds: [2000, 10, 10],
    freezeCount: 0,
    recursionLimit: 1000,
    staticRefcount: 4294967295,
    runtimeRefcount: 4294967295,
    localsSnapshot: true,
    paramRefcount: 2,
    dictTrackedAtBirth: false,
    tupleOfAtomsTrackedAtBirth: true,
    sysFunctions: ['_is_interned', 'getunicodeinternedsize', '_getframe', 'getrefcount', 'intern', 'setrecursionlimit'],
  },
  '3.14-wasm32': {
    versionInfo: [3, 14, 2],
    maxsize: 2147483647n,
    hashBits: 32,
    hashModulusBits: 31,
    hashAlgorithm: 'fnv',
    thresholds: [2000, 10, 0],
    freezeCount: 0,
    recursionLimit: 1000,
    staticRefcount: 1879048192,
    runtimeRefcount: 1342177280,
    localsSnapshot: true,
    paramRefcount: 1,
    dictTrackedAtBirth: true,
    tupleOfAtomsTrackedAtBirth: false,
    sysFunctions: ['_is_interned', '_is_immortal', 'getunicodeinternedsize', '_getframe', 'getrefcount', 'intern', 'setrecursionlimit'],
  },
};

/** What a profile predicts for each measured fact. */
function predicted(p: Profile): MeasuredFacts {
  const paramRefcount = 1 + (p.compiler.borrowedLocalLoads ? 0 : 1) + (p.execution.argsMovedIntoCallee ? 0 : 1);
  return {
    versionInfo: [p.versionInfo.major, p.versionInfo.minor, p.versionInfo.micro],
    maxsize: p.platformModel.maxsize,
    hashBits: p.platformModel.hashBits,
    hashModulusBits: p.platformModel.hashModulusBits,
    hashAlgorithm: p.platformModel.strHashAlgorithm,
    thresholds: [...p.gc.thresholds],
    freezeCount: p.gc.initialFreezeCount,
    recursionLimit: p.execution.defaultRecursionLimit,
    staticRefcount: p.immortality.staticRefcount,
    runtimeRefcount: p.immortality.runtimeRefcount,
    localsSnapshot: p.execution.localsSnapshot,
    paramRefcount,
    dictTrackedAtBirth: !p.gc.dictLazyUntrack,
    tupleOfAtomsTrackedAtBirth: !p.gc.tupleUntrackAtBirth,
    sysFunctions: SYS_PROBED.filter((name) => p.modules.sys.includes(name)),
  };
}

describe.each(Object.entries(MEASURED))('%s agrees with the real interpreter', (id, facts) => {
  const p = findProfile(id)!;
  const mine = predicted(p);
  it.each(Object.keys(facts) as (keyof MeasuredFacts)[])('%s', (key) => {
    expect(mine[key]).toEqual(facts[key]);
  });
});

describe('profile data by version (cpython-memory-model.md §0, §2-§6, §8)', () => {
  const row = <T,>(pick: (p: Profile) => T) => PYTHON_VERSIONS.map((v) => pick(getProfile(v, '64bit')));
  it.each([
    ['small ints -5..256 everywhere', row((p) => [p.smallInts.min, p.smallInts.max]), Array(5).fill([-5, 256])],
    ['immortal objects from 3.12', row((p) => p.immortality.enabled), [false, false, true, true, true]],
    ['3.11 static objects start at 999 999 999 (unstable)', row((p) => p.immortality.staticObjectInitialRefcount), [null, 999999999, null, null, null]],
    ['all interned strings immortal only in 3.12.1', row((p) => p.immortality.categories.includes('allInternedStrings')), [false, false, true, false, false]],
    ['names are immortal from 3.12', row((p) => p.immortality.categories.includes('internedNames')), [false, false, true, true, true]],
    ['3.14 64-bit immortal refcount 3 << 30 (derived)', row((p) => p.immortality.staticRefcount), [null, null, 4294967295, 4294967295, 3221225472]],
    ['cached small objects are static data from 3.11', row((p) => p.immortality.cachedObjectsAreStatic), [false, true, true, true, true]],
    ['borrowed local loads in 3.14', row((p) => p.compiler.borrowedLocalLoads), [false, false, false, false, true]],
    ['LOAD_SMALL_INT in 3.14', row((p) => p.compiler.smallIntOpcode), [false, false, false, false, true]],
    ['inlined comprehensions from 3.12 (PEP 709)', row((p) => p.compiler.inlineComprehensions), [false, false, true, true, true]],
    ['tuples folded in the AST until 3.13', row((p) => p.compiler.foldTuplesInAst), [true, true, true, true, false]],
    ['args moved into the callee from 3.11', row((p) => p.execution.argsMovedIntoCallee), [false, true, true, true, true]],
    ['heap frame objects only in 3.10', row((p) => p.execution.heapFrameObjects), [true, false, false, false, false]],
    ['64-bit profiles run as python file.py', row((p) => p.execution.runMode), Array(5).fill('script')],
    ['GC design: generational (3.14 64-bit = 3.14.5+)', row((p) => p.gc.design), Array(5).fill('generational')],
    ['GC thresholds', row((p) => p.gc.thresholds), [[700, 10, 10], [700, 10, 10], [700, 10, 10], [2000, 10, 10], [2000, 10, 10]]],
    ['gc.collect counts instance __dict__s only in 3.10', row((p) => p.gc.collectCountsInstanceDict), [true, false, false, false, false]],
    ['free lists keep the GC count up to 3.13', row((p) => p.gc.freeListsKeepGcCount), [true, true, true, true, false]],
    ['tuple free lists cover lengths 1..19 (3.10) / 1..20', row((p) => p.freeLists.tupleMaxLength), [19, 20, 20, 20, 20]],
    ['compact int free list in 3.14', row((p) => p.freeLists.compactInt), [0, 0, 0, 0, 100]],
    ['float / list / dict free lists', row((p) => [p.freeLists.float, p.freeLists.list, p.freeLists.dict]), Array(5).fill([100, 80, 80])],
    ['int 0 has a digit from 3.11', row((p) => p.layout.intZeroHasDigit), [false, true, true, true, true]],
    ['str wstr fields until 3.11', row((p) => p.layout.strHasWstr), [true, true, false, false, false]],
    ['16-byte str-key dict entries from 3.11', row((p) => p.layout.dictUnicodeEntries), [false, true, true, true, true]],
    ['tuples cache their hash in 3.14', row((p) => p.layout.tupleCachesHash), [false, false, false, false, true]],
    ['instance layouts', row((p) => p.layout.instanceLayout), ['bodyDictWeakref', 'preheaderDictValues', 'preheaderDictOrValues', 'inlineValues', 'inlineValues']],
    ['pymalloc on 64-bit: 512 B, 16 KiB pools, 1 MiB arenas', row((p) => [p.allocator.kind, p.allocator.smallRequestThreshold, p.allocator.poolBytes, p.allocator.arenaBytes]), Array(5).fill(['pymalloc', 512, 16384, 1048576])],
  ] as const)('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

describe('wasm32 profiles', () => {
  it.each(listProfiles().filter((p) => p.platform === 'wasm32').map((p) => [p.id, p] as const))('%s: 4-byte pointers, 8-byte GC head, no pymalloc, runPython', (_id, p) => {
    expect([p.platformModel.pointerBytes, p.platformModel.gcHeadBytes, p.platformModel.idAlignment]).toEqual([4, 8, 8]);
    expect(p.allocator.kind).toBe('malloc');
    expect(p.execution.runMode).toBe('runPython');
  });

  it('3.14-wasm32 is Pyodide 3.14.2: incremental GC (2000, 10, 0), tuples untracked at birth, dicts always tracked', () => {
    const p = getProfile('3.14', 'wasm32');
    expect([p.gc.design, p.gc.thresholds, p.gc.tupleUntrackAtBirth, p.gc.dictLazyUntrack]).toEqual(['incremental', [2000, 10, 0], true, false]);
    expect(p.checkedAgainst).toMatch(/3\.14\.2/);
  });

  it('32-bit immortal refcount before 3.14 is 2**30 - 1 (derived from Include/object.h)', () => {
    expect(getProfile('3.12', 'wasm32').immortality.staticRefcount).toBe(2 ** 30 - 1);
    expect(getProfile('3.11', 'wasm32').immortality.enabled).toBe(false);
  });
});
