// A deterministic model of where CPython puts objects, so id() values and their reuse behave as in
// CPython. Mirrors Objects/obmalloc.c (pymalloc: size classes, pools, arenas, usedpools,
// usable_arenas), the per-type free lists (Objects/floatobject.c, tupleobject.c, listobject.c,
// dictobject.c, frameobject.c 3.10, longobject.c 3.14, Include/internal/pycore_freelist_state.h)
// and, for requests pymalloc does not serve (and for wasm32 builds WITH_PYMALLOC=0), a dlmalloc-
// style C allocator: exact-size bins, a designated victim, best fit, coalescing and a top chunk.
//
// Contract: alloc(bytes, kind, headerOffset) returns an address; free(address, bytes, kind) gives
// it back. `kind` is the CPython type name ('float', 'tuple', 'list', 'dict', 'int', 'method',
// 'frame', 'dict_keys', 'range_iterator', 'list_iterator', 'tuple_iterator', 'slice'); it selects a
// free list when the profile has one, otherwise it is ignored. `bytes` is the whole allocation
// (pre-header included); `headerOffset` (default 0) is added to the block address, so passing the
// pre-header size makes the result equal CPython's id() (the PyObject follows its pre-header).

import type { FreeListCapacities, Profile } from '../versions/profile';
import { allocationBytesDictObject, dictKeysTableBytes } from '../objects/layout/dict';
import { sizeofFloat, sizeofInt } from '../objects/layout/scalars';
import { allocationBytesListObject, sizeofTuple } from '../objects/layout/sequences';
import { startupFreeLists } from './startup-freelists';

// ============================================================================================
// Statistics
// ============================================================================================

export interface SizeClassStats {
  /** Block size of the class in bytes (16, 32, ... 512 on 64-bit). */
  readonly blockBytes: number;
  /** Pools currently serving the class. */
  readonly pools: number;
  readonly blocksInUse: number;
  /** Blocks free in those pools (freed or never used). */
  readonly blocksFree: number;
}

export interface AllocatorStats {
  readonly allocator: 'pymalloc' | 'malloc';
  /** Arenas currently allocated, the most ever at once, and how many were given back to the OS. */
  readonly arenas: number;
  readonly arenasHighWater: number;
  readonly arenasReclaimed: number;
  /** Pools carved from arenas that currently hold blocks / that are empty and cached in their arena. */
  readonly poolsInUse: number;
  readonly poolsEmpty: number;
  readonly sizeClasses: readonly SizeClassStats[];
  /** Blocks and bytes handed out by the C allocator (requests > 512 bytes, or everything on wasm32). */
  readonly mallocBlocksInUse: number;
  readonly mallocBytesInUse: number;
  /** Bytes of the C heap that were ever used (its top). */
  readonly mallocHeapBytes: number;
  /** Objects parked on each free list. */
  readonly freeLists: Readonly<Record<string, number>>;
  /** Totals since creation. */
  readonly allocations: number;
  readonly frees: number;
}

// ============================================================================================
// The C allocator (dlmalloc-like): used for large requests on 64-bit and for everything on wasm32
// ============================================================================================

interface Chunk {
  start: number;
  size: number;
  free: boolean;
  /** Physical neighbours (null: the heap start / the top chunk). */
  prev: Chunk | null;
  next: Chunk | null;
  /** Links in the bin of free chunks of this size (newest at the bin's head). */
  binNext: Chunk | null;
  binPrev: Chunk | null;
}

/** A bin: free chunks of one size, newest first. */
interface Bin {
  head: Chunk | null;
}

/** Parameters of a C allocator: glibc on 64-bit Linux, dlmalloc (emscripten) on wasm32. */
export interface MallocParams {
  readonly base: number;
  /** Chunk sizes are multiples of this; user pointers are aligned to it. */
  readonly alignment: number;
  /** Bytes of bookkeeping each in-use chunk carries (size word). */
  readonly overhead: number;
  /** Offset of the user pointer from the chunk start. */
  readonly userOffset: number;
  readonly minChunk: number;
}

export function mallocParamsFor(profile: Profile): MallocParams {
  const a = profile.allocator;
  return profile.platformModel.pointerBytes === 8
    ? { base: a.largeBaseAddress, alignment: 16, overhead: 8, userOffset: 16, minChunk: 32 }
    : { base: a.largeBaseAddress, alignment: 8, overhead: 4, userOffset: 8, minChunk: 16 };
}

/** dlmalloc serves chunks below this from exact-size small bins, larger ones by best fit. */
const LARGE_CHUNK = 256;

/**
 * A deterministic C heap. Allocation order: an exact-size free chunk (most recently freed first),
 * a free chunk too small to split, the designated victim (remainder of the last split), the
 * smallest free chunk that fits (split), the top chunk. Freed chunks merge with free neighbours
 * and with the top.
 */
export class MallocHeap {
  /** In-use chunks by the address handed out. */
  private readonly inUse = new Map<number, Chunk>();
  /** Free chunks by size. */
  private readonly bins = new Map<number, Bin>();
  /** Sizes with a non-empty bin, ascending. */
  private readonly binSizes: number[] = [];
  private dv: Chunk | null = null;
  private top: number;
  /** The chunk just below the top. */
  private lastChunk: Chunk | null = null;
  private inUseBytes = 0;
  /** Chunk records absorbed by a merge, reused for later splits (keeps the JS garbage collector quiet). */
  private readonly spare: Chunk[] = [];

  constructor(private readonly params: MallocParams) {
    this.top = params.base;
  }

  private newChunk(start: number, size: number, free: boolean, prev: Chunk | null, next: Chunk | null): Chunk {
    const c = this.spare.pop();
    if (!c) return { start, size, free, prev, next, binNext: null, binPrev: null };
    c.start = start;
    c.size = size;
    c.free = free;
    c.prev = prev;
    c.next = next;
    return c;
  }

  private chunkSizeFor(bytes: number): number {
    const { alignment, overhead, minChunk } = this.params;
    return Math.max(minChunk, Math.ceil((bytes + overhead) / alignment) * alignment);
  }

  private binOf(size: number): Bin {
    let bin = this.bins.get(size);
    if (!bin) this.bins.set(size, (bin = { head: null }));
    return bin;
  }

  private lowerBound(size: number): number {
    const sizes = this.binSizes;
    let lo = 0;
    let hi = sizes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sizes[mid]! < size) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private binPush(c: Chunk): void {
    const bin = this.binOf(c.size);
    if (bin.head === null) this.binSizes.splice(this.lowerBound(c.size), 0, c.size);
    c.binPrev = null;
    c.binNext = bin.head;
    if (bin.head) bin.head.binPrev = c;
    bin.head = c;
  }

  /** Take a free chunk out of its bin (or out of the designated-victim slot). */
  private unbin(c: Chunk): void {
    if (this.dv === c) {
      this.dv = null;
      return;
    }
    const bin = this.bins.get(c.size)!;
    if (c.binPrev) c.binPrev.binNext = c.binNext;
    else bin.head = c.binNext;
    if (c.binNext) c.binNext.binPrev = c.binPrev;
    c.binNext = null;
    c.binPrev = null;
    if (bin.head === null) this.binSizes.splice(this.lowerBound(c.size), 1);
  }

  private popBin(size: number): Chunk {
    const c = this.bins.get(size)!.head!;
    this.unbin(c);
    return c;
  }

  /** Split `c` so it keeps `size` bytes; the remainder becomes the designated victim. */
  private splitOff(c: Chunk, size: number): void {
    const rest = c.size - size;
    if (rest < this.params.minChunk) return;
    c.size = size;
    const remainder = this.newChunk(c.start + size, rest, true, c, c.next);
    if (c.next) c.next.prev = remainder;
    else this.lastChunk = remainder;
    c.next = remainder;
    if (this.dv) this.binPush(this.dv);
    this.dv = remainder;
  }

  alloc(bytes: number): number {
    const need = this.chunkSizeFor(bytes);
    let c: Chunk | null = null;
    // A free chunk of exactly this size, or one too small to split: used whole (LIFO per size).
    const fit = this.binSizes[this.lowerBound(need)];
    if (fit !== undefined && fit - need < this.params.minChunk) c = this.popBin(fit);
    // Large requests take the best fit when it wastes less than the designated victim would.
    const dvFits = this.dv !== null && this.dv.size >= need;
    if (!c && fit !== undefined && need >= LARGE_CHUNK && (!dvFits || fit < this.dv!.size)) {
      c = this.popBin(fit);
      this.splitOff(c, need);
    }
    if (!c && dvFits) {
      c = this.dv!;
      this.dv = null;
      this.splitOff(c, need);
    }
    if (!c && fit !== undefined) {
      c = this.popBin(fit);
      this.splitOff(c, need);
    }
    if (!c) {
      c = this.newChunk(this.top, need, false, this.lastChunk, null);
      if (this.lastChunk) this.lastChunk.next = c;
      this.lastChunk = c;
      this.top += need;
    }
    c.free = false;
    this.inUseBytes += c.size;
    const address = c.start + this.params.userOffset;
    this.inUse.set(address, c);
    return address;
  }

  /** Bytes usable in the in-use block at `address` (its chunk size minus the overhead), 0 if unknown. */
  usableSize(address: number): number {
    const c = this.inUse.get(address);
    return c ? c.size - this.params.overhead : 0;
  }

  owns(address: number): boolean {
    return this.inUse.has(address);
  }

  free(address: number): void {
    let c = this.inUse.get(address);
    if (!c) throw new Error(`malloc model: free of unknown block 0x${address.toString(16)}`);
    this.inUse.delete(address);
    this.inUseBytes -= c.size;
    c.free = true;
    let mergedDv = false;
    const next = c.next;
    if (next && next.free) {
      mergedDv ||= next === this.dv;
      this.unbin(next);
      c.size += next.size;
      c.next = next.next;
      if (c.next) c.next.prev = c;
      else this.lastChunk = c;
      this.spare.push(next);
    }
    const prev = c.prev;
    if (prev && prev.free) {
      mergedDv ||= prev === this.dv;
      this.unbin(prev);
      prev.size += c.size;
      prev.next = c.next;
      if (prev.next) prev.next.prev = prev;
      else this.lastChunk = prev;
      this.spare.push(c);
      c = prev;
    }
    if (c.next === null) {
      // Next to the top: the memory goes back to it.
      this.top = c.start;
      this.lastChunk = c.prev;
      if (c.prev) c.prev.next = null;
      this.spare.push(c);
      return;
    }
    // A chunk merged with the designated victim stays the designated victim.
    if (mergedDv) this.dv = c;
    else this.binPush(c);
  }

  /**
   * realloc: keep the chunk when the new size fits, or grow it in place into the top; false means
   * the caller must move the data.
   */
  resizeInPlace(address: number, bytes: number): boolean {
    const c = this.inUse.get(address);
    if (!c) return false;
    const need = this.chunkSizeFor(bytes);
    if (need <= c.size) return true;
    if (c.next === null) {
      this.inUseBytes += need - c.size;
      this.top = c.start + need;
      c.size = need;
      return true;
    }
    return false;
  }

  stats(): { blocks: number; bytes: number; heapBytes: number } {
    return { blocks: this.inUse.size, bytes: this.inUseBytes, heapBytes: this.top - this.params.base };
  }
}

// ============================================================================================
// pymalloc
// ============================================================================================

interface Pool {
  readonly address: number;
  readonly arena: Arena;
  /** Size class index; -1 before first use. */
  szidx: number;
  blockSize: number;
  /** Blocks handed out. */
  count: number;
  /** Freed blocks, most recent last (the front of CPython's freeblock list). */
  readonly freed: number[];
  /** Offset of the next never-used block, and the last offset that still fits one. */
  nextOffset: number;
  maxNextOffset: number;
  /** Links in usedpools[szidx] (null when not in that list). */
  nextPool: Pool | null;
  prevPool: Pool | null;
}

interface Arena {
  readonly index: number;
  address: number;
  nfreepools: number;
  readonly ntotalpools: number;
  /** Empty pools cached in this arena, most recently emptied last. */
  readonly freepools: Pool[];
  /** Next pool not yet carved. */
  poolAddress: number;
  nextArena: Arena | null;
  prevArena: Arena | null;
}

/** sizeof(struct pool_header) rounded up to the alignment: blocks start this far into a pool. */
const POOL_OVERHEAD_64 = 48;
const POOL_OVERHEAD_32 = 32;

/**
 * obmalloc's small-object allocator: 16-byte size classes up to 512 bytes, pools of one class,
 * arenas of pools. A freed block goes to the front of its pool's free list and is the next block
 * handed out for that class; a pool that becomes non-full goes to the front of usedpools; arenas
 * are kept sorted by free pools (fullest first) and an arena whose pools are all free is released
 * unless it is the last usable one.
 */
export class Pymalloc {
  private readonly align: number;
  private readonly poolBytes: number;
  private readonly arenaBytes: number;
  private readonly threshold: number;
  private readonly poolOverhead: number;
  /** Sentinels: usedpools[c].nextPool is the first pool of class c (or the sentinel itself). */
  private readonly usedpools: Pool[] = [];
  private readonly pools = new Map<number, Pool>();
  /** The pool poolOf found last (dropped when an arena is released). */
  private lastPool: Pool | null = null;
  private readonly arenas: Arena[] = [];
  private unusedArenaSlots: number[] = [];
  private usableArenas: Arena | null = null;
  /** nfp2lasta[n]: the last arena in usable_arenas with n free pools. */
  private readonly nfp2lasta: (Arena | null)[];
  /** Address ranges of released arenas, reused (most recent first) before new ones are mapped. */
  private readonly releasedArenaAddresses: number[] = [];
  private nextArenaAddress: number;
  private arenasCurrent = 0;
  arenasHighWater = 0;
  arenasReclaimed = 0;

  constructor(profile: Profile) {
    const a = profile.allocator;
    this.align = a.alignment;
    this.poolBytes = a.poolBytes;
    this.arenaBytes = a.arenaBytes;
    this.threshold = a.smallRequestThreshold;
    this.poolOverhead = profile.platformModel.pointerBytes === 8 ? POOL_OVERHEAD_64 : POOL_OVERHEAD_32;
    this.nextArenaAddress = a.baseAddress;
    const classes = this.threshold / this.align;
    for (let i = 0; i < classes; i++) {
      const sentinel = this.makeSentinel(i);
      this.usedpools.push(sentinel);
    }
    this.nfp2lasta = new Array<Arena | null>(this.arenaBytes / this.poolBytes + 1).fill(null);
  }

  private makeSentinel(szidx: number): Pool {
    const s: Pool = {
      address: -1,
      arena: null as unknown as Arena,
      szidx,
      blockSize: 0,
      count: 0,
      freed: [],
      nextOffset: 0,
      maxNextOffset: 0,
      nextPool: null,
      prevPool: null,
    };
    s.nextPool = s;
    s.prevPool = s;
    return s;
  }

  /** Whether a request of `bytes` is served here (1..512). */
  serves(bytes: number): boolean {
    return bytes > 0 && bytes <= this.threshold;
  }

  sizeClassOf(bytes: number): number {
    return ((bytes - 1) / this.align) | 0;
  }

  private newArena(): Arena {
    const address = this.releasedArenaAddresses.pop() ?? this.mapArenaAddress();
    const index = this.unusedArenaSlots.pop() ?? this.arenas.length;
    const arena: Arena = {
      index,
      address,
      nfreepools: this.arenaBytes / this.poolBytes,
      ntotalpools: this.arenaBytes / this.poolBytes,
      freepools: [],
      poolAddress: address,
      nextArena: null,
      prevArena: null,
    };
    this.arenas[index] = arena;
    this.arenasCurrent++;
    this.arenasHighWater = Math.max(this.arenasHighWater, this.arenasCurrent);
    return arena;
  }

  /** mmap hands out arenas below one another. */
  private mapArenaAddress(): number {
    const address = this.nextArenaAddress;
    this.nextArenaAddress -= this.arenaBytes;
    return address;
  }

  alloc(bytes: number): number {
    const szidx = this.sizeClassOf(bytes);
    const head = this.usedpools[szidx]!;
    const pool = head.nextPool!;
    if (pool !== head) {
      pool.count++;
      const block = this.takeBlock(pool);
      if (pool.freed.length === 0 && pool.nextOffset > pool.maxNextOffset) this.unlinkUsed(pool);
      return block;
    }
    return this.allocateFromNewPool(szidx);
  }

  private takeBlock(pool: Pool): number {
    if (pool.freed.length > 0) return pool.freed.pop()!;
    const block = pool.address + pool.nextOffset;
    pool.nextOffset += pool.blockSize;
    return block;
  }

  private unlinkUsed(pool: Pool): void {
    pool.prevPool!.nextPool = pool.nextPool;
    pool.nextPool!.prevPool = pool.prevPool;
    pool.nextPool = null;
    pool.prevPool = null;
  }

  private linkUsedFront(pool: Pool, szidx: number): void {
    const head = this.usedpools[szidx]!;
    pool.nextPool = head.nextPool;
    pool.prevPool = head;
    head.nextPool!.prevPool = pool;
    head.nextPool = pool;
  }

  private allocateFromNewPool(szidx: number): number {
    if (this.usableArenas === null) {
      const arena = this.newArena();
      this.usableArenas = arena;
      this.nfp2lasta[arena.nfreepools] = arena;
    }
    const arena = this.usableArenas;
    if (this.nfp2lasta[arena.nfreepools] === arena) this.nfp2lasta[arena.nfreepools] = null;
    if (arena.nfreepools > 1) this.nfp2lasta[arena.nfreepools - 1] = arena;
    let pool: Pool;
    const cached = arena.freepools.pop();
    if (cached) {
      pool = cached;
    } else {
      pool = {
        address: arena.poolAddress,
        arena,
        szidx: -1,
        blockSize: 0,
        count: 0,
        freed: [],
        nextOffset: 0,
        maxNextOffset: 0,
        nextPool: null,
        prevPool: null,
      };
      this.pools.set(pool.address, pool);
      arena.poolAddress += this.poolBytes;
    }
    arena.nfreepools--;
    if (arena.nfreepools === 0) {
      this.usableArenas = arena.nextArena;
      if (this.usableArenas) this.usableArenas.prevArena = null;
      arena.nextArena = null;
      arena.prevArena = null;
    }
    this.linkUsedFront(pool, szidx);
    pool.count = 1;
    if (pool.szidx === szidx && (pool.freed.length > 0 || pool.nextOffset <= pool.maxNextOffset)) {
      // Same class as last time: its free list is still in place.
      return this.takeBlock(pool);
    }
    pool.szidx = szidx;
    pool.blockSize = (szidx + 1) * this.align;
    pool.freed.length = 0;
    pool.nextOffset = this.poolOverhead;
    pool.maxNextOffset = this.poolBytes - pool.blockSize;
    return this.takeBlock(pool);
  }

  poolOf(address: number): Pool | undefined {
    // (addresses exceed 32 bits: a division by the power-of-two pool size, not a floating modulo)
    const base = Math.floor(address / this.poolBytes) * this.poolBytes;
    // a program mostly frees what it just allocated: the last pool found saves a hash of a large key
    const last = this.lastPool;
    if (last !== null && last.address === base) return last;
    const pool = this.pools.get(base);
    if (pool) this.lastPool = pool;
    return pool;
  }

  /** The start of the block containing `address`, or -1 when pymalloc does not own it. */
  blockStart(address: number): number {
    const pool = this.poolOf(address);
    return pool ? this.blockStartIn(pool, address) : -1;
  }

  private blockStartIn(pool: Pool, address: number): number {
    if (pool.szidx < 0 || pool.arena.address < 0) return -1;
    const offset = address - pool.address - this.poolOverhead;
    if (offset < 0) return -1;
    return pool.address + this.poolOverhead + ((offset / pool.blockSize) | 0) * pool.blockSize;
  }

  /** The pool of the block starting at `address`, or null when no pymalloc block starts there. */
  poolOfBlock(address: number): Pool | null {
    const pool = this.poolOf(address);
    return pool !== undefined && this.blockStartIn(pool, address) === address ? pool : null;
  }

  blockSizeAt(address: number): number {
    return this.poolOf(address)?.blockSize ?? 0;
  }

  /** Give back the block starting at `block` (its pool, when the caller has looked it up). */
  free(block: number, pool: Pool = this.poolOf(block)!): void {
    const wasFull = pool.freed.length === 0 && pool.nextOffset > pool.maxNextOffset;
    pool.freed.push(block);
    pool.count--;
    if (wasFull) {
      // The pool was full (in no list): it goes to the front of usedpools.
      this.linkUsedFront(pool, pool.szidx);
      return;
    }
    if (pool.count !== 0) return;
    this.unlinkUsed(pool);
    this.insertToFreepool(pool);
  }

  private insertToFreepool(pool: Pool): void {
    const ao = pool.arena;
    ao.freepools.push(pool);
    let nf = ao.nfreepools;
    const lastnf = this.nfp2lasta[nf] ?? null;
    if (lastnf === ao) {
      const p = ao.prevArena;
      this.nfp2lasta[nf] = p !== null && p.nfreepools === nf ? p : null;
    }
    ao.nfreepools = ++nf;
    if (nf === ao.ntotalpools && ao.nextArena !== null) {
      // Case 1: the arena is entirely free and not the last usable one: release it.
      if (ao.prevArena === null) this.usableArenas = ao.nextArena;
      else ao.prevArena.nextArena = ao.nextArena;
      ao.nextArena.prevArena = ao.prevArena;
      this.releaseArena(ao);
      return;
    }
    if (nf === 1) {
      // Case 2: the arena was full; put it at the head of usable_arenas.
      ao.nextArena = this.usableArenas;
      ao.prevArena = null;
      if (this.usableArenas) this.usableArenas.prevArena = ao;
      this.usableArenas = ao;
      if (this.nfp2lasta[1] === null) this.nfp2lasta[1] = ao;
      return;
    }
    if (this.nfp2lasta[nf] === null) this.nfp2lasta[nf] = ao;
    if (ao === lastnf) return; // Case 4: still in order.
    // Case 3: slide ao to just after the last arena that had nf - 1 free pools.
    const target = lastnf!;
    if (ao.prevArena !== null) ao.prevArena.nextArena = ao.nextArena;
    else this.usableArenas = ao.nextArena;
    ao.nextArena!.prevArena = ao.prevArena;
    ao.prevArena = target;
    ao.nextArena = target.nextArena;
    if (ao.nextArena !== null) ao.nextArena.prevArena = ao;
    target.nextArena = ao;
  }

  private releaseArena(ao: Arena): void {
    this.lastPool = null;
    for (let i = 0; i < ao.ntotalpools; i++) this.pools.delete(ao.address + i * this.poolBytes);
    this.releasedArenaAddresses.push(ao.address);
    this.unusedArenaSlots.push(ao.index);
    ao.address = -1;
    ao.nextArena = null;
    ao.prevArena = null;
    this.arenasCurrent--;
    this.arenasReclaimed++;
  }

  stats(): Pick<AllocatorStats, 'arenas' | 'arenasHighWater' | 'arenasReclaimed' | 'poolsInUse' | 'poolsEmpty' | 'sizeClasses'> {
    const byClass = new Map<number, { pools: number; inUse: number; free: number }>();
    let poolsInUse = 0;
    let poolsEmpty = 0;
    for (const pool of this.pools.values()) {
      if (pool.count === 0) {
        poolsEmpty++;
        continue;
      }
      poolsInUse++;
      const s = byClass.get(pool.szidx) ?? { pools: 0, inUse: 0, free: 0 };
      const capacity = Math.floor((this.poolBytes - this.poolOverhead) / pool.blockSize);
      s.pools++;
      s.inUse += pool.count;
      s.free += capacity - pool.count;
      byClass.set(pool.szidx, s);
    }
    const sizeClasses = [...byClass.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([szidx, s]) => ({ blockBytes: (szidx + 1) * this.align, pools: s.pools, blocksInUse: s.inUse, blocksFree: s.free }));
    return {
      arenas: this.arenasCurrent,
      arenasHighWater: this.arenasHighWater,
      arenasReclaimed: this.arenasReclaimed,
      poolsInUse,
      poolsEmpty,
      sizeClasses,
    };
  }
}

// ============================================================================================
// Free lists
// ============================================================================================

/** A free list's name: a CPython type name, with the item count for tuples ('tuple:3'). */
export type FreeListName = string;

/** Resolves (kind, bytes) to a free list quickly; built once per profile. */
export type FreeListResolver = (kind: string, bytes: number) => { name: FreeListName; capacity: number } | null;

/**
 * Which free list (if any) an object of CPython type `kind` and allocation size `bytes` goes to.
 * Tuples have one list per length; ints only when compact; dict keys only for 8-slot tables of the
 * kinds the profile keeps.
 */
export function makeFreeListResolver(profile: Profile): FreeListResolver {
  const f: FreeListCapacities = profile.freeLists;
  const simple = (name: string, capacity: number) => {
    const entry = capacity > 0 ? { name, capacity } : null;
    return () => entry;
  };
  const tupleBase = sizeofTuple(profile, 0);
  const ptr = profile.platformModel.pointerBytes;
  const tupleLists = Array.from({ length: f.tupleMaxLength + 1 }, (_, n) =>
    n >= 1 && f.tuplePerLength > 0 ? { name: `tuple:${n}`, capacity: f.tuplePerLength } : null,
  );
  const compactIntBytes = sizeofInt(profile, 1n);
  const intList = f.compactInt > 0 ? { name: 'int', capacity: f.compactInt } : null;
  const keysUnicode = dictKeysTableBytes(profile, 3, 'unicode');
  const keysGeneral = dictKeysTableBytes(profile, 3, 'general');
  const keysList = f.dictKeys > 0 ? { name: 'dict_keys', capacity: f.dictKeys } : null;
  const table = new Map<string, (bytes: number) => { name: FreeListName; capacity: number } | null>([
    ['float', simple('float', f.float)],
    ['list', simple('list', f.list)],
    ['dict', simple('dict', f.dict)],
    ['frame', simple('frame', f.frame)],
    ['method', simple('method', f.boundMethod)],
    ['range_iterator', simple('range_iterator', f.rangeIterator)],
    ['list_iterator', simple('list_iterator', f.listIterator)],
    ['tuple_iterator', simple('tuple_iterator', f.tupleIterator)],
    ['slice', simple('slice', f.slice)],
    ['int', (bytes) => (bytes <= compactIntBytes ? intList : null)],
    ['tuple', (bytes) => tupleLists[(bytes - tupleBase) / ptr] ?? null],
    ['dict_keys', (bytes) => (bytes === keysUnicode || (f.dictKeysFreeListKinds === 'any' && bytes === keysGeneral) ? keysList : null)],
  ]);
  return (kind, bytes) => {
    const resolve = table.get(kind);
    return resolve ? resolve(bytes) : null;
  };
}

/** One-off form of makeFreeListResolver (tests, tools). */
export function freeListFor(profile: Profile, kind: string, bytes: number): { name: FreeListName; capacity: number } | null {
  return makeFreeListResolver(profile)(kind, bytes);
}

/** Order in which gc.collect() of the oldest generation empties the free lists (_PyGC_ClearAllFreeLists). */
const CLEAR_ORDER = ['frame', 'tuple', 'float', 'list', 'dict', 'dict_keys', 'slice', 'int', 'method', 'range_iterator', 'list_iterator', 'tuple_iterator'];

// ============================================================================================
// The allocator
// ============================================================================================

interface ParkedBlock {
  /** The address handed out (block + header offset). */
  readonly address: number;
  readonly headerOffset: number;
  readonly bytes: number;
}

export interface AllocatorOptions {
  /**
   * Blocks of every pymalloc size class that stay allocated for the whole run, standing for the
   * objects the interpreter creates at start-up. With them, freeing a program's last object of a
   * size never empties its pool, so (as in CPython) pools are not recycled for other sizes under a
   * program's feet. Default 1; 0 models an empty heap.
   */
  readonly residentBlocksPerSizeClass?: number;
  /** Start with the measured start-up free lists (default: unless the heap is modelled empty, resident 0). */
  readonly startupFreeLists?: boolean;
}

/** The memory model of one interpreter: pymalloc (64-bit) or malloc only (wasm32), plus free lists. */
export class Allocator {
  private readonly pymalloc: Pymalloc | null;
  private readonly malloc: MallocHeap;
  private readonly freeLists = new Map<FreeListName, ParkedBlock[]>();
  private readonly freeListOf: FreeListResolver;
  private allocations = 0;
  private frees = 0;
  /** Whether the last alloc() took an object parked on a free list (CPython counts no GC allocation then). */
  lastFromFreeList = false;

  constructor(
    private readonly profile: Profile,
    options: AllocatorOptions = {},
  ) {
    this.pymalloc = profile.allocator.kind === 'pymalloc' ? new Pymalloc(profile) : null;
    this.malloc = new MallocHeap(mallocParamsFor(profile));
    this.freeListOf = makeFreeListResolver(profile);
    const resident = options.residentBlocksPerSizeClass ?? 1;
    if (this.pymalloc) {
      const classes = profile.allocator.smallRequestThreshold / profile.allocator.alignment;
      for (let r = 0; r < resident; r++) for (let c = 1; c <= classes; c++) this.pymalloc.alloc(c * profile.allocator.alignment);
    }
    if (options.startupFreeLists ?? resident > 0) this.parkStartupObjects();
  }

  /** Objects the interpreter's start-up left on the free lists (heap/startup-freelists.ts). */
  private parkStartupObjects(): void {
    const measured = startupFreeLists(this.profile.id);
    const gcHead = this.profile.platformModel.gcHeadBytes;
    this.parkStartup('float', sizeofFloat(this.profile), 0, measured.float);
    (measured.tuple ?? []).forEach((n, len) => {
      if (len > 0) this.parkStartup('tuple', sizeofTuple(this.profile, len), gcHead, n);
    });
    this.parkStartup('list', allocationBytesListObject(this.profile), gcHead, measured.list ?? 0);
    this.parkStartup('dict', allocationBytesDictObject(this.profile), gcHead, measured.dict ?? 0);
  }

  private parkStartup(kind: string, bytes: number, headerOffset: number, count: number): void {
    const list = this.freeListOf(kind, bytes);
    if (!list || count <= 0) return;
    let parked = this.freeLists.get(list.name);
    if (!parked) this.freeLists.set(list.name, (parked = []));
    const n = Math.min(list.capacity - parked.length, count);
    for (let i = 0; i < n; i++) parked.push({ address: this.rawAlloc(bytes) + headerOffset, headerOffset, bytes });
  }

  /**
   * An address for a new object of CPython type `kind` needing `bytes` bytes (pre-header
   * included). A free list of that type hands back its most recently parked object.
   */
  alloc(bytes: number, kind = '', headerOffset = 0): number {
    this.allocations++;
    const list = kind === '' ? null : this.listFor(kind, bytes);
    this.lastFromFreeList = false;
    if (list) {
      const parked = this.freeLists.get(list.name);
      const top = parked?.pop();
      if (top) {
        this.lastFromFreeList = true;
        if (top.bytes >= bytes && top.headerOffset === headerOffset) return top.address;
        this.release(top.address - top.headerOffset);
      }
    }
    return this.rawAlloc(bytes) + headerOffset;
  }

  /**
   * Give back the object at `address` (as returned by alloc with the same kind and header offset).
   * Returns true when it was parked on its type's free list.
   */
  free(address: number, bytes = 0, kind = '', headerOffset = 0): boolean {
    this.frees++;
    const list = kind === '' ? null : this.listFor(kind, bytes);
    if (list) {
      let parked = this.freeLists.get(list.name);
      if (!parked) this.freeLists.set(list.name, (parked = []));
      if (parked.length < list.capacity) {
        parked.push({ address, headerOffset, bytes: Math.max(bytes, this.usableSize(address - headerOffset)) });
        return true;
      }
    }
    this.release(address - headerOffset);
    return false;
  }

  /** freeListOf, remembering the last answer: a program mostly allocates and frees one kind at a time. */
  private listFor(kind: string, bytes: number): { name: FreeListName; capacity: number } | null {
    if (kind !== this.lastKind || bytes !== this.lastBytes) {
      this.lastKind = kind;
      this.lastBytes = bytes;
      this.lastList = this.freeListOf(kind, bytes);
    }
    return this.lastList;
  }
  private lastKind = '';
  private lastBytes = -1;
  private lastList: { name: FreeListName; capacity: number } | null = null;

  /** A raw buffer (list items, dict keys table, values array): PyMem_Malloc. */
  rawAlloc(bytes: number): number {
    if (this.pymalloc && this.pymalloc.serves(bytes)) return this.pymalloc.alloc(bytes);
    return this.malloc.alloc(bytes);
  }

  /** PyMem_Realloc: keep the block when it still fits (pymalloc: unless it would shrink by > 25%). */
  rawRealloc(address: number, bytes: number): number {
    if (address === 0) return this.rawAlloc(bytes);
    const current = this.usableSize(address);
    if (this.pymalloc && this.pymalloc.blockStart(address) === address) {
      if (bytes <= current && 4 * bytes > 3 * current) return address;
    } else if (bytes > 0 && this.malloc.resizeInPlace(address, bytes)) {
      return address;
    }
    const next = this.rawAlloc(bytes);
    this.release(address);
    return next;
  }

  /** PyMem_Free of a raw buffer. */
  rawFree(address: number): void {
    this.release(address);
  }

  private release(block: number): void {
    const pool = this.pymalloc ? this.pymalloc.poolOfBlock(block) : null;
    if (pool) this.pymalloc!.free(block, pool);
    else this.malloc.free(block);
  }

  private usableSize(block: number): number {
    if (this.pymalloc) {
      const start = this.pymalloc.blockStart(block);
      if (start === block) return this.pymalloc.blockSizeAt(block);
    }
    return this.malloc.usableSize(block);
  }

  /** gc.collect() of the oldest generation: every parked object goes back to the allocator. */
  clearFreeLists(): void {
    const names = [...this.freeLists.keys()].sort((a, b) => {
      const ka = CLEAR_ORDER.indexOf(a.split(':')[0]!);
      const kb = CLEAR_ORDER.indexOf(b.split(':')[0]!);
      return ka !== kb ? ka - kb : Number(a.split(':')[1] ?? 0) - Number(b.split(':')[1] ?? 0);
    });
    for (const name of names) {
      const parked = this.freeLists.get(name)!;
      while (parked.length > 0) {
        const p = parked.pop()!;
        this.release(p.address - p.headerOffset);
      }
    }
  }

  /** Objects parked on a free list (e.g. 'float', 'tuple:2'). */
  freeListLength(name: FreeListName): number {
    return this.freeLists.get(name)?.length ?? 0;
  }

  stats(): AllocatorStats {
    const m = this.malloc.stats();
    const freeLists: Record<string, number> = {};
    for (const [name, parked] of this.freeLists) if (parked.length > 0) freeLists[name] = parked.length;
    const small = this.pymalloc?.stats() ?? {
      arenas: 0,
      arenasHighWater: 0,
      arenasReclaimed: 0,
      poolsInUse: 0,
      poolsEmpty: 0,
      sizeClasses: [],
    };
    return {
      allocator: this.profile.allocator.kind,
      ...small,
      mallocBlocksInUse: m.blocks,
      mallocBytesInUse: m.bytes,
      mallocHeapBytes: m.heapBytes,
      freeLists,
      allocations: this.allocations,
      frees: this.frees,
    };
  }
}

/** The allocator for a profile (64-bit: pymalloc + glibc-like malloc; wasm32: dlmalloc only). */
export function createAllocator(profile: Profile, options: AllocatorOptions = {}): Allocator {
  return new Allocator(profile, options);
}
