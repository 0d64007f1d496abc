// A submitted attempt as its learner sees it: the score, and question by question (what they
// answered, the right answer, why) only when the assignment's reveal policy allows.
import type { AttemptResult } from '@/lib/assignments/types';
import { percent, ui } from './ui';

export function AttemptResultView({ result }: { result: AttemptResult }) {
  const score = Math.round(result.score * 100) / 100;
  return (
    <section className={ui.card} aria-labelledby={`result-${result.attemptId}`} data-testid="attempt-result">
      <p className="text-sm font-semibold text-emerald-800 dark:text-emerald-300">Submitted{result.number > 1 ? ` (attempt ${result.number})` : ''}</p>
      <h2 id={`result-${result.attemptId}`} className="mt-1 text-2xl font-bold text-slate-900 dark:text-white" data-testid="result-score">
        Your score: {score} / {result.maxScore}
      </h2>
      {result.revealNote && <p className="mt-2 text-slate-700 dark:text-slate-300" data-testid="reveal-note">{result.revealNote}</p>}
      {result.outcomes && (
        <ol className="mt-4 space-y-3">
          {result.outcomes.map((o) => (
            <li key={o.position} className="rounded-xl border border-slate-200 p-3 dark:border-slate-700" data-testid="outcome">
              <p className="text-xs font-semibold text-slate-600 dark:text-slate-400">Question {o.position + 1} · {o.title}</p>
              <p className="mt-1 font-semibold text-slate-900 dark:text-white">{o.prompt}</p>
              <p className={`mt-1 text-sm font-semibold ${o.correct ? 'text-emerald-800 dark:text-emerald-300' : 'text-rose-800 dark:text-rose-300'}`}>
                {o.correct ? 'Right' : o.score > 0 ? `Partly right (${percent(o.score)})` : 'Not right'}: you answered <span className="font-mono">{o.yourAnswer || '(nothing)'}</span>
                {!o.correct && o.answerText !== undefined && <>; the answer is <span className="font-mono">{o.answerText}</span></>}
              </p>
              {o.explanation && <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{o.explanation}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
