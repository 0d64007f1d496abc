import type { Metadata } from 'next';
import { CourseProgress } from '@/components/site/LessonProgress';
import { LessonList } from '@/components/site/LessonList';
import { listLessons } from '@/lib/content/lessons';

export const metadata: Metadata = {
  title: 'Learn',
  description: 'All lessons of Memory Lab for Python, in order.',
  alternates: { canonical: '/learn' },
};

export default function LearnIndexPage() {
  const lessons = listLessons();
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-12 outline-none sm:px-6">
      <h1 className="text-3xl font-extrabold tracking-tight text-slate-900 sm:text-4xl dark:text-white">Learn</h1>
      <p className="mt-3 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
        The lessons build on each other; read them in order the first time.
      </p>
      <div className="mt-6">
        <CourseProgress slugs={lessons.map((lesson) => lesson.slug)} />
      </div>
      <div className="mt-4">
        <LessonList lessons={lessons} />
      </div>
    </main>
  );
}
