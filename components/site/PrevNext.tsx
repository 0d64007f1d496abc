import Link from 'next/link';
import type { Lesson } from '@/lib/content/lessons';

export function PrevNext({ previous, next }: { previous?: Lesson; next?: Lesson }) {
  if (!previous && !next) return null;
  const card =
    'flex flex-col rounded-xl border border-slate-200 p-4 hover:border-sky-400 dark:border-slate-800 dark:hover:border-sky-500';
  return (
    <nav aria-label="Previous and next lessons" className="mt-10 grid gap-4 sm:grid-cols-2">
      {previous ? (
        <Link href={`/learn/${previous.slug}`} rel="prev" className={card}>
          <span className="text-xs font-semibold text-slate-600 uppercase dark:text-slate-400">← Previous</span>
          <span className="mt-1 font-semibold text-slate-900 dark:text-white">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next && (
        <Link href={`/learn/${next.slug}`} rel="next" className={`${card} sm:items-end sm:text-right`}>
          <span className="text-xs font-semibold text-slate-600 uppercase dark:text-slate-400">Next →</span>
          <span className="mt-1 font-semibold text-slate-900 dark:text-white">{next.title}</span>
        </Link>
      )}
    </nav>
  );
}
