// Hashes as CPython computes them where the value is observable (ints, floats, tuples; set order
// of ints depends on it). Mirrors Python/pyhash.c (_Py_HashDouble) and Objects/longobject.c
// (long_hash), Objects/tupleobject.c (tuplehash, xxHash-based since 3.8).
// str hashes are randomised in CPython (PYTHONHASHSEED), so any deterministic value is faithful.

import type { Runtime } from '../vm/runtime';

function modulus(rt: Runtime): bigint {
  return (1n << BigInt(rt.profile.platformModel.hashModulusBits)) - 1n;
}

function toSigned(rt: Runtime, h: bigint): bigint {
  const bits = BigInt(rt.profile.platformModel.hashBits);
  return BigInt.asIntN(Number(bits), h);
}

export function hashInt(rt: Runtime, v: bigint): bigint {
  const m = modulus(rt);
  let h = (v < 0n ? -v : v) % m;
  if (v < 0n) h = -h;
  if (h === -1n) h = -2n;
  return h;
}

export function hashFloat(rt: Runtime, f: number, identity: bigint): bigint {
  if (Number.isNaN(f)) return identity;
  if (!Number.isFinite(f)) return f > 0 ? 314159n : -314159n;
  if (Number.isInteger(f)) return hashInt(rt, BigInt(f));
  // exact rational hash: f = n / 2**k
  const m = modulus(rt);
  const bits = rt.profile.platformModel.hashModulusBits;
  let k = 0;
  let x = Math.abs(f);
  while (!Number.isInteger(x)) {
    x *= 2;
    k++;
  }
  const n = BigInt(x) % m;
  // multiply by inverse of 2**k mod m: 2**bits = 1 mod m, so inverse of 2**k is 2**(bits - k%bits)
  const e = BigInt((bits - (k % bits)) % bits);
  let h = (n << e) % m;
  if (f < 0) h = -h;
  if (h === -1n) h = -2n;
  return h;
}

/** tuplehash (xxHash64/32 lanes as in Objects/tupleobject.c). */
export function hashTuple(rt: Runtime, itemHashes: bigint[]): bigint {
  const wide = rt.profile.platformModel.hashBits === 64;
  const mask = wide ? (1n << 64n) - 1n : (1n << 32n) - 1n;
  const P1 = wide ? 11400714785074694791n : 2654435761n;
  const P2 = wide ? 14029467366897019727n : 2246822519n;
  const P5 = wide ? 2870177450012600261n : 374761393n;
  const rot = wide ? 31n : 13n;
  const width = wide ? 64n : 32n;
  let acc = P5;
  for (const h of itemHashes) {
    const lane = h & mask;
    acc = (acc + lane * P2) & mask;
    acc = ((acc << rot) | (acc >> (width - rot))) & mask;
    acc = (acc * P1) & mask;
  }
  acc = (acc + (BigInt(itemHashes.length) ^ (P5 ^ 3527539n))) & mask;
  if (acc === mask) return 1546275796n;
  return toSigned(rt, acc);
}

/** A deterministic str hash (CPython's is seeded per process; nothing observable depends on it). */
export function hashString(rt: Runtime, s: string): bigint {
  const cached = rt.strHashes.get(s);
  if (cached !== undefined) return cached;
  let h = 0xcbf29ce484222325n;
  const mask = (1n << 64n) - 1n;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = (h * 0x100000001b3n) & mask;
  }
  let r = toSigned(rt, rt.profile.platformModel.hashBits === 64 ? h : h & 0xffffffffn);
  if (r === -1n) r = -2n;
  if (rt.strHashes.size >= STR_HASHES_KEPT) rt.strHashes.clear();
  rt.strHashes.set(s, r);
  return r;
}

/** Enough for every name and key of a program; a program making more distinct strings starts over. */
const STR_HASHES_KEPT = 1 << 16;

/** Default object hash: id rotated by 4 bits (Py_HashPointer). */
export function hashPointer(rt: Runtime, id: number): bigint {
  const wide = rt.profile.platformModel.hashBits === 64;
  const width = wide ? 64n : 32n;
  const mask = (1n << width) - 1n;
  const y = BigInt(id) & mask;
  let r = toSigned(rt, ((y >> 4n) | (y << (width - 4n))) & mask);
  if (r === -1n) r = -2n;
  return r;
}
