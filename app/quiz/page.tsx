// /quiz: practice mixing questions from every lesson. The first question is drawn on the server
// (no spinner on arrival); later ones come from a server action. Filters are read from the URL.
import type { Metadata } from 'next';
import { GradingRules } from '@/components/quiz/GradingRules';
import { PracticeQuiz, type PracticeFilters } from '@/components/quiz/PracticeQuiz';
import { DEFAULT_TARGET, readVariantQuery } from '@/lib/quiz/links';
import { drawQuestion, lessonTitle, templateSummaries } from '@/lib/quiz/server';
import { TOPICS, type Topic } from '@/lib/quiz/template';

export const metadata: Metadata = {
  title: 'Quiz',
  description: 'Predict what CPython does with memory, then step through why. Questions generated and answered by the simulator, for Python 3.10 to 3.14.',
  alternates: { canonical: '/quiz' },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QuizPage({ searchParams }: Props) {
  const query = await searchParams;
  const summaries = templateSummaries();
  const lessonSlugs = [...new Set(summaries.map((t) => t.lesson))];
  const lessons = lessonSlugs.map((slug) => ({ slug, title: lessonTitle(slug), count: summaries.filter((t) => t.lesson === slug).length }));
  const topics = (Object.keys(TOPICS) as Topic[])
    .map((id) => ({ id, label: TOPICS[id], count: summaries.filter((t) => t.topic === id).length }))
    .filter((t) => t.count > 0);

  const one = (key: string) => (typeof query[key] === 'string' ? (query[key] as string) : null);
  const { python, platform } = readVariantQuery(query);
  const filters: PracticeFilters = {
    lesson: lessonSlugs.includes(one('lesson') ?? '') ? one('lesson') : null,
    topic: topics.some((t) => t.id === one('topic')) ? one('topic') : null,
    target: { python: python ?? DEFAULT_TARGET.python, platform: platform ?? DEFAULT_TARGET.platform },
  };
  const first = await drawQuestion({
    python: filters.target.python,
    platform: filters.target.platform,
    ...(filters.lesson ? { lesson: filters.lesson } : {}),
    ...(filters.topic ? { topic: filters.topic } : {}),
  });

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-8 outline-none sm:px-6 sm:py-10">
      <header className="mb-8">
        <p className="text-sm font-semibold text-sky-800 dark:text-sky-300">Practice</p>
        <h1 className="mt-2 text-3xl font-extrabold tracking-tight text-balance text-slate-900 sm:text-4xl dark:text-white">Quiz</h1>
        <p className="mt-3 max-w-2xl text-lg text-pretty text-slate-700 dark:text-slate-300">
          Predict what CPython does, then step through why. Every question is a fresh variant of a template, and its answer
          is computed by running it for the Python version you choose. {summaries.length} question templates across{' '}
          {lessons.length} {lessons.length === 1 ? 'lesson' : 'lessons'}.
        </p>
      </header>
      <PracticeQuiz
        initial={first.ok ? first.value : null}
        initialError={first.ok ? null : first.error}
        filters={filters}
        lessons={lessons}
        topics={topics}
      />
      <div className="mt-10">
        <GradingRules />
      </div>
    </main>
  );
}
