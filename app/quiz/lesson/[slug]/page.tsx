// /quiz/lesson/<slug>: a lesson's end-of-lesson quiz on its own page (the course home links here;
// lessons embed the same <LessonQuiz>).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LessonQuiz } from '@/components/quiz/LessonQuiz';
import { templatesForLesson } from '@/lib/quiz/bank';
import { lessonTitle } from '@/lib/quiz/server';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (templatesForLesson(slug).length === 0) return {};
  return { title: `Quiz: ${lessonTitle(slug)}`, description: `Check your understanding of “${lessonTitle(slug)}” with questions the simulator answers.` };
}

export default async function LessonQuizPage({ params }: Props) {
  const { slug } = await params;
  const templates = templatesForLesson(slug);
  if (templates.length === 0) notFound();
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-8 outline-none sm:px-6 sm:py-10">
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href="/quiz" className="font-medium text-sky-800 underline-offset-4 hover:underline dark:text-sky-300">
          Quiz
        </Link>
        <span aria-hidden="true" className="mx-2 text-slate-500">
          /
        </span>
        <span className="text-slate-700 dark:text-slate-300">{lessonTitle(slug)}</span>
      </nav>
      <h1 className="text-3xl font-extrabold tracking-tight text-balance text-slate-900 sm:text-4xl dark:text-white">Quiz: {lessonTitle(slug)}</h1>
      <LessonQuiz lesson={slug} count={Math.min(5, Math.max(3, templates.length))} title="The lesson's quiz" />
    </main>
  );
}
