// The shape of a version profile: everything that differs between CPython 3.10-3.14 and between a
// 64-bit build and Pyodide's wasm32 build, as plain data. No CPython file mirrors this; the values
// come from Include/ headers, Objects/*.c and measurements (see README.md in this folder).
// Consumers read fields, never the version string: a behaviour difference is a field here.

import type { CompilerFeatures } from '../compiler/features';

export type PythonVersion = '3.10' | '3.11' | '3.12' | '3.13' | '3.14';
export type Platform = '64bit' | 'wasm32';
export type ProfileId = `${PythonVersion}-${Platform}`;

/**
 * Where a group of values comes from: 'measured 3.12.1' (a real interpreter), 'source 3.14'
 * (read in CPython's sources), 'derived from 3.14 sources' (computed, not measured: a prediction).
 */
export type Provenance = string;

/** The machine the interpreter was built for. */
export interface PlatformModel {
  readonly name: Platform;
  /** sizeof(void *) and sizeof(Py_ssize_t). */
  readonly pointerBytes: 8 | 4;
  /** sizeof(PyGC_Head), the pre-header in front of every GC-tracked object. */
  readonly gcHeadBytes: 16 | 8;
  /** Alignment of double / uint64_t inside structs (8 on both platforms; wasm32 aligns i64 to 8). */
  readonly int64Alignment: 8;
  /** Every id() is a multiple of this (pymalloc's ALIGNMENT on 64-bit; malloc's on wasm32). */
  readonly idAlignment: 16 | 8;
  /** Width of Py_hash_t in bits. */
  readonly hashBits: 64 | 32;
  /** hash(int) is taken modulo 2**hashModulusBits - 1 (_PyHASH_BITS). */
  readonly hashModulusBits: 61 | 31;
  /** sys.hash_info.algorithm. */
  readonly strHashAlgorithm: 'siphash24' | 'siphash13' | 'fnv';
  /** sys.maxsize. */
  readonly maxsize: bigint;
}

/** Object categories that can be immortal (PEP 683). */
export type ImmortalCategory =
  | 'singletons' // None, True, False, Ellipsis, NotImplemented
  | 'smallInts' // the small-int cache
  | 'emptyStrBytesTuple' // '', b'', ()
  | 'latin1Chars' // chr(0) .. chr(255)
  | 'singleBytes' // bytes([0]) .. bytes([255])
  | 'staticTypes' // int, object, type, built-in exception types...
  | 'internedNames' // strings interned as identifiers: co_names, attribute names, module-dict keys
  | 'allInternedStrings'; // also sys.intern() results and interned string constants (3.12.1 only)

export interface ImmortalityModel {
  /** PEP 683 immortal objects exist (3.12+). */
  readonly enabled: boolean;
  /** What sys.getrefcount reports for a statically allocated immortal object; null before 3.12. */
  readonly staticRefcount: number | null;
  /** What sys.getrefcount reports for an object immortalised at run time (e.g. interned names). */
  readonly runtimeRefcount: number | null;
  /** Which objects are immortal. Empty before 3.12. */
  readonly categories: readonly ImmortalCategory[];
  /**
   * 3.11 only: statically allocated objects (None, small ints, '', static types) start at this count
   * and then move like any count (0 read 1 000 000 472 in one run). UNSTABLE: never grade it.
   */
  readonly staticObjectInitialRefcount: number | null;
  /**
   * Small ints, '', b'', 1-char latin-1 strs and 1-byte bytes are static data in libpython (3.11+),
   * rather than heap objects created at start-up (3.10).
   */
  readonly cachedObjectsAreStatic: boolean;
}

export interface SmallIntCache {
  /** Inclusive bounds: _PY_NSMALLNEGINTS = 5, _PY_NSMALLPOSINTS = 257. */
  readonly min: number;
  readonly max: number;
}

export interface StringRules {
  /** Identifier-like constants ([A-Za-z0-9_]+) are interned at compile time. */
  readonly internIdentifierConstants: boolean;
  /** Constant folding refuses str results longer than this many characters. */
  readonly maxFoldedStrLength: number;
  /**
   * Whether the one-character latin-1 literal 'a' is the same object as chr(97).
   * 'yes' (3.10, 3.13+) or 'unknown' (3.11/3.12: sometimes a separate interned copy; keep out of quizzes).
   */
  readonly latin1LiteralIsChrSingleton: 'yes' | 'unknown';
  /**
   * The interned dict's two references to a mortal interned string are not counted in its refcount
   * (true in every modelled version; relevant where interned strings are mortal).
   */
  readonly internTableRefsUncounted: boolean;
}

export interface ExecutionModel {
  /**
   * How a program is run. 'script' = `python file.py` (64-bit profiles); 'runPython' =
   * pyodide.runPython(source) in a fresh interpreter (wasm32).
   */
  readonly runMode: 'script' | 'runPython';
  /**
   * The parser's AST stays alive while the module runs and holds one reference to each literal
   * constant that appears in it (pyrun_file frees the arena after run_mod). Tuples folded after
   * the AST (compiler.foldTuplesInAst false) are not held.
   */
  readonly scriptArenaHoldsConstants: boolean;
  /** 3.11+: call arguments are moved (not copied) from the caller's stack into the callee frame. */
  readonly argsMovedIntoCallee: boolean;
  /** 3.10: every call creates a heap PyFrameObject (from a free list); 3.11+ frames live on a data stack. */
  readonly heapFrameObjects: boolean;
  /** 3.13+ (PEP 667): locals() returns a fresh snapshot; before, the frame's cached f_locals dict (+1 per local). */
  readonly localsSnapshot: boolean;
  /** sys.getrecursionlimit() default. */
  readonly defaultRecursionLimit: number;
  /**
   * 3.11+: print's Argument Clinic wrapper packs the positional arguments into a tuple (*args),
   * freed after the call; 3.10's print reads them from the stack. After a full collection empties
   * the free lists, the first print(x) raises gc.get_count()[0] by one (measured 3.11-3.13).
   */
  readonly printPacksArgs: boolean;
  /**
   * When print's argument parser builds its keyword-names tuple ('sep', 'end', 'file', 'flush'),
   * kept for good, raising gc.get_count()[0] once: 3.11's Argument Clinic parser on its first call;
   * 3.10's hand-written print parses keywords only when there are some, so on the first call that
   * passes one; null: built statically (3.12+).
   */
  readonly printKeywordTupleBuilt: 'first-call' | 'first-call-with-keywords' | null;
  /**
   * sys.stdout when `python file.py` writes to a pipe (how the conformance recorder runs programs):
   * the TextIOWrapper keeps each written str (or its UTF-8 bytes) pending, from the second write
   * on in a list, until 8192 characters are pending (modules/stdout.ts). 'flush-first' (3.10-3.12):
   * a write that would pass 8192 first flushes what is pending; 'append-first' (3.13): it is
   * appended and everything is flushed after. null: print's output leaves nothing behind (Pyodide).
   */
  readonly stdoutPending: 'flush-first' | 'append-first' | null;
}

export interface GcModel {
  /** 'incremental' = 3.14.0-3.14.4 (young + old, old scanned in increments). */
  readonly design: 'generational' | 'incremental';
  /** gc.get_threshold() at start-up. */
  readonly thresholds: readonly [number, number, number];
  /** Number of generations gc.get_count()/get_stats() report (always 3; incremental uses 0 and 1-2 as young/old). */
  readonly generationCount: 3;
  /** A full (oldest generation) collection needs long_lived_pending > long_lived_total * this. */
  readonly fullCollectionPendingRatio: number;
  /** <=3.13: dicts start untracked and are tracked when they gain a trackable value; untracked by a collection. */
  readonly dictLazyUntrack: boolean;
  /** 3.14.1+: a new tuple whose items are all untracked (atomic) is not tracked at birth. */
  readonly tupleUntrackAtBirth: boolean;
  /** A collection untracks tuples whose items are all untracked. */
  readonly collectionUntracksAtomicTuples: boolean;
  /** 3.10: every instance has a real __dict__, which gc.collect() counts (two instances in a cycle -> 4). */
  readonly collectCountsInstanceDict: boolean;
  /**
   * 3.10-3.13: count0 drops only in PyObject_GC_Del, which an object parked on a type's free list
   * (list, dict, tuple...) never reaches, so freeing such objects does not lower gc.get_count()[0].
   */
  readonly freeListsKeepGcCount: boolean;
  /** gc.get_freeze_count() at start-up (3.12.1: 375 static-type tuples and a set). */
  readonly initialFreezeCount: number;
  /** Keys of the info dict passed to gc.callbacks. */
  readonly callbackInfoKeys: readonly string[];
  /** Collecting the oldest generation clears the free lists (gc.rst). */
  readonly fullCollectionClearsFreeLists: boolean;
  /** The collector's state when the program starts (vm/startup.ts). */
  readonly startup: GcStartupState;
}

/**
 * What interpreter start-up leaves behind, measured right after `import gc` on the program's first
 * line: counts, statistics, where start-up's objects (__main__'s dict among them) sit, leftover garbage.
 */
export interface GcStartupState {
  /** gc.get_count() before the program is compiled (its code objects and constants count on top). */
  readonly counts: readonly [number, number, number];
  /** The generation that holds the objects start-up created (gc.get_objects(n) finds __main__'s dict there). */
  readonly generation: 0 | 1 | 2;
  /** gc.get_stats(): collections and collected objects per generation during start-up. */
  readonly collections: readonly [number, number, number];
  readonly collected: readonly [number, number, number];
  /**
   * Start-up drops a closure that refers to itself (function `_fix`, its cell, its closure tuple):
   * the first collection of the young generation finds 3 objects (Pyodide 3.14.2).
   */
  readonly closureGarbage: boolean;
}

/**
 * Maximum number of objects each type's free list keeps (0 = no free list). A free list hands an
 * object's memory back to the next object of the same type (same address).
 */
export interface FreeListCapacities {
  readonly float: number;
  /** Tuples of length 1..tupleMaxLength have one free list per length, each keeping tuplePerLength. */
  readonly tupleMaxLength: number;
  readonly tuplePerLength: number;
  readonly list: number;
  readonly dict: number;
  /** Free list of 8-slot dict keys tables; which key kinds qualify is in dictKeysFreeListKinds. */
  readonly dictKeys: number;
  readonly dictKeysFreeListKinds: 'unicodeOnly' | 'any';
  /** 3.14: compact (one-digit) ints. */
  readonly compactInt: number;
  /** 3.10 heap frame objects. */
  readonly frame: number;
  /** 3.14: bound method objects (PyMethodObject). */
  readonly boundMethod: number;
  /** 3.14: range iterators / list iterators / tuple iterators. */
  readonly rangeIterator: number;
  readonly listIterator: number;
  readonly tupleIterator: number;
  readonly slice: number;
}

export interface AllocatorModel {
  /** 'pymalloc' = obmalloc small-object allocator; 'malloc' = every request goes to the C allocator (wasm32, WITH_PYMALLOC=0). */
  readonly kind: 'pymalloc' | 'malloc';
  /** pymalloc serves requests <= this many bytes. */
  readonly smallRequestThreshold: number;
  /** Size-class step and block alignment (pymalloc ALIGNMENT), or malloc's alignment. */
  readonly alignment: 16 | 8;
  readonly poolBytes: number;
  readonly arenaBytes: number;
  /** First address the modelled allocator hands out (arenas / heap start). */
  readonly baseAddress: number;
  /** Where large (> threshold) requests start, modelling the separate C malloc heap. */
  readonly largeBaseAddress: number;
}

/** Knobs the sizeof layouts (lib/sim/objects/layout) read; the field lists themselves live there. */
export interface LayoutKnobs {
  /** Bits per int digit (PYLONG_BITS_IN_DIGIT); 30 everywhere modelled. */
  readonly intDigitBits: 30;
  /** 3.10: int 0 (and False) has zero digits (24 bytes); 3.11+: at least one digit. */
  readonly intZeroHasDigit: boolean;
  /** Name of the int size word: 'ob_size' (<=3.11) or 'lv_tag' (3.12+); same size either way. */
  readonly intSizeField: 'ob_size' | 'lv_tag';
  /** 3.10/3.11 str headers carry wstr (and wstr_length for non-ASCII); removed in 3.12 (PEP 623). */
  readonly strHasWstr: boolean;
  /** 3.12+: the static non-ASCII latin-1 singletons carry a cached UTF-8 copy (counted by getsizeof). */
  readonly latin1SingletonsHaveUtf8: boolean;
  /** Layout of PyDictKeysObject's header: '3.10' (5 words) or '3.11' (refcnt, log2 sizes, kind, version, usable, nentries). */
  readonly dictKeysHeader: '3.10' | '3.11';
  /** 3.11+: a keys table whose keys are all str stores (key, value) entries without the hash. */
  readonly dictUnicodeEntries: boolean;
  /** 3.14: PyTupleObject caches its hash (ob_hash), one more word per tuple. */
  readonly tupleCachesHash: boolean;
  /**
   * Plain class instances: 3.10 dict and weakref pointers in the body; 3.11 pre-header holds dict +
   * values pointers, weakref in the body; 3.12 pre-header holds dict_or_values + weakref; 3.13+
   * pre-header dict + weakref with values inline after the object (not counted by getsizeof).
   */
  readonly instanceLayout: 'bodyDictWeakref' | 'preheaderDictValues' | 'preheaderDictOrValues' | 'inlineValues';
  /**
   * calculate_log2_keysize in 3.10-3.13 computes bit_length(((minsize | 8) - 1) | 7), which gives 16
   * slots (not 8) for minsize 1..7: copying a dict with 1-4 live items out of a dirty table yields
   * 16 slots. 3.14 uses bit_length(max(minsize, 8) - 1). Measured 3.10.13-3.13.0 and 3.14.2 wasm32.
   */
  readonly dictKeysizeMinsizeQuirk: boolean;
  /** 3.13+: list.extend/list() of a dict, dict view or set uses list_resize instead of exact pre-allocation. */
  readonly listExtendDictSetUsesResize: boolean;
  /** 3.12+: str.split() sizes its result list from the string length instead of 12 slots. */
  readonly strSplitPreallocatesFromLength: boolean;
  /**
   * Instances of a class are allocated with room for the class's shared-keys values (3.13+ inline
   * values) or get a separately allocated values array (3.11/3.12); the shared keys start with this
   * usable size (SHARED_KEYS_MAX_SIZE) and shrink by one per new instance down to 1.
   */
  readonly sharedKeysInitialUsable: number;
}

/** Which module functions exist (callable names; absent names raise AttributeError). */
export interface ModuleSurface {
  readonly sys: readonly string[];
  readonly gc: readonly string[];
}

export interface VersionInfo {
  readonly major: 3;
  readonly minor: number;
  readonly micro: number;
  readonly releaselevel: 'final';
  readonly serial: 0;
}

/** Provenance for each group of fields. */
export interface ProfileProvenance {
  readonly platform: Provenance;
  readonly compiler: Provenance;
  readonly immortality: Provenance;
  readonly strings: Provenance;
  readonly execution: Provenance;
  readonly gc: Provenance;
  readonly freeLists: Provenance;
  readonly allocator: Provenance;
  readonly layout: Provenance;
  readonly modules: Provenance;
}

export interface Profile {
  /** e.g. "3.12-64bit". */
  readonly id: ProfileId;
  readonly python: PythonVersion;
  readonly platform: Platform;
  /** The exact interpreter build the profile was checked against (or modelled on, when derived). */
  readonly checkedAgainst: string;
  /** Conformance key in expected.json this profile answers to, if any. */
  readonly conformanceKey: string | null;
  readonly provenance: ProfileProvenance;
  readonly platformModel: PlatformModel;
  readonly compiler: CompilerFeatures;
  readonly smallInts: SmallIntCache;
  readonly immortality: ImmortalityModel;
  readonly strings: StringRules;
  readonly execution: ExecutionModel;
  readonly gc: GcModel;
  readonly freeLists: FreeListCapacities;
  readonly allocator: AllocatorModel;
  readonly layout: LayoutKnobs;
  readonly modules: ModuleSurface;
  readonly versionInfo: VersionInfo;
  /** First line of sys.version (what a learner sees). */
  readonly versionString: string;
  /** frozenset() is a singleton (false since 3.10). */
  readonly frozensetEmptySingleton: boolean;
}
