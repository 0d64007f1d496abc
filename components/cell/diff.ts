// Line-by-line comparison of two program outputs (simulator vs real CPython), for showing them
// side by side with the differing lines highlighted. A longest-common-subsequence alignment, so
// one extra line does not mark everything after it as different.

export type DiffRow =
  | { kind: 'same'; left: string; right: string }
  | { kind: 'changed'; left: string | null; right: string | null };

export function splitOutputLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop(); // a final newline does not start a new line
  return lines;
}

/** Aligns two outputs; rows pair equal lines, and pair up differing runs line by line. */
export function diffLines(leftText: string, rightText: string): DiffRow[] {
  const a = splitOutputLines(leftText);
  const b = splitOutputLines(rightText);
  // lcs[i][j] = length of the LCS of a[i..] and b[j..]
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);

  const rows: DiffRow[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    for (let k = 0; k < Math.max(removed.length, added.length); k++)
      rows.push({ kind: 'changed', left: removed[k] ?? null, right: added[k] ?? null });
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      rows.push({ kind: 'same', left: a[i], right: b[j] });
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && lcs[i + 1][j] >= lcs[i][j + 1])) {
      removed.push(a[i++]);
    } else {
      added.push(b[j++]);
    }
  }
  flush();
  return rows;
}

export function outputsAgree(rows: DiffRow[]): boolean {
  return rows.every((r) => r.kind === 'same');
}
