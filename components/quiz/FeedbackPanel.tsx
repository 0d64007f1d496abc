'use client';
// After an answer: right or wrong, the correct answer, why, and the program in a runnable cell
// opened at the step that decides the answer, so the learner can step through it.
import { forwardRef, type ReactNode } from 'react';
import { Cell } from '@/components/cell/Cell';
import type { Feedback, QuestionView } from '@/lib/quiz/public-types';
import { RichText } from './RichText';

export function verdict(feedback: Feedback): { label: string; tone: 'right' | 'partial' | 'wrong' } {
  if (feedback.correct) return { label: 'Right', tone: 'right' };
  if (feedback.score > 0) return { label: `Partly right: ${Math.round(feedback.score * 100)}%`, tone: 'partial' };
  return { label: 'Not quite', tone: 'wrong' };
}

const TONE = {
  right: 'border-emerald-600 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950/40',
  partial: 'border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/40',
  wrong: 'border-rose-600 bg-rose-50 dark:border-rose-500 dark:bg-rose-950/40',
} as const;
const ICON = { right: '✓', partial: '◐', wrong: '✗' } as const;
const ICON_TONE = {
  right: 'bg-emerald-700 text-white dark:bg-emerald-500 dark:text-emerald-950',
  partial: 'bg-amber-600 text-white dark:bg-amber-400 dark:text-amber-950',
  wrong: 'bg-rose-700 text-white dark:bg-rose-500 dark:text-rose-950',
} as const;

interface Props {
  question: QuestionView;
  feedback: Feedback;
  yourAnswer: string;
  /** Buttons for what comes next (another variant, next question). */
  actions?: ReactNode;
}

export const FeedbackPanel = forwardRef<HTMLHeadingElement, Props>(function FeedbackPanel({ question, feedback, yourAnswer, actions }, headingRef) {
  const { label, tone } = verdict(feedback);
  // Printed values read as code; option labels read as prose.
  const mono = question.ask.kind === 'number' || question.ask.kind === 'boolean' ? 'font-mono' : '';
  return (
    <section aria-labelledby={`${question.templateId}-${question.seed}-verdict`} className="mt-6 space-y-5" data-testid="quiz-feedback" data-verdict={tone}>
      <div className={`rounded-xl border-l-4 px-4 py-4 sm:px-5 ${TONE[tone]}`}>
        <h3
          ref={headingRef}
          tabIndex={-1}
          id={`${question.templateId}-${question.seed}-verdict`}
          className="flex items-center gap-2 text-lg font-bold text-slate-900 outline-none dark:text-white"
          data-testid="quiz-verdict"
        >
          <span aria-hidden="true" className={`inline-flex size-7 items-center justify-center rounded-full text-sm ${ICON_TONE[tone]}`}>
            {ICON[tone]}
          </span>
          {label}
        </h3>
        <dl className="mt-3 grid gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[9rem_1fr]">
          <dt className="font-medium text-slate-700 dark:text-slate-300">Your answer</dt>
          <dd className={`break-words text-slate-900 dark:text-slate-100 ${mono}`} data-testid="quiz-your-answer">
            {yourAnswer || '—'}
          </dd>
          <dt className="font-medium text-slate-700 dark:text-slate-300">Correct answer</dt>
          <dd className={`font-semibold break-words text-slate-900 dark:text-slate-100 ${mono}`} data-testid="quiz-correct-answer">
            {feedback.answerText}
          </dd>
        </dl>
        {feedback.problem && (
          <p className="mt-2 text-sm text-slate-800 dark:text-slate-200">
            Your answer could not be read: {feedback.problem}.
          </p>
        )}
        <p className="mt-3 text-pretty text-slate-800 dark:text-slate-200" data-testid="quiz-explanation">
          <RichText text={feedback.explanation} />
        </p>
        {tone === 'partial' && (
          <p className="mt-2 text-xs text-slate-700 dark:text-slate-300">Partial credit follows the rules under “How answers are graded”.</p>
        )}
      </div>

      {actions && <div className="flex flex-wrap items-center gap-3">{actions}</div>}

      <div>
        <h4 className="text-base font-semibold text-slate-900 dark:text-white">Step through why</h4>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          The program runs in the simulator for Python {question.python}
          {question.platform === 'wasm32' ? ' on wasm32' : ''} and opens at line {feedback.focusLine}, the step that decides the
          answer. Step forwards and back to watch the references change.
        </p>
        <div data-testid="quiz-explain-cell" data-focus-step={feedback.focusStep}>
          <Cell
            code={question.program}
            verbatim
            python={question.python}
            platform={question.platform}
            step={feedback.focusStep}
            title={`${question.title}, explained`}
          />
        </div>
      </div>
    </section>
  );
});
