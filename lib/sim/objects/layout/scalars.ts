// sys.getsizeof and allocation sizes of the atomic types. Mirrors int___sizeof__ in
// Objects/longobject.c, float/complex (object.__sizeof__), bytes___sizeof__ in
// Objects/bytesobject.c and bytearray___sizeof__ in Objects/bytearrayobject.c.

import type { Profile } from '../../versions/profile';
import { builtinLayout } from './builtins';
import { basicSizeof } from './type-layout';

const SAFE = 2n ** 53n;
const NEG_SAFE = -SAFE;

/** Bits in |value| (0 has none: int.bit_length); through a double for the ints programs mostly make. */
export function bitLength(value: bigint): number {
  if (value > NEG_SAFE && value < SAFE) {
    const n = Math.abs(Number(value));
    const high = Math.floor(n / 2 ** 32);
    return high ? 64 - Math.clz32(high) : 32 - Math.clz32(n);
  }
  return (value < 0n ? -value : value).toString(2).length;
}

/** Number of digits CPython stores for |value| (0 has none). */
export function intDigitCount(profile: Profile, value: bigint): number {
  return Math.ceil(bitLength(value) / profile.layout.intDigitBits);
}

/** Digits counted by __sizeof__ and allocated: 3.11+ always at least one (gh-100637). */
export function intStoredDigits(profile: Profile, value: bigint): number {
  const digits = intDigitCount(profile, value);
  return profile.layout.intZeroHasDigit ? Math.max(1, digits) : digits;
}

/** sys.getsizeof(int) (also bool: True = 1, False = 0). */
export function sizeofInt(profile: Profile, value: bigint): number {
  // every arithmetic result asks: remember the last profile's sizes by digit count, and answer a
  // one-digit value with two comparisons (a bigint's bit length goes through slow conversions)
  if (profile !== intSizesProfile) {
    intSizesProfile = profile;
    intSizesByDigits = [];
    oneDigitLimit = 1n << BigInt(profile.layout.intDigitBits);
    negOneDigitLimit = -oneDigitLimit;
  }
  const digits = value < oneDigitLimit && value > negOneDigitLimit && value !== 0n ? 1 : intStoredDigits(profile, value);
  return (intSizesByDigits[digits] ??= basicSizeof(builtinLayout(profile, 'int'), digits));
}
let intSizesProfile: Profile | null = null;
let intSizesByDigits: number[] = [];
let oneDigitLimit = 0n;
let negOneDigitLimit = 0n;

/** Bytes requested from the allocator for an int: the same as its size (_PyLong_New). */
export function allocationBytesInt(profile: Profile, value: bigint): number {
  return sizeofInt(profile, value);
}

/** A compact int has at most one digit (|v| < 2**30): the 3.14 int free list only keeps these. */
export function isCompactInt(profile: Profile, value: bigint): boolean {
  return intDigitCount(profile, value) <= 1;
}

export function sizeofFloat(profile: Profile): number {
  return basicSizeof(builtinLayout(profile, 'float'));
}

export function sizeofComplex(profile: Profile): number {
  return basicSizeof(builtinLayout(profile, 'complex'));
}

/** None, object(), Ellipsis, NotImplemented: a bare PyObject_HEAD. */
export function sizeofBareObject(profile: Profile): number {
  return basicSizeof(builtinLayout(profile, 'object'));
}

/** sys.getsizeof(bytes of length n): PyBytesObject_SIZE + n. */
export function sizeofBytes(profile: Profile, length: number): number {
  return basicSizeof(builtinLayout(profile, 'bytes'), length);
}

/** sys.getsizeof(bytearray): basic size + the allocated buffer (len + 1 once non-empty). */
export function sizeofBytearray(profile: Profile, allocated: number): number {
  return basicSizeof(builtinLayout(profile, 'bytearray')) + allocated;
}
