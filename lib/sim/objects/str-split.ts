// Whitespace, splitting and stripping of str. Mirrors Objects/stringlib/split.h (split_whitespace,
// rsplit_whitespace, split_char/rsplit), Objects/unicodeobject.c (Py_UNICODE_ISSPACE, do_strip,
// unicode_splitlines_impl with Py_UNICODE_ISLINEBREAK). Python's whitespace is not JS's \s: the
// ASCII separators 0x1c-0x1f are whitespace, U+FEFF is not.

/** Py_UNICODE_ISSPACE (every such character is in the BMP, so a UTF-16 unit decides it). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Py_UNICODE_ISLINEBREAK: where str.splitlines() breaks (\r\n counts as one break). */
function isLineBreakCode(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/**
 * The whitespace int() and float() strip from their argument: Unicode whitespace is made a space
 * first, then only ASCII Py_ISSPACE is stripped, so 0x1c-0x1f stay (and make the literal invalid).
 */
function isNumericSpaceCode(c: number): boolean {
  return c < 128 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : isSpaceCode(c);
}

function stripBy(s: string, isStrip: (c: number) => boolean, left: boolean, right: boolean): string {
  let a = 0;
  let b = s.length;
  if (left) while (a < b && isStrip(s.charCodeAt(a))) a++;
  if (right) while (b > a && isStrip(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

/** str.strip/lstrip/rstrip: whitespace when chars is null, else any character of chars. */
export function stripChars(s: string, chars: string | null, left: boolean, right: boolean): string {
  if (chars === null) return stripBy(s, isSpaceCode, left, right);
  const set = new Set(Array.from(chars, (ch) => ch.codePointAt(0)!));
  // by code point, so an astral character in chars strips only itself
  const points = Array.from(s);
  let a = 0;
  let b = points.length;
  if (left) while (a < b && set.has(points[a].codePointAt(0)!)) a++;
  if (right) while (b > a && set.has(points[b - 1].codePointAt(0)!)) b--;
  return points.slice(a, b).join('');
}

/** The text int() and float() parse, without the whitespace around it. */
export function stripNumericSpace(s: string): string {
  return stripBy(s, isNumericSpaceCode, true, true);
}

/** str.isspace() */
export function isAllSpace(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
  return true;
}

/** str.split() without a separator: runs of whitespace separate, at most maxsplit splits (-1: all). */
export function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(stripBy(s.slice(i), isSpaceCode, false, true));
      return out;
    }
    let j = i;
    while (j < n && !isSpaceCode(s.charCodeAt(j))) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

/** str.rsplit() without a separator: as split, counting splits from the right. */
export function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let j = s.length;
  while (j > 0) {
    while (j > 0 && isSpaceCode(s.charCodeAt(j - 1))) j--;
    if (j <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(stripBy(s.slice(0, j), isSpaceCode, true, false));
      break;
    }
    let i = j;
    while (i > 0 && !isSpaceCode(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, j));
    j = i;
  }
  return out.reverse();
}

/** str.split(sep, maxsplit) with a non-empty separator. */
export function splitSep(s: string, sep: string, maxsplit: number): string[] {
  const parts = s.split(sep);
  if (maxsplit >= 0 && parts.length > maxsplit + 1) parts.splice(maxsplit, parts.length, parts.slice(maxsplit).join(sep));
  return parts;
}

/** str.rsplit(sep, maxsplit) with a non-empty separator: the first parts stay joined. */
export function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  const parts = s.split(sep);
  if (maxsplit >= 0 && parts.length > maxsplit + 1) {
    const keep = parts.length - maxsplit;
    parts.splice(0, keep, parts.slice(0, keep).join(sep));
  }
  return parts;
}

/** str.splitlines(keepends) */
export function splitLines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (!isLineBreakCode(c)) {
      i++;
      continue;
    }
    const end = c === 0x0d && s.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
    out.push(s.slice(start, keepends ? end : i));
    start = i = end;
  }
  if (start < n) out.push(s.slice(start));
  return out;
}
