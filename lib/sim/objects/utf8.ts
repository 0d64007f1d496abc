// UTF-8 encoding and decoding (no TextEncoder: lib/sim has no DOM or Node types).
// Mirrors Objects/unicodeobject.c's UTF-8 codec for valid input.

export function utf8Encode(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/** Decode; returns the position of the first invalid byte instead of a string when invalid. */
export function utf8Decode(b: Uint8Array): string | { badPosition: number } {
  let s = '';
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let cp: number;
    let n: number;
    if (c < 0x80) { cp = c; n = 1; }
    else if (c >= 0xc2 && c < 0xe0) { cp = c & 31; n = 2; }
    else if (c >= 0xe0 && c < 0xf0) { cp = c & 15; n = 3; }
    else if (c >= 0xf0 && c < 0xf5) { cp = c & 7; n = 4; }
    else return { badPosition: i };
    if (i + n > b.length) return { badPosition: i };
    for (let k = 1; k < n; k++) {
      const cc = b[i + k];
      if ((cc & 0xc0) !== 0x80) return { badPosition: i };
      cp = (cp << 6) | (cc & 63);
    }
    s += String.fromCodePoint(cp);
    i += n;
  }
  return s;
}
