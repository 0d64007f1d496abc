// Per question: how many answered, the success rate (mean score), and the most common wrong answers.
import type { ResultsQuestion } from '@/lib/assignments/types';
import { percent, ui } from './ui';

export function QuestionStatsTable({ questions }: { questions: readonly ResultsQuestion[] }) {
  if (questions.length === 0) return <p className="mt-3 text-slate-700 dark:text-slate-300">Statistics appear after the first submission.</p>;
  return (
    <div className="relative mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Question statistics (scrolls sideways)">
      <table className="min-w-full divide-y divide-slate-200 dark:divide-slate-700" data-testid="question-stats">
        <thead>
          <tr>
            <th scope="col" className={ui.th}>Question</th>
            <th scope="col" className={`${ui.th} text-right`}>Answered</th>
            <th scope="col" className={ui.th}>Success</th>
            <th scope="col" className={ui.th}>Common wrong answers</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {questions.map((q) => (
            <tr key={q.ref} data-testid="question-stat">
              <th scope="row" className={`${ui.td} font-medium`}>{q.title}</th>
              <td className={`${ui.td} text-right tabular-nums`}>{q.answered}</td>
              <td className={ui.td}>
                <div className="flex items-center gap-2">
                  <div aria-hidden="true" className="h-2 w-16 overflow-hidden rounded bg-slate-200 dark:bg-slate-700">
                    <div className="h-full bg-emerald-600 dark:bg-emerald-500" style={{ width: percent(q.meanScore) }} />
                  </div>
                  <span className="tabular-nums">{percent(q.meanScore)}</span>
                </div>
              </td>
              <td className={ui.td}>
                {q.commonWrong.length === 0 ? <span className="text-slate-500">none</span> : (
                  <ul className="space-y-0.5">
                    {q.commonWrong.map((w) => (
                      <li key={w.text}><code className="rounded bg-slate-100 px-1 font-mono text-xs dark:bg-slate-800">{w.text || '(blank)'}</code> <span className="text-xs text-slate-600 dark:text-slate-400">×{w.times}</span></li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
