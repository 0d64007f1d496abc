import Link from 'next/link';
import type { Lesson } from '@/lib/content/lessons';

/** The list of lessons beside the article; the current one is marked with aria-current. */
export function LessonSidebar({ lessons, current }: { lessons: Lesson[]; current: string }) {
  return (
    <nav aria-label="Lessons">
      <p className="mb-3 px-3 text-xs font-bold tracking-wide text-slate-600 uppercase dark:text-slate-400">Lessons</p>
      <ol className="space-y-1">
        {lessons.map((lesson, index) => {
          const active = lesson.slug === current;
          return (
            <li key={lesson.slug}>
              <Link
                href={`/learn/${lesson.slug}`}
                aria-current={active ? 'page' : undefined}
                className={`flex gap-2 rounded-lg px-3 py-2 text-sm ${
                  active
                    ? 'bg-sky-100 font-semibold text-sky-900 dark:bg-sky-900/50 dark:text-sky-100'
                    : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white'
                }`}
              >
                <span aria-hidden="true" className="w-4 shrink-0 text-right tabular-nums">
                  {index + 1}
                </span>
                <span>{lesson.title}</span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
