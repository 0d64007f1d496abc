// Adapter between the runtime and the address model. The runtime asks for an address when an
// object is created and returns it when the object is freed; reuse (size classes, per-type free
// lists) lives behind this interface, in heap/allocator.ts (profiles engineer).

import type { Profile } from '../versions/profile';
import { createAllocator, type Allocator } from './allocator';

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

export class AllocatorAddresses implements AddressSource {
  private readonly allocator: Allocator;

  constructor(profile: Profile) {
    this.allocator = createAllocator(profile);
  }

  get lastFromFreeList(): boolean {
    return this.allocator.lastFromFreeList;
  }

  alloc(bytes: number, kind: string, headerOffset: number): number {
    return this.allocator.alloc(bytes, kind, headerOffset);
  }

  free(address: number, bytes: number, kind: string, headerOffset: number): boolean {
    return this.allocator.free(address, bytes, kind, headerOffset);
  }

  rawAlloc(bytes: number): number {
    return this.allocator.rawAlloc(bytes);
  }

  rawRealloc(address: number, bytes: number): number {
    return this.allocator.rawRealloc(address, bytes);
  }

  rawFree(address: number): void {
    this.allocator.rawFree(address);
  }

  clearFreeLists(): void {
    this.allocator.clearFreeLists();
  }
}
