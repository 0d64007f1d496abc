// CSV export of an assignment's attempts (RFC 4180 quoting). Cells a spreadsheet would read as a
// formula (starting with = + - @, or a tab/carriage return) get a leading apostrophe, so a learner's
// name cannot run code in the instructor's spreadsheet.
import type { ResultsAttempt } from './types';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | null)[]): string {
  return cells.map(csvCell).join(',');
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function resultsCsv(attempts: readonly ResultsAttempt[]): string {
  const width = Math.max(0, ...attempts.map((a) => a.marks.length));
  const header = ['name', 'student_id', 'attempt', 'started_at', 'submitted_at', 'score', 'max_score',
    ...Array.from({ length: width }, (_, i) => `q${i + 1}`)];
  const rows = attempts.map((a) => [
    a.displayName, a.studentId, a.number, a.startedAt, a.submittedAt, a.score === null ? null : round(a.score), a.maxScore,
    ...Array.from({ length: width }, (_, i) => (a.marks[i] === undefined || a.marks[i] === null ? null : round(a.marks[i]!))),
  ]);
  // CRLF line ends and a BOM: what spreadsheet programs expect from a CSV with non-ASCII names.
  return '\ufeff' + [header, ...rows].map(csvRow).join('\r\n') + '\r\n';
}
