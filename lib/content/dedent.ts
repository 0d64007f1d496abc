// Lessons write code in indented template literals: drop the first newline, trailing blank space and
// the common indentation. Shared by the <Cell> component and the content checks so both see the same program.
export function dedentCode(code: string | undefined): string {
  if (!code) return '';
  const lines = code.replace(/^\n/, '').replace(/\s+$/, '').split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => l.match(/^ */)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(common)).join('\n') + '\n';
}
