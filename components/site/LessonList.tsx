import Link from 'next/link';
import type { Lesson } from '@/lib/content/lessons';
import { LessonQuizScore } from '@/components/quiz/LessonQuizScore';
import { LessonBadge } from './LessonProgress';

/** The ordered course contents: number, title, summary, reading time, progress. */
export function LessonList({ lessons }: { lessons: Lesson[] }) {
  return (
    <ol className="grid gap-4" data-testid="lesson-list">
      {lessons.map((lesson, index) => (
        <li key={lesson.slug}>
          <Link
            href={`/learn/${lesson.slug}`}
            className="group flex gap-4 rounded-2xl border border-slate-200 bg-white p-5 transition hover:border-sky-400 hover:shadow-md sm:p-6 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-sky-500"
          >
            <span
              aria-hidden="true"
              className="flex size-10 shrink-0 items-center justify-center rounded-full bg-sky-100 text-lg font-bold text-sky-800 dark:bg-sky-900/60 dark:text-sky-200"
            >
              {index + 1}
            </span>
            <span className="min-w-0">
              <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className="text-lg font-semibold text-slate-900 group-hover:text-sky-800 dark:text-white dark:group-hover:text-sky-300">
                  <span className="sr-only">Lesson {index + 1}: </span>
                  {lesson.title}
                </span>
                <LessonBadge slug={lesson.slug} />
                <LessonQuizScore lesson={lesson.slug} />
              </span>
              <span className="mt-1 block text-slate-600 dark:text-slate-400">{lesson.summary}</span>
              <span className="mt-2 block text-sm text-slate-600 dark:text-slate-400">{lesson.minutes} min read</span>
            </span>
          </Link>
        </li>
      ))}
    </ol>
  );
}
