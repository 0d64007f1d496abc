'use client';
// <LessonQuiz lesson="slug" /> at the end of a lesson: N questions from the lesson's templates,
// one at a time, then the score. Results stay in this browser (quiz-store.ts) for the course home.
import Link from 'next/link';
import { useEffect, useRef, useState, useTransition } from 'react';
import { drawLessonQuizAction } from '@/app/quiz/actions';
import { variantPath } from '@/lib/quiz/links';
import type { Feedback, QuestionView } from '@/lib/quiz/public-types';
import { GradingRules } from './GradingRules';
import { QuestionCard } from './QuestionCard';
import { recordLessonQuiz, rememberTarget, useQuizStore } from './quiz-store';
import { quizButton } from './styles';
import { VersionPicker, type QuizTarget } from './VersionPicker';

type Phase =
  | { name: 'intro' }
  | { name: 'asking'; questions: QuestionView[]; index: number; results: (Feedback | null)[] }
  | { name: 'done'; questions: QuestionView[]; results: Feedback[] };

const DEFAULT: QuizTarget = { python: '3.13', platform: '64bit' };

export function LessonQuiz({ lesson, count = 5, title = 'Check your understanding' }: { lesson: string; count?: number; title?: string }) {
  const store = useQuizStore();
  const [chosen, setChosen] = useState<QuizTarget | null>(null);
  const target = chosen ?? store?.target ?? DEFAULT;
  const [phase, setPhase] = useState<Phase>({ name: 'intro' });
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const record = store?.lessons[lesson];

  useEffect(() => {
    if (phase.name === 'done') resultsHeading.current?.focus();
  }, [phase.name]);

  function start() {
    setError(null);
    startTransition(async () => {
      try {
        const result = await drawLessonQuizAction({ lesson, count, python: target.python, platform: target.platform });
        if (!result.ok) return setError(result.error);
        setPhase({ name: 'asking', questions: result.value, index: 0, results: result.value.map(() => null) });
      } catch {
        setError('Could not reach the server. Check your connection and try again.');
      }
    });
  }

  function answered(feedback: Feedback) {
    setPhase((p) => (p.name === 'asking' ? { ...p, results: p.results.map((r, i) => (i === p.index ? feedback : r)) } : p));
  }

  function next() {
    if (phase.name !== 'asking') return;
    if (phase.index + 1 < phase.questions.length) return setPhase({ ...phase, index: phase.index + 1 });
    const results = phase.results.filter((r): r is Feedback => r !== null);
    const score = results.reduce((sum, r) => sum + r.score, 0) / phase.questions.length;
    recordLessonQuiz(lesson, { score, questions: phase.questions.length, right: results.filter((r) => r.correct).length });
    setPhase({ name: 'done', questions: phase.questions, results });
  }

  return (
    <section aria-labelledby={`lesson-quiz-${lesson}`} className="not-prose my-10 rounded-2xl border border-slate-200 bg-slate-50 p-4 sm:p-6 dark:border-slate-800 dark:bg-slate-900" data-testid="lesson-quiz">
      <h2 id={`lesson-quiz-${lesson}`} className="text-2xl font-bold text-slate-900 dark:text-white">
        {title}
      </h2>

      {phase.name === 'intro' && (
        <div className="mt-3 space-y-4">
          <p className="text-slate-700 dark:text-slate-300">
            {count} questions about this lesson, one at a time. Each is a fresh variant whose answer the simulator computes for the
            Python version you pick; after each answer you can step through why.
          </p>
          {record && (
            <p className="text-sm font-medium text-slate-800 dark:text-slate-200" data-testid="lesson-quiz-best">
              Your best score: {Math.round(record.best * 100)}% · last time {record.right} of {record.questions} right.
            </p>
          )}
          <div className="flex flex-wrap items-end gap-4">
            <VersionPicker
              id={`lesson-quiz-${lesson}-python`}
              value={target}
              onChange={(t) => {
                setChosen(t);
                rememberTarget(t);
              }}
            />
            <button type="button" className={quizButton.primary} onClick={start} disabled={pending} data-testid="lesson-quiz-start">
              {pending ? 'Preparing questions…' : record ? 'Take the quiz again' : 'Start the quiz'}
            </button>
          </div>
          <p aria-live="polite" className="text-sm text-rose-800 empty:hidden dark:text-rose-300">
            {error}
          </p>
        </div>
      )}

      {phase.name === 'asking' && (
        <div className="mt-4">
          <QuestionCard
            key={phase.index}
            question={phase.questions[phase.index]}
            position={`Question ${phase.index + 1} of ${phase.questions.length}`}
            headingLevel={3}
            focusOnMount
            onAnswered={answered}
            actions={() => (
              <button type="button" className={quizButton.primary} onClick={next} data-testid="lesson-quiz-next">
                {phase.index + 1 < phase.questions.length ? 'Next question' : 'See your score'}
              </button>
            )}
          />
        </div>
      )}

      {phase.name === 'done' && <Results lesson={lesson} questions={phase.questions} results={phase.results} headingRef={resultsHeading} onRetake={() => setPhase({ name: 'intro' })} />}

      <div className="mt-6">
        <GradingRules />
      </div>
    </section>
  );
}

function Results({
  lesson,
  questions,
  results,
  headingRef,
  onRetake,
}: {
  lesson: string;
  questions: QuestionView[];
  results: Feedback[];
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onRetake(): void;
}) {
  const points = results.reduce((sum, r) => sum + r.score, 0);
  const right = results.filter((r) => r.correct).length;
  const percent = Math.round((points / questions.length) * 100);
  return (
    <div className="mt-4 space-y-4" data-testid="lesson-quiz-results">
      <h3 ref={headingRef} tabIndex={-1} className="text-xl font-bold text-slate-900 outline-none dark:text-white" aria-live="polite">
        You scored {percent}%: {right} of {questions.length} fully right
      </h3>
      <ol className="grid gap-2">
        {questions.map((q, i) => {
          const r = results[i];
          const tone = r?.correct ? 'right' : r && r.score > 0 ? 'partly right' : 'wrong';
          return (
            <li key={i} className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-slate-200 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-950">
              <span aria-hidden="true" className={r?.correct ? 'text-emerald-700 dark:text-emerald-400' : 'text-rose-700 dark:text-rose-400'}>
                {r?.correct ? '✓' : r && r.score > 0 ? '◐' : '✗'}
              </span>
              <span className="min-w-0 flex-1 text-slate-800 dark:text-slate-200">
                {q.title} <span className="sr-only">({tone})</span>
              </span>
              <Link href={variantPath(q)} className={quizButton.link}>
                Open again<span className="sr-only">: {q.title}</span>
              </Link>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap gap-3">
        <button type="button" className={quizButton.primary} onClick={onRetake} data-testid="lesson-quiz-retake">
          Take it again
        </button>
        <Link href={`/quiz?lesson=${encodeURIComponent(lesson)}`} className={quizButton.secondary}>
          Practise this lesson more
        </Link>
      </div>
    </div>
  );
}
