'use client';
// /quiz: practice questions from every lesson, filtered by lesson and topic, for a chosen Python.
// Filters live in the URL (replaceState) so a filtered practice page can be bookmarked.
import Link from 'next/link';
import { useState, useTransition } from 'react';
import { drawQuestionAction } from '@/app/quiz/actions';
import { variantPath } from '@/lib/quiz/links';
import type { QuestionView } from '@/lib/quiz/public-types';
import { CopyVariantLink } from './CopyVariantLink';
import { QuestionCard } from './QuestionCard';
import { rememberTarget } from './quiz-store';
import { quizButton } from './styles';
import { VersionPicker, type QuizTarget } from './VersionPicker';

export interface PracticeFilters {
  lesson: string | null;
  topic: string | null;
  target: QuizTarget;
}

interface Props {
  initial: QuestionView | null;
  initialError: string | null;
  filters: PracticeFilters;
  lessons: readonly { slug: string; title: string; count: number }[];
  topics: readonly { id: string; label: string; count: number }[];
}

const selectClass =
  'w-full rounded-lg border border-slate-300 bg-white px-2 py-2 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';
const labelClass = 'text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300';

export function PracticeQuiz({ initial, initialError, filters: initialFilters, lessons, topics }: Props) {
  const [filters, setFilters] = useState(initialFilters);
  const [question, setQuestion] = useState(initial);
  const [error, setError] = useState(initialError);
  const [tally, setTally] = useState({ answered: 0, right: 0, points: 0 });
  const [pending, startTransition] = useTransition();
  // Focus follows a new question only when the learner asked for one (Next, Another), not when a
  // filter changed: arrowing through a select must not pull focus away from it.
  const [focusNew, setFocusNew] = useState(false);

  function draw(next: PracticeFilters, options: { sameTemplate?: boolean; focus?: boolean } = {}) {
    startTransition(async () => {
      try {
        const result = await drawQuestionAction({
          python: next.target.python,
          platform: next.target.platform,
          ...(options.sameTemplate && question ? { templateId: question.templateId } : {}),
          ...(!options.sameTemplate && next.lesson ? { lesson: next.lesson } : {}),
          ...(!options.sameTemplate && next.topic ? { topic: next.topic } : {}),
          ...(!options.sameTemplate && question ? { avoid: [question.templateId] } : {}),
        });
        if (result.ok) {
          setFocusNew(options.focus ?? false);
          setQuestion(result.value);
          setError(null);
        } else {
          setQuestion(null);
          setError(result.error);
        }
      } catch {
        setError('Could not reach the server. Check your connection and try again.');
      }
    });
  }

  function changeFilters(next: PracticeFilters) {
    setFilters(next);
    const query = new URLSearchParams();
    if (next.lesson) query.set('lesson', next.lesson);
    if (next.topic) query.set('topic', next.topic);
    query.set('python', next.target.python);
    query.set('platform', next.target.platform);
    window.history.replaceState(null, '', `/quiz?${query.toString()}`);
    if (next.target !== filters.target) rememberTarget(next.target);
    draw(next);
  }

  return (
    <div className="space-y-6">
      <form
        className="grid gap-4 rounded-2xl border border-slate-200 bg-slate-50 p-4 sm:grid-cols-3 dark:border-slate-800 dark:bg-slate-900"
        aria-label="Question filters"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="quiz-lesson" className={labelClass}>
            Lesson
          </label>
          <select
            id="quiz-lesson"
            className={selectClass}
            value={filters.lesson ?? ''}
            onChange={(e) => changeFilters({ ...filters, lesson: e.target.value || null })}
            data-testid="quiz-filter-lesson"
          >
            <option value="">All lessons</option>
            {lessons.map((l) => (
              <option key={l.slug} value={l.slug}>
                {l.title} ({l.count})
              </option>
            ))}
          </select>
        </div>
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="quiz-topic" className={labelClass}>
            Topic
          </label>
          <select
            id="quiz-topic"
            className={selectClass}
            value={filters.topic ?? ''}
            onChange={(e) => changeFilters({ ...filters, topic: e.target.value || null })}
            data-testid="quiz-filter-topic"
          >
            <option value="">All topics</option>
            {topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label} ({t.count})
              </option>
            ))}
          </select>
        </div>
        <VersionPicker id="quiz-version" value={filters.target} onChange={(target) => changeFilters({ ...filters, target })} />
      </form>

      <div className="flex flex-wrap items-center justify-between gap-3 text-sm text-slate-700 dark:text-slate-300">
        <p aria-live="polite" data-testid="quiz-tally">
          {tally.answered === 0
            ? 'Answer a question to see your score for this session.'
            : `This session: ${tally.right} of ${tally.answered} right (${Math.round((tally.points / tally.answered) * 100)}% with partial credit).`}
        </p>
        {question && <CopyVariantLink variant={question} />}
      </div>

      <div aria-busy={pending} className={pending ? 'opacity-60 transition-opacity' : ''}>
        {question ? (
          <QuestionCard
            key={`${question.templateId}:${question.seed}:${question.python}:${question.platform}`}
            question={question}
            focusOnMount={focusNew}
            onAnswered={(f) => setTally((t) => ({ answered: t.answered + 1, right: t.right + (f.correct ? 1 : 0), points: t.points + f.score }))}
            actions={() => (
              <>
                <button type="button" className={quizButton.primary} onClick={() => draw(filters, { focus: true })} disabled={pending} data-testid="quiz-next">
                  Next question
                </button>
                <button type="button" className={quizButton.secondary} onClick={() => draw(filters, { sameTemplate: true, focus: true })} disabled={pending} data-testid="quiz-another">
                  Try another variant
                </button>
                <Link href={variantPath(question)} className={quizButton.link} data-testid="quiz-variant-link">
                  Open this question on its own page
                </Link>
              </>
            )}
          />
        ) : (
          <div role="alert" className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100" data-testid="quiz-error">
            <p>{error ?? 'No question to show.'}</p>
            <button type="button" className={`${quizButton.secondary} mt-3`} onClick={() => changeFilters({ ...filters, lesson: null, topic: null })}>
              Clear the filters
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
