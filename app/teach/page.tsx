// /teach: create an assignment. No account: the page hands back a learners' link and a private
// results link. The bank's templates are listed on the server; the form runs in the browser.
import type { Metadata } from 'next';
import { CreateAssignmentForm, type TemplateChoice } from '@/components/teach/CreateAssignmentForm';
import { lessonTitle, templateSummaries } from '@/lib/quiz/server';
import { TOPICS } from '@/lib/quiz/template';

export const metadata: Metadata = {
  title: 'Assign a quiz',
  description: 'Give your class a quiz on how CPython manages memory: each learner gets their own variants, graded on the server, with results live as they submit.',
  alternates: { canonical: '/teach' },
};

export default function TeachPage() {
  const templates: TemplateChoice[] = templateSummaries().map((t) => ({
    id: t.id, title: t.title, lesson: t.lesson, lessonTitle: lessonTitle(t.lesson), topic: t.topic, topicLabel: TOPICS[t.topic], python: t.python,
  }));
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-8 outline-none sm:px-6 sm:py-10">
      <header className="mb-8">
        <p className="text-sm font-semibold text-sky-800 dark:text-sky-300">For instructors</p>
        <h1 className="mt-2 text-3xl font-extrabold tracking-tight text-slate-900 sm:text-4xl dark:text-white">Assign a quiz</h1>
        <p className="mt-3 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
          Pick questions, share one link. Every learner gets their own variants, grading happens on the server, and you
          watch results arrive. No accounts.
        </p>
      </header>
      <CreateAssignmentForm templates={templates} />
    </main>
  );
}
