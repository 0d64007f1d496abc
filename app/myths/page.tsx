import type { Metadata } from 'next';
import Link from 'next/link';
import { CopyLinkButton } from '@/components/mdx/CopyLinkButton';
import { MYTH_GROUPS, mythAnchor, mythHref, type Myth, type Verdict } from '@/content/myths';
import { listLessons, type Lesson } from '@/lib/content/lessons';

const description =
  'Popular claims about Python variables and memory, each with a verdict (wrong, misleading or right) and a link to the lesson that shows what CPython really does.';

export const metadata: Metadata = {
  title: 'Myths',
  description,
  alternates: { canonical: '/myths' },
  openGraph: { type: 'website', title: 'Myths about Python memory', description, url: '/myths' },
};

const VERDICT_STYLE: Record<Verdict, string> = {
  wrong: 'border-rose-300 bg-rose-50 text-rose-800 dark:border-rose-800 dark:bg-rose-950/50 dark:text-rose-200',
  misleading: 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-200',
  right: 'border-emerald-300 bg-emerald-50 text-emerald-800 dark:border-emerald-800 dark:bg-emerald-950/50 dark:text-emerald-200',
};

function Answer({ myth, lessons }: { myth: Myth; lessons: Map<string, Lesson> }) {
  const lesson = lessons.get(myth.lesson);
  const section = lesson?.headings.find((heading) => heading.id === myth.section);
  return (
    <p className="mt-3 text-sm">
      <Link href={mythHref(myth)} className="font-medium text-sky-800 underline underline-offset-2 hover:text-sky-950 dark:text-sky-300 dark:hover:text-sky-100">
        {lesson ? `${lesson.title}${section ? `: ${section.text}` : ''}` : 'The lesson that answers it'}
      </Link>
    </p>
  );
}

export default function MythsPage() {
  const lessons = new Map(listLessons().map((lesson) => [lesson.slug, lesson]));
  const total = MYTH_GROUPS.reduce((sum, group) => sum + group.myths.length, 0);
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-12 outline-none sm:px-6">
      <h1 className="text-3xl font-extrabold tracking-tight text-slate-900 sm:text-4xl dark:text-white">Myths</h1>
      <p className="mt-3 max-w-2xl text-lg text-slate-700 dark:text-slate-300">
        Popular articles on Python variables and memory repeat {total} claims, some right, many wrong or
        misleading. Here is each one, paraphrased, with a verdict and the lesson section that shows, with
        code you can run, what CPython really does.
      </p>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Every claim has its own link: use the link icon next to its id to share it.</p>

      <nav aria-label="Claim groups" className="mt-6">
        <ul className="flex flex-wrap gap-2 text-sm">
          {MYTH_GROUPS.map((group) => (
            <li key={group.letter}>
              <a href={`#group-${group.letter.toLowerCase()}`} className="inline-block rounded-lg border border-slate-200 px-3 py-1.5 text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800">
                {group.letter}. {group.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      {MYTH_GROUPS.map((group) => (
        <section key={group.letter} aria-labelledby={`group-${group.letter.toLowerCase()}`} className="mt-12">
          <h2 id={`group-${group.letter.toLowerCase()}`} className="scroll-mt-20 text-2xl font-bold text-slate-900 dark:text-white">
            {group.letter}. {group.title}
          </h2>
          <ul className="mt-4 space-y-4">
            {group.myths.map((myth) => {
              const anchor = mythAnchor(myth.id);
              return (
                <li key={myth.id} id={anchor} className="group/heading scroll-mt-20 rounded-xl border border-slate-200 p-5 dark:border-slate-700">
                  <article aria-labelledby={`${anchor}-title`}>
                    <h3 id={`${anchor}-title`} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-base font-semibold text-slate-900 dark:text-white">
                      <span className="font-mono text-sm text-slate-600 dark:text-slate-400">{myth.id}</span>
                      <span className={`rounded-full border px-2.5 py-0.5 text-xs font-bold tracking-wide uppercase ${VERDICT_STYLE[myth.verdict]}`}>
                        <span className="sr-only">Verdict: </span>
                        {myth.verdict}
                      </span>
                      <CopyLinkButton id={anchor} label={`claim ${myth.id}`} />
                    </h3>
                    <p className="mt-2 text-slate-900 dark:text-slate-100">{myth.claim}</p>
                    <p className="mt-2 text-slate-700 dark:text-slate-300">{myth.why}</p>
                    <Answer myth={myth} lessons={lessons} />
                  </article>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </main>
  );
}
