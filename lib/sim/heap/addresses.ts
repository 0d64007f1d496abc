// What the runtime needs of the address model: an address when an object is created, and the
// address back when it is freed. heap/allocator.ts implements it (size classes, per-type free
// lists); the runtime holds the allocator itself, so these calls cost no extra hop.

export interface AddressSource {
  /** An address for a new object of CPython type `kind` needing `bytes` bytes (pre-header included). */
  alloc(bytes: number, kind: string, headerOffset: number): number;
  /** Whether the last alloc() reused an object parked on a free list (no GC allocation counted). */
  readonly lastFromFreeList: boolean;
  /** The object at `address` was freed; returns true when it was parked on a free list. */
  free(address: number, bytes: number, kind: string, headerOffset: number): boolean;
  /** A raw buffer (list items, values arrays): PyMem_Malloc / Realloc / Free. */
  rawAlloc(bytes: number): number;
  rawRealloc(address: number, bytes: number): number;
  rawFree(address: number): void;
  /** gc.collect() of the oldest generation empties the free lists. */
  clearFreeLists(): void;
}
