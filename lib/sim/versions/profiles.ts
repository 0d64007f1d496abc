// The ten version profiles (CPython 3.10-3.14 x 64-bit / wasm32) as data. Values come from the
// interpreters named in `checkedAgainst`, from CPython's Include/ and Objects/ sources, and from
// ../shared/docs/cpython-memory-model.md; each group's provenance says which. See README.md.

import type {
  AllocatorModel,
  FreeListCapacities,
  GcModel,
  GcStartupState,
  ImmortalCategory,
  ImmortalityModel,
  LayoutKnobs,
  ModuleSurface,
  Platform,
  PlatformModel,
  Profile,
  ProfileProvenance,
  PythonVersion,
} from './profile';

// ---- platforms -------------------------------------------------------------------------------

const PLATFORM_64: Omit<PlatformModel, 'strHashAlgorithm'> = {
  name: '64bit',
  pointerBytes: 8,
  gcHeadBytes: 16,
  int64Alignment: 8,
  idAlignment: 16,
  hashBits: 64,
  hashModulusBits: 61,
  maxsize: 9223372036854775807n,
};

const PLATFORM_WASM32: PlatformModel = {
  name: 'wasm32',
  pointerBytes: 4,
  gcHeadBytes: 8,
  int64Alignment: 8,
  idAlignment: 8,
  hashBits: 32,
  hashModulusBits: 31,
  strHashAlgorithm: 'fnv',
  maxsize: 2147483647n,
};

// ---- allocators ------------------------------------------------------------------------------

/** pymalloc as in 3.10+: 512-byte threshold, 16-byte classes, 16 KiB pools, 1 MiB arenas (M _debugmallocstats). */
const PYMALLOC_64: AllocatorModel = {
  kind: 'pymalloc',
  smallRequestThreshold: 512,
  alignment: 16,
  poolBytes: 16 * 1024,
  arenaBytes: 1024 * 1024,
  baseAddress: 0x7f3a5c000000,
  largeBaseAddress: 0x55d0c8a00000,
};

/** Pyodide builds CPython WITH_PYMALLOC=0: every object comes from the wasm libc malloc (8-byte aligned). */
const MALLOC_WASM32: AllocatorModel = {
  kind: 'malloc',
  smallRequestThreshold: 0,
  alignment: 8,
  poolBytes: 0,
  arenaBytes: 0,
  // Pyodide's ids after start-up look like 0x118f928: the heap sits ~17 MiB into linear memory.
  baseAddress: 0x0110_0000,
  largeBaseAddress: 0x0110_0000,
};

// ---- immortality -----------------------------------------------------------------------------

const NO_IMMORTALS_310: ImmortalityModel = {
  enabled: false,
  staticRefcount: null,
  runtimeRefcount: null,
  categories: [],
  staticObjectInitialRefcount: null,
  cachedObjectsAreStatic: false,
};

const NO_IMMORTALS_311: ImmortalityModel = {
  ...NO_IMMORTALS_310,
  staticObjectInitialRefcount: 999_999_999,
  cachedObjectsAreStatic: true,
};

const IMMORTAL_BASE: readonly ImmortalCategory[] = [
  'singletons',
  'smallInts',
  'emptyStrBytesTuple',
  'latin1Chars',
  'singleBytes',
  'staticTypes',
  'internedNames',
];

function immortal(staticRefcount: number, runtimeRefcount: number, allInterned: boolean): ImmortalityModel {
  return {
    enabled: true,
    staticRefcount,
    runtimeRefcount,
    categories: allInterned ? [...IMMORTAL_BASE, 'allInternedStrings'] : IMMORTAL_BASE,
    staticObjectInitialRefcount: null,
    cachedObjectsAreStatic: true,
  };
}

/** _Py_IMMORTAL_REFCNT 3.12/3.13: UINT_MAX on 64-bit, UINT_MAX >> 2 on 32-bit. */
const IMMORTAL_312_64 = 4_294_967_295;
const IMMORTAL_312_32 = 1_073_741_823;
/** 3.14 (Include/refcount.h): 64-bit 3 << 30 for both; 32-bit static 7 << 28, runtime 5 << 28. */
const IMMORTAL_314_64 = 3_221_225_472;
const IMMORTAL_314_32_STATIC = 1_879_048_192;
const IMMORTAL_314_32_RUNTIME = 1_342_177_280;

// ---- GC --------------------------------------------------------------------------------------

const GC_CALLBACK_KEYS = ['generation', 'collected', 'uncollectable'] as const;

/**
 * Measured after `import gc` on a program's first line (python file.py; stable over hash seeds):
 * 3.10.13 (53, 10, 0), gen0 10 collections; 3.11.7 (260, 0, 2), gen0 22 / gen1 2 collections,
 * 43 / 92 collected; 3.12.1 (692, 4, 0), 4 gen0 collections; 3.13.0 (27, 3, 0), 3 gen0
 * collections, 24 collected. The counts are those minus what the simulator's compile and import
 * of gc add. __main__'s dict is in gc.get_objects(1) (3.10, 3.12, 3.13) or (2) (3.11).
 */
const GC_STARTUP: Record<PythonVersion, GcStartupState> = {
  '3.10': { counts: [31, 10, 0], generation: 1, collections: [10, 0, 0], collected: [0, 0, 0], closureGarbage: false },
  '3.11': { counts: [238, 0, 2], generation: 2, collections: [22, 2, 0], collected: [43, 92, 0], closureGarbage: false },
  '3.12': { counts: [670, 4, 0], generation: 1, collections: [4, 0, 0], collected: [0, 0, 0], closureGarbage: false },
  '3.13': { counts: [5, 3, 0], generation: 1, collections: [3, 0, 0], collected: [24, 0, 0], closureGarbage: false },
  // derived: 3.14.5 restores the 3.13 collector; start-up as on 3.13 (not measured)
  '3.14': { counts: [5, 3, 0], generation: 1, collections: [3, 0, 0], collected: [24, 0, 0], closureGarbage: false },
};

function generationalGc(threshold0: number, v: PythonVersion): GcModel {
  return {
    design: 'generational',
    thresholds: [threshold0, 10, 10],
    generationCount: 3,
    fullCollectionPendingRatio: 0.25,
    dictLazyUntrack: v !== '3.14',
    tupleUntrackAtBirth: v === '3.14',
    collectionUntracksAtomicTuples: true,
    collectCountsInstanceDict: v === '3.10',
    freeListsKeepGcCount: v !== '3.14',
    initialFreezeCount: v === '3.12' ? 375 : 0,
    callbackInfoKeys: GC_CALLBACK_KEYS,
    fullCollectionClearsFreeLists: true,
    startup: GC_STARTUP[v],
  };
}

/** 3.14.0-3.14.4 (Pyodide 3.14.2): incremental collector, young + old, thresholds (2000, 10, 0). */
const GC_INCREMENTAL_3142: GcModel = {
  design: 'incremental',
  thresholds: [2000, 10, 0],
  generationCount: 3,
  fullCollectionPendingRatio: 0.25,
  dictLazyUntrack: false,
  tupleUntrackAtBirth: true,
  collectionUntracksAtomicTuples: true,
  collectCountsInstanceDict: false,
  freeListsKeepGcCount: false,
  initialFreezeCount: 0,
  callbackInfoKeys: GC_CALLBACK_KEYS,
  fullCollectionClearsFreeLists: true,
  // measured (pyodide runPython, after `import gc`): (664, 0, 0); 4 increments collected 230 objects;
  // the first collection finds start-up's self-referencing closure _fix (3 objects)
  startup: { counts: [642, 0, 0], generation: 2, collections: [0, 4, 0], collected: [0, 230, 0], closureGarbage: true },
};

// ---- free lists ------------------------------------------------------------------------------

const NO_314_FREELISTS = {
  compactInt: 0,
  boundMethod: 0,
  rangeIterator: 0,
  listIterator: 0,
  tupleIterator: 0,
} as const;

/** 3.10: Objects/floatobject.c, tupleobject.c (PyTuple_MAXSAVESIZE 20: lengths 1..19), listobject.c, dictobject.c, frameobject.c. */
const FREELISTS_310: FreeListCapacities = {
  float: 100,
  tupleMaxLength: 19,
  tuplePerLength: 2000,
  list: 80,
  dict: 80,
  dictKeys: 80,
  dictKeysFreeListKinds: 'any',
  frame: 200,
  slice: 1,
  ...NO_314_FREELISTS,
};

/** 3.11-3.13: Include/internal/pycore_interp.h / pycore_freelist.h: tuples of length 1..20; keys free list only for str-keyed tables. */
const FREELISTS_311: FreeListCapacities = {
  ...FREELISTS_310,
  tupleMaxLength: 20,
  dictKeysFreeListKinds: 'unicodeOnly',
  frame: 0,
};

/** 3.14: Include/internal/pycore_freelist_state.h adds ints, bound methods, iterators. */
const FREELISTS_314: FreeListCapacities = {
  ...FREELISTS_311,
  compactInt: 100,
  boundMethod: 20,
  rangeIterator: 6,
  listIterator: 10,
  tupleIterator: 10,
};

// ---- layouts ---------------------------------------------------------------------------------

function layoutKnobs(v: PythonVersion): LayoutKnobs {
  const minor = Number(v.split('.')[1]);
  return {
    intDigitBits: 30,
    intZeroHasDigit: minor >= 11,
    intSizeField: minor >= 12 ? 'lv_tag' : 'ob_size',
    strHasWstr: minor <= 11,
    latin1SingletonsHaveUtf8: minor >= 12,
    dictKeysHeader: minor >= 11 ? '3.11' : '3.10',
    dictUnicodeEntries: minor >= 11,
    tupleCachesHash: minor >= 14,
    instanceLayout:
      minor === 10
        ? 'bodyDictWeakref'
        : minor === 11
          ? 'preheaderDictValues'
          : minor === 12
            ? 'preheaderDictOrValues'
            : 'inlineValues',
    dictKeysizeMinsizeQuirk: minor <= 13,
    listExtendDictSetUsesResize: minor >= 13,
    strSplitPreallocatesFromLength: minor >= 12,
    sharedKeysInitialUsable: 30,
  };
}

// ---- module surface --------------------------------------------------------------------------

const SYS_BASE = ['getrefcount', 'getsizeof', 'intern', 'getrecursionlimit', 'setrecursionlimit', '_getframe', 'exc_info'];
const GC_FUNCTIONS = [
  'collect',
  'get_count',
  'get_threshold',
  'set_threshold',
  'disable',
  'enable',
  'isenabled',
  'is_tracked',
  'is_finalized',
  'get_referrers',
  'get_referents',
  'get_objects',
  'get_stats',
  'get_debug',
  'set_debug',
  'freeze',
  'unfreeze',
  'get_freeze_count',
];

function moduleSurface(v: PythonVersion): ModuleSurface {
  const minor = Number(v.split('.')[1]);
  const sys = [...SYS_BASE];
  if (minor >= 11) sys.push('exception');
  if (minor >= 12) sys.push('getunicodeinternedsize');
  if (minor >= 13) sys.push('_is_interned');
  if (minor >= 14) sys.push('_is_immortal');
  return { sys, gc: GC_FUNCTIONS };
}

// ---- assembling ------------------------------------------------------------------------------

interface NativeBuild {
  readonly python: PythonVersion;
  readonly micro: number;
  readonly versionString: string;
  readonly checkedAgainst: string;
  readonly conformanceKey: string | null;
  readonly measured: boolean;
  readonly strHashAlgorithm: PlatformModel['strHashAlgorithm'];
  readonly immortality: ImmortalityModel;
  readonly gc: GcModel;
  readonly freeLists: FreeListCapacities;
}

const BUILD_DATE = '(main, May  9 2026, 07:34:36) [GCC 12.2.0]';

const NATIVE: readonly NativeBuild[] = [
  {
    python: '3.10',
    micro: 13,
    versionString: `3.10.13 ${BUILD_DATE}`,
    checkedAgainst: 'CPython 3.10.13, x86-64 Linux, GCC 12.2 (pyenv), default build',
    conformanceKey: '3.10',
    measured: true,
    strHashAlgorithm: 'siphash24',
    immortality: NO_IMMORTALS_310,
    gc: generationalGc(700, '3.10'),
    freeLists: FREELISTS_310,
  },
  {
    python: '3.11',
    micro: 7,
    versionString: `3.11.7 ${BUILD_DATE}`,
    checkedAgainst: 'CPython 3.11.7, x86-64 Linux, GCC 12.2 (pyenv), default build',
    conformanceKey: '3.11',
    measured: true,
    strHashAlgorithm: 'siphash13',
    immortality: NO_IMMORTALS_311,
    gc: generationalGc(700, '3.11'),
    freeLists: FREELISTS_311,
  },
  {
    python: '3.12',
    micro: 1,
    versionString: `3.12.1 ${BUILD_DATE}`,
    checkedAgainst: 'CPython 3.12.1, x86-64 Linux, GCC 12.2 (pyenv), default build',
    conformanceKey: '3.12',
    measured: true,
    strHashAlgorithm: 'siphash13',
    immortality: immortal(IMMORTAL_312_64, IMMORTAL_312_64, true),
    gc: generationalGc(700, '3.12'),
    freeLists: FREELISTS_311,
  },
  {
    python: '3.13',
    micro: 0,
    versionString: `3.13.0 ${BUILD_DATE}`,
    checkedAgainst: 'CPython 3.13.0, x86-64 Linux, GCC 12.2 (pyenv), default build',
    conformanceKey: '3.13',
    measured: true,
    strHashAlgorithm: 'siphash13',
    immortality: immortal(IMMORTAL_312_64, IMMORTAL_312_64, false),
    gc: generationalGc(2000, '3.13'),
    freeLists: FREELISTS_311,
  },
  {
    python: '3.14',
    micro: 5,
    versionString: '3.14.5 (main) [GCC]',
    checkedAgainst: 'CPython 3.14.5+ 64-bit, derived from the 3.14 sources and the 3.14.2 wasm32 measurements (not measured)',
    conformanceKey: null,
    measured: false,
    strHashAlgorithm: 'siphash13',
    immortality: immortal(IMMORTAL_314_64, IMMORTAL_314_64, false),
    gc: generationalGc(2000, '3.14'),
    freeLists: FREELISTS_314,
  },
];

function compilerFeatures(v: PythonVersion): Profile['compiler'] {
  const minor = Number(v.split('.')[1]);
  return {
    borrowedLocalLoads: minor >= 14,
    smallIntOpcode: minor >= 14,
    inlineComprehensions: minor >= 12,
    foldTuplesInAst: minor <= 13,
    // Refinements measured by the compiler's fixtures (lib/sim/compiler/fixtures, test-features.ts).
    keepFoldedTupleItems: minor <= 11,
    bytesLiteralAstRefs: minor === 12 || minor === 13 ? 2 : 1,
    classFirstLineAndStaticAttributes: minor >= 13,
    constKeyMap: minor <= 13,
    noneFirstConst: minor <= 13,
  };
}

function nativeProvenance(b: NativeBuild): ProfileProvenance {
  if (b.measured) {
    const m = `measured ${b.python}.${b.micro}`;
    return {
      platform: `${m} (sys.maxsize, sys.hash_info, ids)`,
      compiler: `${m} (dis)`,
      immortality: `${m} (sys.getrefcount of None, names, literals)`,
      strings: `${m} (is / sys._is_interned)`,
      execution: `${m} (refcounts of params, locals())`,
      gc: `${m} (gc.get_threshold, gc.is_tracked, gc.get_freeze_count)`,
      freeLists: `source ${b.python} Include/internal headers; measured address reuse`,
      allocator: `${m} (_debugmallocstats, id reuse); base addresses invented but plausible`,
      layout: `${m} (sys.getsizeof, __basicsize__)`,
      modules: `${m} (hasattr)`,
    };
  }
  const d = 'derived (not measured)';
  return {
    platform: `${d}: x86-64 pyconfig`,
    compiler: `${d}: source 3.14 (gh-130704, LOAD_SMALL_INT), as measured on 3.14.2 wasm32`,
    immortality: `${d}: source 3.14 Include/refcount.h (3 << 30 on 64-bit)`,
    strings: `${d}: the rules measured on 3.14.2 wasm32`,
    execution: `${d}: as measured on 3.14.2 wasm32 (borrowing does not depend on pointer width)`,
    gc: `${d}: gh-148726 / PR #148720 (3.14.5 restores the 3.13 generational collector); tracking as measured on 3.14.2`,
    freeLists: 'source 3.14 pycore_freelist_state.h',
    allocator: `${d}: 3.14 obmalloc as in 3.13`,
    layout: `${d}: 3.14 struct field lists, checked field-for-field on 3.14.2 wasm32`,
    modules: `${d}: as measured on 3.14.2 wasm32`,
  };
}

function nativeProfile(b: NativeBuild): Profile {
  return {
    id: `${b.python}-64bit`,
    python: b.python,
    platform: '64bit',
    checkedAgainst: b.checkedAgainst,
    conformanceKey: b.conformanceKey,
    provenance: nativeProvenance(b),
    platformModel: { ...PLATFORM_64, strHashAlgorithm: b.strHashAlgorithm },
    compiler: compilerFeatures(b.python),
    smallInts: { min: -5, max: 256 },
    immortality: b.immortality,
    strings: {
      internIdentifierConstants: true,
      maxFoldedStrLength: 4096,
      latin1LiteralIsChrSingleton: b.python === '3.11' || b.python === '3.12' ? 'unknown' : 'yes',
      internTableRefsUncounted: true,
    },
    execution: {
      runMode: 'script',
      scriptArenaHoldsConstants: true,
      argsMovedIntoCallee: b.python !== '3.10',
      heapFrameObjects: b.python === '3.10',
      localsSnapshot: b.python === '3.13' || b.python === '3.14',
      defaultRecursionLimit: 1000,
      printPacksArgs: b.python !== '3.10',
      printKeywordTupleBuilt: b.python === '3.11' ? 'first-call' : b.python === '3.10' ? 'first-call-with-keywords' : null,
      // 3.14 (no interpreter here to measure) assumed to keep 3.13's order
      stdoutPending: b.python === '3.10' || b.python === '3.11' || b.python === '3.12' ? 'flush-first' : 'append-first',
    },
    gc: b.gc,
    freeLists: b.freeLists,
    allocator: PYMALLOC_64,
    layout: layoutKnobs(b.python),
    modules: moduleSurface(b.python),
    versionInfo: { major: 3, minor: Number(b.python.split('.')[1]), micro: b.micro, releaselevel: 'final', serial: 0 },
    versionString: b.versionString,
    frozensetEmptySingleton: false,
  };
}

/**
 * The wasm32 variant of a native profile: 32-bit sizes, no pymalloc, fnv hash, run by
 * pyodide.runPython. Only 3.14 is measured (Pyodide 314.0.7 = CPython 3.14.2), and it differs from
 * the 3.14.5 64-bit profile in its collector; the others are derived from their 64-bit profiles.
 */
function wasmProfile(native: Profile): Profile {
  const is314 = native.python === '3.14';
  const derived = `derived from ${native.id} with 32-bit sizes (not measured)`;
  const measured = 'measured 3.14.2 wasm32 (pyodide 314.0.7)';
  const immortality: ImmortalityModel = !native.immortality.enabled
    ? native.immortality
    : is314
      ? { ...native.immortality, staticRefcount: IMMORTAL_314_32_STATIC, runtimeRefcount: IMMORTAL_314_32_RUNTIME }
      : { ...native.immortality, staticRefcount: IMMORTAL_312_32, runtimeRefcount: IMMORTAL_312_32 };
  const p = (m: string): string => (is314 ? `${measured}${m}` : derived);
  return {
    ...native,
    id: `${native.python}-wasm32`,
    platform: 'wasm32',
    checkedAgainst: is314
      ? 'CPython 3.14.2 compiled to wasm32 by Pyodide (npm pyodide 314.0.7, WITH_PYMALLOC=0), run with runPython'
      : `Pyodide-style wasm32 build of CPython ${native.python} (derived from ${native.id}; not measured)`,
    conformanceKey: is314 ? '3.14-wasm32' : null,
    provenance: {
      platform: p(' (sys.maxsize, ids, sizes)'),
      compiler: p(' (dis)'),
      immortality: is314 ? `${measured} (21_immvals.py); source Include/refcount.h` : `${derived}; source Include/object.h (32-bit _Py_IMMORTAL_REFCNT)`,
      strings: p(''),
      execution: is314 ? `${measured}; runPython keeps the AST's literal references like python file.py` : derived,
      gc: is314 ? `${measured} (get_threshold (2000, 10, 0), 10_gc.py, 14_gcauto3.py)` : derived,
      freeLists: is314 ? 'source 3.14 pycore_freelist_state.h' : native.provenance.freeLists,
      allocator: is314 ? `${measured} (WITH_PYMALLOC=0, ids multiples of 8); malloc policy modelled, not measured` : derived,
      layout: is314 ? `${measured} (sizeof programs 038-041, 068-082)` : derived,
      modules: p(' (hasattr)'),
    },
    platformModel: PLATFORM_WASM32,
    immortality,
    execution: { ...native.execution, runMode: 'runPython', stdoutPending: null },
    gc: is314 ? GC_INCREMENTAL_3142 : native.gc,
    allocator: MALLOC_WASM32,
    versionInfo: is314 ? { ...native.versionInfo, micro: 2 } : native.versionInfo,
    versionString: is314 ? '3.14.2 (main, Pyodide 314.0.7) [Clang (Emscripten)]' : native.versionString,
  };
}

function build(): ReadonlyMap<string, Profile> {
  const all = new Map<string, Profile>();
  for (const b of NATIVE) {
    const native = nativeProfile(b);
    all.set(native.id, native);
  }
  for (const b of NATIVE) {
    const wasm = wasmProfile(all.get(`${b.python}-64bit`)!);
    all.set(wasm.id, wasm);
  }
  return all;
}

export const PROFILES: ReadonlyMap<string, Profile> = build();

export const PYTHON_VERSIONS: readonly PythonVersion[] = ['3.10', '3.11', '3.12', '3.13', '3.14'];
export const PLATFORMS: readonly Platform[] = ['64bit', 'wasm32'];
