import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { KeepHashInView } from '@/components/site/KeepHashInView';
import { LessonSidebar } from '@/components/site/LessonSidebar';
import { MarkLessonDone } from '@/components/site/MarkLessonDone';
import { PrevNext } from '@/components/site/PrevNext';
import { TableOfContents } from '@/components/site/TableOfContents';
import { getLesson, listLessons, neighbours } from '@/lib/content/lessons';

export const dynamicParams = false;

export function generateStaticParams() {
  return listLessons().map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: PageProps<'/learn/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const lesson = getLesson(slug);
  if (!lesson) return {};
  const url = `/learn/${lesson.slug}`;
  return {
    title: lesson.title,
    description: lesson.summary,
    alternates: { canonical: url },
    openGraph: { type: 'article', title: lesson.title, description: lesson.summary, url },
    twitter: { card: 'summary_large_image', title: lesson.title, description: lesson.summary },
  };
}

export default async function LessonPage({ params }: PageProps<'/learn/[slug]'>) {
  const { slug } = await params;
  const lesson = getLesson(slug);
  if (!lesson) notFound();
  const lessons = listLessons();
  const position = lessons.findIndex((entry) => entry.slug === slug) + 1;
  const { previous, next } = neighbours(slug);
  const { default: Content } = await import(`@/content/lessons/${slug}.mdx`);

  return (
    <div className="mx-auto grid max-w-[90rem] grid-cols-1 gap-8 px-4 sm:px-6 lg:grid-cols-[15rem_minmax(0,1fr)] xl:grid-cols-[15rem_minmax(0,1fr)_14rem]">
      <aside className="hidden lg:block">
        <div className="sticky top-16 max-h-[calc(100dvh-4rem)] overflow-y-auto py-8">
          <LessonSidebar lessons={lessons} current={slug} />
        </div>
      </aside>

      <main id="main" tabIndex={-1} className="min-w-0 py-8 outline-none sm:py-10">
        <KeepHashInView />
        <details className="mb-6 rounded-xl border border-slate-200 lg:hidden dark:border-slate-800">
          <summary className="cursor-pointer rounded-xl px-4 py-3 text-sm font-semibold text-slate-800 dark:text-slate-200">
            Lesson {position} of {lessons.length}: all lessons
          </summary>
          <div className="px-1 pb-3">
            <LessonSidebar lessons={lessons} current={slug} />
          </div>
        </details>

        <article className="mx-auto max-w-3xl">
          <header className="mb-8">
            <p className="text-sm font-semibold text-sky-800 dark:text-sky-300">
              Lesson {position} · {lesson.minutes} min read
            </p>
            <h1 className="mt-2 text-3xl font-extrabold tracking-tight text-balance text-slate-900 sm:text-4xl dark:text-white">
              {lesson.title}
            </h1>
            <p className="mt-3 text-lg text-pretty text-slate-700 dark:text-slate-300">{lesson.summary}</p>
          </header>

          <details className="mb-8 rounded-xl border border-slate-200 px-4 py-3 xl:hidden dark:border-slate-800">
            <summary className="cursor-pointer text-sm font-semibold text-slate-800 dark:text-slate-200">On this page</summary>
            <div className="mt-3">
              <TableOfContents headings={lesson.headings} id="toc-inline" />
            </div>
          </details>

          <div className="lesson-prose prose prose-slate max-w-none dark:prose-invert prose-headings:scroll-mt-20 prose-h2:mt-12 prose-h2:text-2xl prose-pre:my-0 sm:prose-lg sm:prose-pre:my-0">
            <Content />
          </div>

          <div className="mt-12 flex flex-wrap items-center justify-between gap-4 border-t border-slate-200 pt-6 dark:border-slate-800">
            <p className="text-sm text-slate-600 dark:text-slate-400">Finished reading? Your progress stays in this browser.</p>
            <MarkLessonDone slug={slug} />
          </div>
          <PrevNext previous={previous} next={next} />
        </article>
      </main>

      <aside className="hidden xl:block">
        <div className="sticky top-16 max-h-[calc(100dvh-4rem)] overflow-y-auto py-10">
          <TableOfContents headings={lesson.headings} id="toc-side" />
        </div>
      </aside>
    </div>
  );
}
