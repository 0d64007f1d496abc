// The object header and the type object's slots.
// Mirrors Include/object.h (PyObject, PyTypeObject slots) and Include/cpython/object.h.
// Objects are plain records: the header fields below plus fields named by each type module.

import type { Runtime } from '../vm/runtime';

/** Every simulated Python object. Type modules extend this with their own named fields. */
export interface PyObj {
  type: PyType;
  /** The header fields written most: the reference count, the live-table slot, whether freed. */
  readonly ob: ObHeader;
  /** Address from the allocator model; id() returns it. */
  id: number;
  /** Bytes handed to the allocator (the size class key for address reuse). */
  allocSize: number;
  immortal: boolean;
  /** References not explained by any holder we model (static objects before 3.12). */
  baseRefs: number;
  /** Tracked by the cyclic GC (in a generation list). */
  tracked: boolean;
  /** GC generation: 0, 1, 2; 3 = permanent (gc.freeze). */
  gen: number;
  /** PEP 442: tp_finalize already ran. */
  finalized: boolean;
  /** Weak references pointing at this object, oldest first (tp_weaklist). */
  weakrefs: PyObj[] | null;
  /** The trace's mark: the recorder's epoch when it last marked the object changed (trace/recorder.ts). */
  changedMark?: number;
  /** The view the trace last recorded for the object (trace/recorder.ts); null before. */
  traceView?: import('../trace/schema').ObjectView | null;
}

/**
 * The part of the header written on every reference change, allocation and free, in a record of
 * its own. Objects come in many shapes, and V8 writes a field of an object whose shape a site
 * cannot predict about four times slower than a field of a record that always has the same shape
 * (measured: a count decrement of 20 ns against 5 ns), which is what this is. A path that touches
 * it more than once reads `o.ob` once and passes it on.
 */
export interface ObHeader {
  /** The reference count as CPython keeps it (for immortal objects: the profile's reported value). */
  rc: number;
  /** The object's slot in the live-object table (heap/heap.ts); -1 outside it. */
  liveSlot: number;
  /** Deallocated: its memory went back to the allocator. */
  freed: boolean;
}

/** A new object's ObHeader: one reference (the creator's), in no table yet. */
export function obHeader(): ObHeader {
  return { rc: 1, liveSlot: -1, freed: false };
}

/**
 * A new object's header as Runtime.alloc sets it: rc 1, and no id until Runtime.adopt gives it one.
 * The types a program makes most (int, str, float, tuple, list, dict) add their fields to it and
 * adopt it, where alloc's spreading of a literal of fields cost several times more. (Not a class: a
 * build that keeps names redefines a class's name, and V8 then constructs it ten times slower.)
 */
export function objectHead(type: PyType, allocSize: number): PyObj {
  return {
    type, ob: obHeader(), id: 0, allocSize, immortal: false, baseRefs: 0, tracked: false, gen: 0, finalized: false,
    weakrefs: null, changedMark: 0, traceView: null,
  };
}

/**
 * Visitor used by traverse: called once per reference the object holds; `slot` names where.
 * Plain visitors see what CPython's tp_traverse visits (the GC, gc.get_referents); a visitor with
 * `full` set (the invariant checker, the trace) also sees references tp_traverse skips because they
 * cannot be part of a cycle (e.g. str keys of a dict). Only a visitor with `named` set gets a slot
 * that says which one (`item 3`, `local x`); the others get its kind (`item`, `local`), since
 * building those strings on every collection and every traced step would cost more than the visit.
 */
export type Visit = ((child: PyObj, slot: string) => void) & { full?: boolean; named?: boolean };

/** A visitor that sees every reference (for the trace's views). */
export function fullVisitor(fn: (child: PyObj, slot: string) => void): Visit {
  const v = fn as Visit;
  v.full = true;
  return v;
}

/** A visitor that sees every reference and where exactly it is held (for explaining refcounts). */
export function namedVisitor(fn: (child: PyObj, slot: string) => void): Visit {
  const v = fullVisitor(fn);
  v.named = true;
  return v;
}

/** A native (JS) function with Python calling convention; returns a new reference. */
export type NativeFn = (rt: Runtime, args: PyObj[], kwargs: Map<string, PyObj> | null, self: PyObj | null) => PyObj;

export interface NativeMethod {
  name: string;
  fn: NativeFn;
  /** classmethod-like (receives the type as self) */
  isClass?: boolean;
  /** staticmethod-like (no self) */
  isStatic?: boolean;
  /** A slot wrapper (wrapper_descriptor; bound: method-wrapper), not a method_descriptor. */
  wrapper?: boolean;
  /** The type's dict holds None under this name (`__hash__ = None` of unhashable types); never called. */
  isNone?: boolean;
}

/**
 * Type slots (a small PyTypeObject). Each returns new references where it returns an object.
 * Missing slots fall back to generic behaviour in objects/protocol.ts.
 */
export interface TypeSlots {
  /** tp_traverse: every strong reference held, in CPython's visiting order. */
  traverse?(o: PyObj, visit: Visit): void;
  /** tp_clear: drop the references (used by the GC to break cycles). */
  clear?(rt: Runtime, o: PyObj): void;
  /** tp_dealloc minus the memory release: decref what the object held, in CPython's order. */
  dealloc?(rt: Runtime, o: PyObj): void;
  repr?(rt: Runtime, o: PyObj): string;
  str?(rt: Runtime, o: PyObj): string;
  hash?(rt: Runtime, o: PyObj): bigint;
  /** Rich comparison; returns null for NotImplemented. Returns a new reference. */
  richcompare?(rt: Runtime, a: PyObj, b: PyObj, op: CompareOp): PyObj | null;
  bool?(rt: Runtime, o: PyObj): boolean;
  len?(rt: Runtime, o: PyObj): number;
  iter?(rt: Runtime, o: PyObj): PyObj;
  /** Returns null when exhausted (no StopIteration object needed). */
  next?(rt: Runtime, o: PyObj): PyObj | null;
  getitem?(rt: Runtime, o: PyObj, key: PyObj): PyObj;
  setitem?(rt: Runtime, o: PyObj, key: PyObj, value: PyObj): void;
  delitem?(rt: Runtime, o: PyObj, key: PyObj): void;
  contains?(rt: Runtime, o: PyObj, key: PyObj): boolean;
  call?(rt: Runtime, o: PyObj, args: PyObj[], kwargs: Map<string, PyObj> | null): PyObj;
  /** Binary number protocol; returns null for NotImplemented. */
  binop?(rt: Runtime, op: BinOp, a: PyObj, b: PyObj): PyObj | null;
  unary?(rt: Runtime, op: UnaryOp, o: PyObj): PyObj | null;
  /** Attribute lookup hook for objects with special attributes (e.g. function.__name__). null = not found. */
  getattr?(rt: Runtime, o: PyObj, name: string): PyObj | null;
  setattr?(rt: Runtime, o: PyObj, name: string, value: PyObj | null): boolean;
  /** The getattr hook runs before the type's attributes (super's tp_getattro). */
  getattrFirst?: boolean;
  /** tp_new for calling the type: returns a new instance (new reference). */
  new?(rt: Runtime, type: PyType, args: PyObj[], kwargs: Map<string, PyObj> | null): PyObj;
  /** Descriptor __get__ (functions, staticmethod, classmethod, property). */
  descrGet?(rt: Runtime, descr: PyObj, obj: PyObj | null, type: PyType): PyObj;
  /** Whether the descriptor is a data descriptor (property). */
  isDataDescr?: boolean;
}

export type CompareOp = 'lt' | 'le' | 'eq' | 'ne' | 'gt' | 'ge';
export type BinOp =
  | 'add' | 'sub' | 'mul' | 'truediv' | 'floordiv' | 'mod' | 'pow'
  | 'lshift' | 'rshift' | 'and' | 'or' | 'xor' | 'matmul';
export type UnaryOp = 'neg' | 'pos' | 'invert';

/** A type object. Built-in types are static objects; classes are heap types. */
export interface PyType extends PyObj {
  name: string;
  base: PyType | null;
  mro: PyType[];
  /** The type's __dict__ (a dict object); for built-in types created lazily. */
  dict: PyObj | null;
  slots: TypeSlots;
  /** Native methods of a built-in type (looked up after the dict). */
  methods: Map<string, NativeMethod>;
  /** Instances are GC objects (have a GC pre-header and can be tracked). */
  isGC: boolean;
  /** A class created by a class statement (a heap type). */
  heap: boolean;
  /** __slots__ names declared along the MRO (for heap types), or null when instances have a __dict__. */
  slotNames: string[] | null;
  /** Instances have a __dict__ (heap types without __slots__). */
  hasInstanceDict: boolean;
  /** Instances support weak references. */
  weakrefable: boolean;
  /** For subclasses of built-in types: the built-in type whose layout instances use. */
  builtinBase: PyType;
  /** Exception types: yes. */
  isException: boolean;
  /** The module name for repr (e.g. '__main__'). */
  module: string;
  /** Qualified name (for nested classes). */
  qualname: string;
}

export function isSubtype(t: PyType, base: PyType): boolean {
  if (t === base) return true;
  for (const m of t.mro) if (m === base) return true;
  return false;
}

export function typeOf(o: PyObj): PyType {
  return o.type;
}
