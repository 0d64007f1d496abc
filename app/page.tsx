import Link from 'next/link';
import { CourseProgress } from '@/components/site/LessonProgress';
import { LessonList } from '@/components/site/LessonList';
import { listLessons } from '@/lib/content/lessons';

export default function HomePage() {
  const lessons = listLessons();
  const totalMinutes = lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
  const first = lessons[0];
  return (
    <main id="main" tabIndex={-1} className="outline-none">
      <section className="border-b border-slate-200 bg-gradient-to-b from-sky-50 to-white dark:border-slate-800 dark:from-slate-900 dark:to-slate-950">
        <div className="mx-auto max-w-4xl px-4 py-14 sm:px-6 sm:py-20">
          <p className="text-sm font-semibold tracking-wide text-sky-800 uppercase dark:text-sky-300">A course on CPython&apos;s memory</p>
          <h1 className="mt-3 text-4xl font-extrabold tracking-tight text-balance text-slate-900 sm:text-5xl dark:text-white">
            How Python really manages memory
          </h1>
          <p className="mt-5 max-w-2xl text-lg text-pretty text-slate-700 dark:text-slate-300">
            Names, references, reference counts, the cyclic garbage collector, object sizes and the allocator, taught by
            running code instead of repeating folklore. Each lesson takes a popular claim about Python&apos;s memory,
            shows what CPython actually does, and explains why the claim sounds right.
          </p>
          {first && (
            <div className="mt-8 flex flex-wrap items-center gap-4">
              <Link
                href={`/learn/${first.slug}`}
                className="rounded-lg bg-sky-700 px-5 py-3 font-semibold text-white shadow-sm hover:bg-sky-800 dark:bg-sky-700 dark:hover:bg-sky-800"
              >
                Start with “{first.title}”
              </Link>
              <span className="text-sm text-slate-600 dark:text-slate-400">
                {lessons.length} {lessons.length === 1 ? 'lesson' : 'lessons'} · about {totalMinutes} minutes
              </span>
            </div>
          )}
        </div>
      </section>
      <section aria-labelledby="lessons-heading" className="mx-auto max-w-4xl px-4 py-12 sm:px-6">
        <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
          <h2 id="lessons-heading" className="text-2xl font-bold text-slate-900 dark:text-white">
            Lessons
          </h2>
          <CourseProgress slugs={lessons.map((lesson) => lesson.slug)} />
        </div>
        <LessonList lessons={lessons} />
      </section>
    </main>
  );
}
