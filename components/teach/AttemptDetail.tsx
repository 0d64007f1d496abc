'use client';
// One learner's attempt, question by question: the program, their answer, the right answer.
import { useEffect, useRef } from 'react';
import { quizButton } from '@/components/quiz/styles';
import type { AttemptDetailView } from '@/lib/assignments/types';
import { percent, ui } from './ui';

export function AttemptDetail({ detail, onClose }: { detail: AttemptDetailView; onClose(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [detail.attempt.id]);
  const a = detail.attempt;
  return (
    <section className={ui.card} aria-labelledby="detail-heading" data-testid="attempt-detail">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="detail-heading" ref={heading} tabIndex={-1} className={`${ui.h2} min-w-0 break-words outline-none`}>
          {a.displayName}{a.studentId ? ` (${a.studentId})` : ''}: {a.score === null ? 'not submitted' : `${Math.round(a.score * 100) / 100} / ${a.maxScore}`}
        </h2>
        <button type="button" className={quizButton.secondary} onClick={onClose}>Close</button>
      </div>
      <ol className="mt-4 space-y-4">
        {detail.questions.map((q) => (
          <li key={q.position} className="rounded-xl border border-slate-200 p-3 dark:border-slate-700">
            <p className="text-xs font-semibold text-slate-600 dark:text-slate-400">Q{q.position + 1} · {q.title}</p>
            <p className="mt-1 font-semibold text-slate-900 dark:text-white">{q.prompt}</p>
            {q.program && (
              <pre className="mt-2 overflow-x-auto rounded-lg bg-[var(--code-bg)] p-2 font-mono text-sm text-[var(--code-fg)]">
                {q.program.replace(/\n$/, '').split('\n').map((line, i) => (
                  <span key={i} className={`block ${q.askedLines.includes(i + 1) ? 'bg-amber-100 dark:bg-amber-900/40' : ''}`}>
                    <span aria-hidden="true" className="mr-3 inline-block w-6 text-right text-slate-500 select-none">{i + 1}</span>{line || ' '}
                  </span>
                ))}
              </pre>
            )}
            <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
              <dt className="text-slate-600 dark:text-slate-400">Answered</dt>
              <dd className="font-mono break-words">{q.yourAnswer || '(blank)'}</dd>
              <dt className="text-slate-600 dark:text-slate-400">Right answer</dt>
              <dd className="font-mono break-words">{q.answerText}</dd>
              <dt className="text-slate-600 dark:text-slate-400">Mark</dt>
              <dd className={q.correct ? 'font-semibold text-emerald-800 dark:text-emerald-300' : 'font-semibold text-rose-800 dark:text-rose-300'}>{q.correct ? 'Right' : q.score > 0 ? `Partly right (${percent(q.score)})` : 'Wrong'}</dd>
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}
