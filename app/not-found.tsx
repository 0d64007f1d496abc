import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-2xl px-4 py-20 text-center outline-none sm:px-6">
      <p className="text-sm font-semibold tracking-wide text-sky-800 uppercase dark:text-sky-300">404</p>
      <h1 className="mt-3 text-3xl font-extrabold tracking-tight text-slate-900 sm:text-4xl dark:text-white">
        This page does not exist
      </h1>
      <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">
        The name you followed is not bound to anything here. Perhaps the lesson moved, or the link has a typo.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-4">
        <Link href="/" className="rounded-lg bg-sky-700 px-5 py-3 font-semibold text-white hover:bg-sky-800 dark:bg-sky-700 dark:hover:bg-sky-800">
          Go to the course home
        </Link>
        <Link
          href="/learn"
          className="rounded-lg border border-slate-300 px-5 py-3 font-semibold text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800"
        >
          All lessons
        </Link>
      </div>
    </main>
  );
}
