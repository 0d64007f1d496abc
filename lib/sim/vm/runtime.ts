// The runtime: one explicit object per run that owns all interpreter state (in the spirit of
// CPython's PyInterpreterState, Include/internal/pycore_interp.h): heap, intern table, small-int
// cache, GC state, the profile, the trace recorder, the modules and the frame stack.
// Nothing in lib/sim keeps module-level mutable state. Most methods here are thin entry points into
// the type modules (objects/) so that callers need one import.

import { SimulatorBug, type SourceLocation } from '../errors';
import { objectHead, type BinOp, type NativeFn, type NativeMethod, type ObHeader, type PyObj, type PyType, type Visit } from '../objects/object';
import type { Profile } from '../versions/profile';
import { ObjectTable } from '../heap/heap';
import { IMMORTAL_FLOOR } from '../heap/refcount';
import type { AddressSource } from '../heap/addresses';
import { createAllocator } from '../heap/allocator';
import { StdoutBuffer } from '../modules/stdout';
import { REBIND_FAST, TraceRecorder } from '../trace/recorder';
import type { FrameView, ObjectView, ReferrerView } from '../trace/schema';
import { GcState } from '../heap/gc';
import type { BuiltinTypes } from '../objects/types';
import { bootstrapTypes } from '../objects/types';
import type { Frame } from './frame';
import { deallocObject } from '../heap/dealloc';
import { isVolatile, objectView } from '../trace/views';
import { decref, incref } from '../heap/refcount';
import { newInt, createSmallInts, isSmallIntCached, type IntObj } from '../objects/int';
import { newStr, createEmptyStr, intern, markStatic, type StrObj } from '../objects/str';
import { createEmptyTuple, newTuple } from '../objects/tuple';
import { createEmptyBytes } from '../objects/bytes';
import { createSingletons } from '../objects/none';
import { newDict, dictSet, dictPop, dictGetStr, type DictObj } from '../objects/dict';
import { newList, listAppend, type ListObj } from '../objects/list';
import { newBuiltin, type BuiltinObj, type MethodDescrObj } from '../objects/function';
import * as proto from '../objects/protocol';
import * as inst from '../objects/instance';
import { typeSpecialAttr, typeSetAttr, callType, instanceBasicSize, instancePreHeader } from '../objects/type';
import { hashPointer } from '../objects/hash';
import { PyException, exceptionLastLine } from '../objects/exception';
import { runCallback, type WeakrefObj } from '../objects/weakref';
import { resumeGenerator } from './call';
import type { GeneratorObj } from '../objects/generator';
import { sizeOf, basicSizeOf, functionBytes } from '../objects/sizeof';
import { inplaceOp } from '../objects/inplace';
import { newSeqGetitemIter } from '../objects/seqiter';
import { importModule } from '../modules/registry';
import '../objects/all';
import { checkInvariants, collectReferrers } from '../heap/invariants';

const DEFAULT_MAX_STEPS = 1_000_000;
/** An empty value stack, shared by every trace step that has one (never mutated). */
const NO_IDS: number[] = Object.freeze([]) as unknown as number[];
/** safeRepr of a long list/tuple builds only this many items (enough for any truncated view). */
const REPR_PREFIX_ITEMS = 32;

export interface RunOptions {
  trace?: boolean;
  granularity?: 'line' | 'instruction';
  /** Check the refcount invariants after every step (slow; tests). */
  checkInvariants?: boolean;
  /** Collect at every tracked allocation (stress). */
  stressGc?: boolean;
  /** Maximum line steps. */
  maxSteps?: number;
  /** Maximum executed instructions. */
  maxInstructions?: number;
  maxObjects?: number;
  /**
   * Record incref/decref events in the trace (the biggest share of its size and time). Default: on
   * for lesson-sized runs (maxSteps up to the default 1,000,000), off for bigger ones (benchmarks).
   */
  traceRefs?: boolean;
  /** Fill ObjectView.referrers (who holds each recorded object): one heap scan per step with changes. */
  referrers?: boolean;
  /** Steps between full heap snapshots in the trace. */
  snapshotEvery?: number;
  /** Called after each step (invariant checks, tests). */
  onStep?: (rt: Runtime) => void;
  /**
   * Skip interpreter shutdown (vm/shutdown.ts) after the program: RunResult.runtime then holds the
   * program's final heap. Default false: `python file.py` profiles finalize like CPython.
   */
  skipShutdown?: boolean;
}

/** Thrown to stop the run when a budget is exhausted (never caught by guest code). */
export class BudgetExceeded extends Error {
  constructor(readonly which: 'steps' | 'objects', message: string) {
    super(message);
  }
}

/** A new object of `type` with rc 1 and no id: the header, then the type's fields (one shape per type). */
function headed<T extends PyObj>(type: PyType, fields: Omit<T, keyof PyObj>, bytes: number): T {
  return Object.assign(objectHead(type, bytes), fields) as T;
}

export class Runtime {
  readonly profile: Profile;
  readonly options: RunOptions;
  readonly objects = new ObjectTable();
  readonly addresses: AddressSource;
  readonly trace: TraceRecorder;
  tracing: boolean;
  readonly granularity: 'line' | 'instruction';
  readonly types: BuiltinTypes;
  readonly gc: GcState;
  /** The interned-strings table (value -> canonical str object); its references are not counted. */
  readonly interned = new Map<string, PyObj>();
  /** Small-int cache, indexed by value - profile.smallInts.min. */
  readonly smallInts: PyObj[] = [];
  /** chr(0)..chr(255) singletons, created on first use. */
  readonly latin1: (PyObj | undefined)[] = [];
  /** bytes([0])..bytes([255]) singletons. */
  readonly singleBytes: (PyObj | undefined)[] = [];
  None!: PyObj;
  True!: PyObj;
  /** True and False are immortal (3.12+): a reference taken or dropped changes nothing, so hot paths skip it. */
  boolsImmortal = false;
  False!: PyObj;
  Ellipsis!: PyObj;
  NotImplemented!: PyObj;
  emptyTuple!: PyObj;
  emptyStr!: PyObj;
  emptyBytes!: PyObj;
  /** sys.modules: imported modules by name (the registry holds one reference each). */
  readonly modules = new Map<string, PyObj>();
  builtins!: PyObj;
  builtinsDict!: DictObj;
  main!: PyObj;
  /** Objects the parser's AST arena keeps alive while the module runs ("python file.py"). */
  readonly astArena: PyObj[] = [];
  /** The Python frame stack, innermost last. */
  readonly frames: Frame[] = [];
  /** Native code that called back into Python is on the JS stack (its references are not enumerable). */
  nativeDepth = 0;
  /** The exception being handled (sys.exception()). */
  handledException: PyObj | null = null;
  /** Live weakref.finalize objects (finalize._registry holds a reference to each). */
  readonly finalizeRegistry = new Set<PyObj>();
  finalizeCounter = 0;
  /** finalize._shutdown: set once the atexit finalizers ran; later finalizers do nothing (vm/shutdown.ts). */
  finalizeShutdown = false;
  /** The first import of a source module left its helper garbage (vm/behaviour.ts). */
  importGarbageLeft = false;
  /** Method descriptors of built-in types, created on first use (held by the type's dict). */
  private readonly descrCache = new Map<PyType, Map<string, PyObj>>();
  /** Per-class instance layouts and shared keys (objects/sizeof.ts). */
  readonly classLayouts = new Map<PyType, import('../objects/layout').TypeLayout>();
  readonly sharedKeys = new Map<PyType, { state: import('../objects/layout').SharedKeysState; names: Set<string> }>();
  /** Memoised layout sizes (objects/sizeof.ts). */
  readonly sizeMemo = new Map<string, number>();
  /** str hashes by value (CPython caches a str's hash in the object; the value decides it). */
  readonly strHashes = new Map<string, bigint>();
  /** Objects the GC is clearing right now. */
  readonly gcClearing = new Set<PyObj>();
  readonly stdout: string[] = [];
  /** What sys.stdout keeps pending when it writes to a pipe (modules/stdout.ts). */
  readonly stdoutBuffer = new StdoutBuffer();
  readonly stderr: string[] = [];
  steps = 0;
  instructions = 0;
  readonly maxSteps: number;
  readonly maxInstructions: number;
  readonly maxObjects: number;
  recursionLimit: number;
  returnValue: PyObj | null = null;
  yieldValue: PyObj | null = null;
  private readonly reprStack = new Set<PyObj>();

  constructor(profile: Profile, options: RunOptions = {}) {
    this.profile = profile;
    this.options = options;
    // tracing starts when the program starts (startup objects are in the first snapshot)
    this.tracing = false;
    this.granularity = options.granularity ?? 'line';
    this.maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
    this.trace = new TraceRecorder(this.granularity, options.snapshotEvery ?? 2000, options.traceRefs ?? this.maxSteps <= DEFAULT_MAX_STEPS);
    // the allocator itself, not a wrapper: alloc and free sit on every object's way in and out
    this.addresses = createAllocator(profile);
    this.maxInstructions = options.maxInstructions ?? 50_000_000;
    this.maxObjects = options.maxObjects ?? 2_000_000;
    this.recursionLimit = profile.execution.defaultRecursionLimit;
    this.gc = new GcState(this);
    this.types = bootstrapTypes(this);
    this.bootstrapObjects();
  }

  private bootstrapObjects(): void {
    createSingletons(this);
    const mkBool = (v: bigint): PyObj => {
      const o = this.alloc<IntObj>(this.types.bool, { value: v }, this.profile.platformModel.pointerBytes * 3 + 4);
      markStatic(this, o, 'singletons', v ? 'True' : 'False');
      return o;
    };
    this.False = mkBool(0n);
    this.True = mkBool(1n);
    this.boolsImmortal = this.True.immortal && this.False.immortal;
    createSmallInts(this);
    this.emptyStr = createEmptyStr(this);
    this.emptyTuple = createEmptyTuple(this);
    this.emptyBytes = createEmptyBytes(this);
  }

  /** Where the running instruction is in the source (for a refusal known only at run time). */
  currentLocation(): SourceLocation {
    const f = this.frames[this.frames.length - 1];
    return f?.code.code.instructions[f.pc - 1]?.loc ?? { line: 0, col: 0, endLine: 0, endCol: 0 };
  }

  bug(message: string): never {
    throw new SimulatorBug(message);
  }

  // ---- allocation and reference counting ------------------------------------------------------

  /**
   * Create an object of `type` with the type-specific `fields`; refcount 1 (the caller's reference).
   * `bytes` is the allocation size (the address model's size class key).
   */
  alloc<T extends PyObj>(type: PyType, fields: Omit<T, keyof PyObj>, bytes: number): T {
    return this.adopt(headed<T>(type, fields, bytes));
  }

  /**
   * Give a new object (rc 1, no id yet: objects/object.ts objectHead with the type's fields added) its
   * address and its place in the heap, as alloc does.
   */
  adopt<T extends PyObj>(o: T): T {
    // (an object's fields are read once: every allocation comes here with one of many shapes)
    const type = o.type;
    o.id = this.addressFor(type, o.allocSize);
    this.register(o, o.ob, type);
    return o;
  }

  /**
   * adopt in two halves, for a type's own constructor (int's): it stores the address itself and
   * passes its header on, so those accesses happen where only objects of that type are seen.
   * The first half: an address for a new object of `type` taking `bytes`, within the budget.
   */
  addressFor(type: PyType, bytes: number): number {
    if (this.objects.size >= this.maxObjects) {
      throw new BudgetExceeded('objects', `stopped: the program created more than ${this.maxObjects} live objects`);
    }
    return this.addresses.alloc(bytes, type.name, this.headerOffset(type));
  }

  /** The second half: the object, its id set, joins the heap (`ob` is its o.ob). */
  register(o: PyObj, ob: ObHeader, type: PyType): void {
    this.join(o, ob, type);
    if (type.isGC) this.gc.onAlloc(this.addresses.lastFromFreeList);
    if (this.tracing) this.trace.alloc(o);
  }

  /**
   * A descriptor of a built-in type's dict, which CPython made while readying the type and the
   * simulator makes on first lookup: held by that dict, tracked, and counted by no GC generation,
   * so no gc.get_count() a program reads moves.
   */
  allocTypeDictEntry<T extends PyObj>(type: PyType, fields: Omit<T, keyof PyObj>, bytes: number): T {
    const o = headed<T>(type, fields, bytes);
    o.baseRefs = 1;
    o.id = this.addressFor(type, bytes);
    this.join(o, o.ob, type);
    this.gc.track(o);
    if (this.tracing) this.trace.alloc(o);
    return o;
  }

  /** The object joins the live table (an instance holds a reference to its class). */
  private join(o: PyObj, ob: ObHeader, type: PyType): void {
    if (type.heap) incref(this, type, 'instance of');
    this.objects.add(o, ob);
  }

  incref(o: PyObj, why: string): void {
    incref(this, o, why);
  }

  decref(o: PyObj, why: string): void {
    decref(this, o, why);
  }

  /** Mark an object immortal (PEP 683) with the refcount the profile reports for its kind. */
  makeImmortal(o: PyObj, kind: 'static' | 'runtime'): void {
    const imm = this.profile.immortality;
    o.immortal = true;
    o.ob.rc = (kind === 'static' ? imm.staticRefcount : imm.runtimeRefcount) ?? imm.staticRefcount ?? 0;
    // incref and decref know an immortal object by its count alone
    if (o.ob.rc < IMMORTAL_FLOOR) this.bug(`immortal refcount ${o.ob.rc} below the floor`);
  }

  /** The count of o (whose o.ob is `ob`) reached zero. */
  dealloc(o: PyObj, ob: ObHeader): void {
    deallocObject(this, o, ob, this.gcClearing.size ? 'gc' : 'refcount');
  }

  /** Release the object's memory (after its type's dealloc dropped what it held); `type` and `ob` are its own. */
  release(o: PyObj, by: 'refcount' | 'gc', type: PyType, ob: ObHeader): void {
    ob.freed = true;
    this.objects.remove(o, ob);
    // only exact strs are interned (and other objects have no such field to look for)
    if (type === this.types.str && (o as StrObj).interned === 1) {
      const s = (o as StrObj).value;
      if (this.interned.get(s) === o) this.interned.delete(s);
    }
    const parked = this.addresses.free(o.id, o.allocSize, type.name, this.headerOffset(type));
    if (type.isGC) this.gc.onFree(parked);
    if (this.tracing) this.trace.free(o, by);
  }

  /**
   * Memory for a GC object that C code holds outside the heap a program sees (3.10's heap frame
   * before it has a frame object, print's bound `write`, a raw write's memoryview): its address,
   * counted in generation 0 as a GC allocation is (not when it comes off a free list).
   */
  gcBlockAlloc(bytes: number, kind: string): number {
    const address = this.addresses.alloc(bytes, kind, this.profile.platformModel.gcHeadBytes);
    this.gc.onAlloc(this.addresses.lastFromFreeList);
    return address;
  }

  /** A gcBlockAlloc block given back (PyObject_GC_Del, or parked on its type's free list). */
  gcBlockFree(address: number, bytes: number, kind: string): void {
    this.gc.onFree(this.addresses.free(address, bytes, kind, this.profile.platformModel.gcHeadBytes));
  }

  /** Bytes in front of the object (GC head, managed dict/weakref words): id() = block + this. */
  headerOffset(type: PyType): number {
    if (!type.isGC) return 0;
    if (type.heap && !type.mro.includes(this.types.type)) return instancePreHeader(this, type);
    return this.profile.platformModel.gcHeadBytes;
  }

  clearFreeLists(): void {
    this.addresses.clearFreeLists();
  }

  // ---- convenience constructors -----------------------------------------------------------------

  str(s: string): PyObj {
    return newStr(this, s);
  }

  newInt(v: bigint | number): PyObj {
    return newInt(this, v);
  }

  bool(b: boolean): PyObj {
    const o = b ? this.True : this.False;
    if (!this.boolsImmortal) incref(this, o, 'new reference');
    return o;
  }

  newDict(): DictObj {
    return newDict(this);
  }

  /** A tuple holding new references to `items`. */
  newTupleOf(items: PyObj[]): PyObj {
    for (const i of items) incref(this, i, 'tuple item');
    return newTuple(this, items.slice());
  }

  newList(items: PyObj[]): ListObj {
    return newList(this, items);
  }

  newBuiltin(name: string, fn: NativeFn, self: PyObj | null, moduleName: string | null = null): BuiltinObj {
    return newBuiltin(this, name, fn, self, moduleName);
  }

  newPlainObject(t: PyType): PyObj {
    return this.alloc<PyObj>(t, {}, this.profile.platformModel.pointerBytes * 2);
  }

  newSeqGetitemIter(o: PyObj): PyObj {
    return newSeqGetitemIter(this, o);
  }

  /** A method descriptor for a built-in type's method (new reference; the type's dict keeps one). */
  methodDescr(owner: PyType, m: NativeMethod): PyObj {
    let byName = this.descrCache.get(owner);
    if (!byName) this.descrCache.set(owner, (byName = new Map()));
    let d = byName.get(m.name);
    if (!d) {
      d = this.allocTypeDictEntry<MethodDescrObj>(this.types.method_descriptor, { owner, method: m }, this.profile.platformModel.gcHeadBytes + this.profile.platformModel.pointerBytes * 6);
      byName.set(m.name, d);
    }
    incref(this, d, 'new reference');
    return d;
  }

  dictSet(d: DictObj, k: PyObj, v: PyObj): void {
    dictSet(this, d, k, v);
  }

  dictDel(d: DictObj, k: PyObj): void {
    const v = dictPop(this, d, k);
    if (!v) proto.getItem(this, d, k);
    else decref(this, v, 'dict value');
  }

  builtinsDictGet(name: string): PyObj | null {
    return dictGetStr(this.builtinsDict, name);
  }

  internName(s: string): PyObj {
    return intern(this, newStr(this, s) as never, 'name');
  }

  // ---- protocol entry points --------------------------------------------------------------------

  call(callable: PyObj, args: PyObj[], kwargs: Map<string, PyObj> | null): PyObj {
    return proto.callObject(this, callable, args, kwargs);
  }

  callMethod(o: PyObj, name: string, args: PyObj[]): PyObj {
    const m = proto.getAttr(this, o, name);
    try {
      return proto.callObject(this, m, args, null);
    } finally {
      decref(this, m, 'temporary');
    }
  }

  callType(t: PyType, args: PyObj[], kwargs: Map<string, PyObj> | null): PyObj {
    return callType(this, t, args, kwargs);
  }

  getAttrOrNull(o: PyObj, name: string): PyObj | null {
    return proto.getAttrOrNull(this, o, name);
  }

  hasAttr(o: PyObj, name: string): boolean {
    const v = proto.getAttrOrNull(this, o, name);
    if (v) decref(this, v, 'temporary');
    return v !== null;
  }

  getItem(o: PyObj, k: PyObj): PyObj {
    return proto.getItem(this, o, k);
  }

  getIter(o: PyObj): PyObj {
    return proto.getIter(this, o);
  }

  lookupSpecial(o: PyObj, name: string): PyObj | null {
    return proto.lookupSpecial(this, o, name);
  }

  hash(o: PyObj): bigint {
    return proto.hashOf(this, o);
  }

  hashPointer(o: PyObj): bigint {
    return hashPointer(this, o.id);
  }

  defaultRepr(o: PyObj): string {
    return proto.defaultRepr(this, o);
  }

  inplaceOp(op: BinOp, a: PyObj, b: PyObj): PyObj | null {
    return inplaceOp(this, op, a, b);
  }

  genericSetAttr(o: PyObj, name: string, value: PyObj | null): void {
    proto.genericSetAttr(this, o, name, value);
  }

  descrSet(descr: PyObj, o: PyObj, value: PyObj | null): void {
    const p = descr as unknown as { fset: PyObj | null; fdel: PyObj | null };
    if (descr.type === this.types.property) {
      const fn = value ? p.fset : p.fdel;
      if (!fn) this.raiseAttr(`property of '${o.type.name}' object has no ${value ? 'setter' : 'deleter'}`);
      const r = proto.callObject(this, fn!, value ? [o, value] : [o], null);
      decref(this, r, 'temporary');
      return;
    }
    this.raiseAttr(`'${o.type.name}' object attribute is read-only`);
  }

  private raiseAttr(msg: string): never {
    const text = this.str(msg);
    let e: PyObj;
    try {
      e = this.call(this.types.AttributeError, [text], null);
    } finally {
      decref(this, text, 'temporary');
    }
    throw new PyException(e);
  }

  // instance storage
  instanceAttr(o: PyObj, name: string): PyObj | null {
    const s = inst.instanceSlotValue(o, name);
    if (s) return s;
    return inst.instanceAttr(o, name);
  }

  hasInstanceAttr(o: PyObj, name: string): boolean {
    return this.instanceAttr(o, name) !== null;
  }

  setInstanceAttr(o: PyObj, name: string, value: PyObj | null): boolean {
    return inst.setInstanceAttr(this, o, name, value);
  }

  instanceDict(o: PyObj): PyObj {
    return inst.instanceDict(this, o);
  }

  instanceTraverse(o: PyObj, visit: Visit): void {
    inst.instanceTraverse(o, visit);
  }

  instanceClear(o: PyObj): void {
    inst.instanceClear(this, o);
  }

  typeSpecialAttr(t: PyType, name: string): PyObj | null {
    return typeSpecialAttr(this, t, name);
  }

  typeSetAttr(t: PyType, name: string, value: PyObj | null): void {
    typeSetAttr(this, t, name, value);
  }

  // sizes
  sizeOf(o: PyObj): number {
    return sizeOf(this, o);
  }

  basicSizeOf(t: PyType): number {
    if (t.heap) return instanceBasicSize(this, t);
    return basicSizeOf(this, t);
  }

  instancePreHeader(t: PyType): number {
    return instancePreHeader(this, t);
  }

  functionBytes(): number {
    return functionBytes(this);
  }

  isCachedSmallInt(o: PyObj): boolean {
    return o.type === this.types.int && isSmallIntCached(this, o);
  }

  // ---- repr recursion guard (Py_ReprEnter) ------------------------------------------------------

  reprEnter(o: PyObj): boolean {
    if (this.reprStack.has(o)) return true;
    this.reprStack.add(o);
    return false;
  }

  reprLeave(o: PyObj): void {
    this.reprStack.delete(o);
  }

  /** A repr that never runs guest code (for the trace). */
  safeRepr(o: PyObj): string {
    if (o.type.heap) return proto.defaultRepr(this, o);
    const slot = o.type.slots.repr;
    if (!slot) return proto.defaultRepr(this, o);
    if (o.type === this.types.list || o.type === this.types.tuple || o.type === this.types.dict || o.type === this.types.set) {
      const n = (o as unknown as { items?: PyObj[]; used?: number }).items?.length ?? (o as unknown as { used: number }).used;
      const inner = (o as unknown as { items?: PyObj[] }).items;
      const sequence = o.type === this.types.list || o.type === this.types.tuple;
      // only the items that will be shown need checking: a long sequence shows its first ones
      const shown = inner && sequence && inner.length > REPR_PREFIX_ITEMS ? inner.slice(0, REPR_PREFIX_ITEMS) : inner;
      if (inner && shown!.every((i) => this.hasFixedRepr(i, 2))) {
        try {
          // callers keep at most 60 characters: a long sequence's first items already give them
          // (each item adds at least 3), so do not build the whole repr on every step
          if (shown !== inner) {
            const head = shown!.map((i) => (i.type.slots.repr ? i.type.slots.repr(this, i) : proto.defaultRepr(this, i)));
            return (o.type === this.types.list ? '[' : '(') + head.join(', ') + ', ...';
          }
          return slot(this, o);
        } catch {
          return `<${o.type.name} of ${n}>`;
        }
      }
      return `<${o.type.name} of ${n}>`;
    }
    try {
      return slot(this, o);
    } catch {
      return `<${o.type.name}>`;
    }
  }

  /**
   * Whether o's repr is fixed, and cheap and safe to build: a container's view shows its items'
   * reprs only then, since an item's change (a dict filled, a weakref's target dying, a frame moving
   * on) does not mark the container changed. A class's own __repr__ could run Python: never called.
   */
  private hasFixedRepr(o: PyObj, depth: number): boolean {
    const t = o.type;
    const ty = this.types;
    if (t.heap) return false;
    if (t === ty.tuple || t === ty.frozenset) {
      if (depth === 0) return false;
      const items = t === ty.tuple ? (o as unknown as { items: PyObj[] }).items : null;
      return items !== null && items.length <= REPR_PREFIX_ITEMS && items.every((i) => this.hasFixedRepr(i, depth - 1));
    }
    return !(t === ty.list || t === ty.dict || t === ty.set || t === ty.dict_keys || t === ty.dict_values || t === ty.dict_items
      || t === ty.cell || t === ty.frame || t.mro.includes(ty.weakref));
  }

  // ---- finalizers and weakref callbacks ---------------------------------------------------------

  hasFinalizer(o: PyObj): boolean {
    return o.type.heap && proto.lookupDunder(o.type, '__del__') !== null;
  }

  /** Call __del__; exceptions are reported as unraisable (CPython prints "Exception ignored in"). */
  runFinalizer(o: PyObj): void {
    const d = proto.lookupDunder(o.type, '__del__');
    if (!d) return;
    if (this.tracing) this.trace.event({ k: 'finalize', id: o.id });
    try {
      const r = proto.callDunder(this, d, o, []);
      decref(this, r, 'temporary');
    } catch (e) {
      this.reportUnraisable(e, `${o.type.qualname}.__del__`);
    }
  }

  runWeakrefCallback(w: PyObj, cb: PyObj | null, native: ((rt: Runtime) => void) | null): void {
    runCallback(this, w as WeakrefObj, cb, native);
  }

  unraisable(e: PyException, where: string): void {
    this.reportUnraisable(e, where);
  }

  reportUnraisable(e: unknown, where: string): void {
    if (!(e instanceof PyException)) throw e;
    let line: string;
    try {
      line = exceptionLastLine(this, e.exc);
    } catch {
      line = e.exc.type.name;
    }
    this.stderr.push(`Exception ignored in: ${where}\n${line}\n`);
    decref(this, e.exc, 'exception ignored');
  }

  appendGarbage(o: PyObj): void {
    const g = this.gc.garbage as ListObj | null;
    if (!g) return;
    incref(this, o, 'gc.garbage item');
    listAppend(this, g, o);
  }

  resumeGenerator(g: GeneratorObj): PyObj | null {
    return resumeGenerator(this, g);
  }

  importModule(name: string): PyObj | null {
    return importModule(this, name);
  }

  // ---- eval loop hooks --------------------------------------------------------------------------

  takeReturnValue(): PyObj {
    const v = this.returnValue!;
    this.returnValue = null;
    return v;
  }

  takeYieldValue(): PyObj {
    const v = this.yieldValue!;
    this.yieldValue = null;
    return v;
  }

  /** The instruction budget ran out (the eval loop counts instructions itself: a call each cost 5%). */
  instructionsExhausted(): never {
    throw new BudgetExceeded('steps', `stopped: the program ran more than ${this.maxInstructions} instructions`);
  }

  /** The step budget ran out (the eval loop counts steps, as it counts instructions). */
  stepsExhausted(): never {
    throw new BudgetExceeded('steps', `stopped: the program ran more than ${this.maxSteps} steps`);
  }

  /** Whether anything looks at each step: the trace, an onStep callback, the invariant check. */
  get watchesSteps(): boolean {
    return this.tracing || !!this.options.onStep || !!this.options.checkInvariants;
  }

  /** A new line (or instruction) began and is counted: call back, check invariants, record it. */
  onStep(f: Frame, pc: number): void {
    if (this.options.onStep) this.options.onStep(this);
    if (this.options.checkInvariants && this.nativeDepth === 0) {
      const bad = checkInvariants(this);
      if (bad.length) this.bug(`refcount invariant violated at line ${f.line}: ${JSON.stringify(bad.slice(0, 3))}`);
    }
    if (this.tracing) this.trace.step(f.line, this.granularity === 'instruction' ? pc * 2 : -1, this.viewSource);
  }

  /**
   * One more step after the module's last line, so the trace shows that line's effects (what it
   * freed, final counts). The finished module frame is shown (its namespace still holds the names).
   */
  finalStep(f: Frame): void {
    if (!this.tracing) return;
    this.frames.push(f);
    this.trace.framesDirty = true;
    try {
      this.trace.step(f.line, -1, this.viewSource);
    } finally {
      this.frames.pop();
    }
  }

  /** A step after interpreter shutdown ran Python code (finalizers): no frames; it shows what shutdown freed. */
  exitStep(line: number): void {
    if (!this.tracing) return;
    this.trace.framesDirty = true;
    this.trace.step(line, -1, this.viewSource);
  }

  private readonly viewSource = {
    view: (o: PyObj, prev?: ObjectView) => objectView(this, o, prev),
    volatile: (o: PyObj) => isVolatile(this, o),
    allLive: () => this.objects.all(),
    liveCount: () => this.objects.size,
    frames: () => this.frameViews(),
    boundName: (kind: number, arg: number) => {
      const code = this.frames[this.frames.length - 1].code.code;
      return kind === REBIND_FAST ? code.localsplusNames[arg] : code.names[arg];
    },
    boundId: (kind: number, arg: number) => {
      const f = this.frames[this.frames.length - 1];
      if (kind === REBIND_FAST) return f.fast[arg]?.id ?? 0;
      // frameViews shows the namespace's names, a fast local of the same name over it
      const name = f.code.code.names[arg];
      if (!f.locals || f.code.code.localsplusNames.includes(name)) return -1;
      return dictGetStr(f.locals, name)?.id ?? 0;
    },
    namespaceVersion: () => this.frames[this.frames.length - 1]?.locals?.version ?? -1,
    depth: () => this.frames.length,
    topStack: () => {
      const f = this.frames[this.frames.length - 1];
      return f && f.sp ? f.stackEntries().map((o) => (o ? o.id : 0)) : NO_IDS;
    },
    referrers: (): Map<PyObj, ReferrerView[]> | null => {
      if (!this.options.referrers) return null;
      const out = new Map<PyObj, ReferrerView[]>();
      for (const [target, list] of collectReferrers(this)) {
        out.set(target, list.map((r) => (r.holderObj ? { holder: r.holder, slot: r.slot, from: r.holderObj.id } : { holder: r.holder, slot: r.slot })));
      }
      return out;
    },
  };

  frameViews(): FrameView[] {
    return this.frames.map((f) => {
      const names: Record<string, number> = {};
      if (f.locals) {
        for (const e of f.locals.entries) if (e && e.key.type === this.types.str) names[(e.key as unknown as { value: string }).value] = e.value.id;
      }
      f.fast.forEach((v, i) => { if (v) names[f.code.code.localsplusNames[i]] = v.id; });
      return { name: f.code.code.name, line: f.line, names, stack: f.stackEntries().map((o) => (o ? o.id : 0)) };
    });
  }

  write(text: string): void {
    if (text === '') return;
    this.stdout.push(text);
    if (this.tracing) this.trace.output(text);
  }

  view(o: PyObj): ObjectView {
    return objectView(this, o);
  }
}
