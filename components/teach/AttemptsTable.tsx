// The attempts table: one row per attempt, per-question marks as ✓ / ✗ / partial percentages.
import { quizButton } from '@/components/quiz/styles';
import type { ResultsAttempt } from '@/lib/assignments/types';
import { formatDateTime, percent, ui } from './ui';

function Mark({ value }: { value: number | null }) {
  if (value === null) return <span className="text-slate-500">–<span className="sr-only">not answered</span></span>;
  if (value === 1) return <span className="font-bold text-emerald-700 dark:text-emerald-400">✓<span className="sr-only">right</span></span>;
  if (value === 0) return <span className="font-bold text-rose-700 dark:text-rose-400">✗<span className="sr-only">wrong</span></span>;
  return <span className="text-amber-800 dark:text-amber-300">{percent(value)}</span>;
}

export function AttemptsTable({ attempts, onShow, selected }: { attempts: readonly ResultsAttempt[]; onShow(id: string): void; selected: string | null }) {
  if (attempts.length === 0) return <p className="mt-3 text-slate-700 dark:text-slate-300" data-testid="no-attempts">No attempts yet. Share the learners’ link; attempts appear here as they start.</p>;
  const width = Math.max(...attempts.map((a) => a.marks.length));
  return (
    <div className="relative mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Attempts table (scrolls sideways)">
      <table className="min-w-full divide-y divide-slate-200 dark:divide-slate-700" data-testid="attempts-table">
        <thead>
          <tr>
            <th scope="col" className={ui.th}>Name</th>
            <th scope="col" className={ui.th}>Student id</th>
            <th scope="col" className={ui.th}>Submitted</th>
            <th scope="col" className={`${ui.th} text-right`}>Score</th>
            {Array.from({ length: width }, (_, i) => <th key={i} scope="col" className={`${ui.th} text-center`}>Q{i + 1}</th>)}
            <th scope="col" className={ui.th}><span className="sr-only">Details</span></th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {attempts.map((a) => (
            <tr key={a.id} className={selected === a.id ? 'bg-sky-50 dark:bg-sky-950/50' : ''} data-testid="attempt-row">
              <th scope="row" className={`${ui.td} font-semibold`}>{a.displayName}{a.number > 1 && <span className="ml-1 text-xs font-normal text-slate-600 dark:text-slate-400">(attempt {a.number})</span>}</th>
              <td className={ui.td}>{a.studentId ?? ''}</td>
              <td className={`${ui.td} whitespace-nowrap`}>{a.submittedAt ? formatDateTime(a.submittedAt) : <span className="text-amber-800 dark:text-amber-300">in progress</span>}</td>
              <td className={`${ui.td} text-right tabular-nums whitespace-nowrap`} data-testid="attempt-score">{a.score === null ? '' : `${Math.round(a.score * 100) / 100} / ${a.maxScore}`}</td>
              {Array.from({ length: width }, (_, i) => <td key={i} className={`${ui.td} text-center`}><Mark value={a.marks[i] ?? null} /></td>)}
              <td className={ui.td}>
                {a.submittedAt && <button type="button" className={quizButton.link} onClick={() => onShow(a.id)} aria-label={`Show ${a.displayName}’s answers`}>Answers</button>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
