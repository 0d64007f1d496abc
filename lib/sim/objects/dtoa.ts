// Correctly rounded decimal conversion of doubles (round-half-even on the exact binary value), as
// CPython's Python/dtoa.c does for format(x, '.2f'), '%.3e' and round(x, n). JS's toFixed rounds
// exact ties away from zero, which differs (format(1.25, '.1f') is '1.2' in Python).

/** Exact decimal expansion of a finite, non-negative double: value = digits * 10**-scale. */
function exact(x: number): { digits: bigint; scale: number } {
  if (x === 0) return { digits: 0n, scale: 0 };
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const expBits = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (expBits === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = expBits - 1075;
  }
  if (e >= 0) return { digits: mant << BigInt(e), scale: 0 };
  return { digits: mant * 5n ** BigInt(-e), scale: -e };
}

/** Round digits*10**-scale to `prec` fractional digits, half to even. Returns an integer n: value ~ n*10**-prec. */
function roundTo(d: { digits: bigint; scale: number }, prec: number): bigint {
  if (d.scale <= prec) return d.digits * 10n ** BigInt(prec - d.scale);
  const div = 10n ** BigInt(d.scale - prec);
  let q = d.digits / div;
  const r = d.digits % div;
  const twice = 2n * r;
  if (twice > div || (twice === div && q % 2n === 1n)) q += 1n;
  return q;
}

/** format(x, '.{prec}f') for finite x (sign handled by the caller: pass |x|). */
export function toFixedExact(x: number, prec: number): string {
  const n = roundTo(exact(x), prec);
  let s = n.toString();
  if (prec === 0) return s;
  s = s.padStart(prec + 1, '0');
  return `${s.slice(0, s.length - prec)}.${s.slice(s.length - prec)}`;
}

/** format(x, '.{prec}e') for finite x >= 0: mantissa digits and exponent, correctly rounded. */
export function toExponentialExact(x: number, prec: number): string {
  if (x === 0) return `${prec > 0 ? '0.' + '0'.repeat(prec) : '0'}e+00`;
  const d = exact(x);
  // decimal exponent of the leading digit
  let exp = d.digits.toString().length - 1 - d.scale;
  let n = roundTo(d, prec - exp);
  if (n.toString().length > prec + 1) {
    exp += 1;
    n = roundTo(d, prec - exp);
  }
  const s = n.toString();
  const mant = prec > 0 ? `${s[0]}.${s.slice(1)}` : s;
  const es = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : `${Math.abs(exp)}`;
  return `${mant}e${exp < 0 ? '-' : '+'}${es}`;
}

/** round(x, ndigits) for ndigits >= 0 (Objects/floatobject.c double_round). */
export function roundDouble(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || ndigits > 323) return x;
  const s = toFixedExact(Math.abs(x), ndigits);
  const r = Number(s);
  return x < 0 || Object.is(x, -0) ? -r : r;
}
