// One exact variant: /quiz/<templateId>?seed=..&python=..&platform=..
// A link without a seed (or with a malformed field) is completed and redirected, so every
// question on screen has a URL that reproduces it.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { GradingRules } from '@/components/quiz/GradingRules';
import { SingleQuiz } from '@/components/quiz/SingleQuiz';
import { findTemplate } from '@/lib/quiz/bank';
import { DEFAULT_TARGET, readVariantQuery, templateIdSchema, variantPath } from '@/lib/quiz/links';
import { lessonTitle, loadQuestion, randomSeed } from '@/lib/quiz/server';

type Props = {
  params: Promise<{ templateId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { templateId } = await params;
  const template = findTemplate(templateId);
  if (!template) return {};
  return {
    title: `${template.title} · Quiz`,
    description: `A quiz question from “${lessonTitle(template.lesson)}”: predict what CPython does, then step through why.`,
    robots: { index: false },
  };
}

export default async function VariantPage({ params, searchParams }: Props) {
  const { templateId } = await params;
  if (!templateIdSchema.safeParse(templateId).success) notFound();
  const template = findTemplate(templateId);
  if (!template) notFound();
  const query = readVariantQuery(await searchParams);
  if (query.seed === null || query.python === null || query.platform === null) {
    const python = query.python ?? (template.python && !template.python.includes(DEFAULT_TARGET.python) ? template.python[0] : DEFAULT_TARGET.python);
    redirect(variantPath({ templateId, seed: query.seed ?? randomSeed(), python, platform: query.platform ?? DEFAULT_TARGET.platform }));
  }
  const loaded = await loadQuestion({ templateId, seed: query.seed, python: query.python, platform: query.platform });

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-8 outline-none sm:px-6 sm:py-10">
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href="/quiz" className="font-medium text-sky-800 underline-offset-4 hover:underline dark:text-sky-300">
          Quiz
        </Link>
        <span aria-hidden="true" className="mx-2 text-slate-500">
          /
        </span>
        <span className="text-slate-700 dark:text-slate-300">{lessonTitle(template.lesson)}</span>
      </nav>
      <h1 className="mb-6 text-2xl font-extrabold tracking-tight text-slate-900 sm:text-3xl dark:text-white">{template.title}</h1>
      {loaded.ok ? (
        <SingleQuiz question={loaded.value} />
      ) : (
        <div role="alert" className="rounded-xl border border-rose-300 bg-rose-50 p-4 text-rose-900 dark:border-rose-800 dark:bg-rose-950/40 dark:text-rose-100" data-testid="quiz-error">
          <p>{loaded.error}</p>
          <p className="mt-2">
            <Link href={variantPath({ templateId, seed: randomSeed(), ...(template.python ? { python: template.python[0], platform: '64bit' } : DEFAULT_TARGET) })} className="font-semibold underline underline-offset-4">
              Open another variant
            </Link>
          </p>
        </div>
      )}
      <div className="mt-10">
        <GradingRules />
      </div>
    </main>
  );
}
