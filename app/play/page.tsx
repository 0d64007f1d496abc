// /play: the free playground. A shared link (/play?s=1.…) reopens the exact state: code, Python
// version, platform and step. A broken link says so and opens an empty playground.
import type { Metadata } from 'next';
import { decodeShareState, SHARE_PARAM } from '@/lib/share/codec';
import { Playground } from './Playground';

type Search = Promise<Record<string, string | string[] | undefined>>;

function sharedParam(search: Record<string, string | string[] | undefined>): string | null {
  const value = search[SHARE_PARAM];
  return typeof value === 'string' ? value : null;
}

export async function generateMetadata({ searchParams }: { searchParams: Search }): Promise<Metadata> {
  const param = sharedParam(await searchParams);
  const decoded = param ? decodeShareState(param) : null;
  if (!decoded?.ok) {
    return {
      title: 'Playground',
      description: 'Run Python and watch its memory: names, objects, reference counts and the garbage collector, step by step.',
      alternates: { canonical: '/play' },
    };
  }
  const firstLine = decoded.state.code.split('\n').find((l) => l.trim() !== '') ?? '';
  const title = `Shared Python program (CPython ${decoded.state.python})`;
  const description = `${firstLine.slice(0, 120)} · step through its memory in Memory Lab.`;
  const image = { url: `/play/og?${SHARE_PARAM}=${encodeURIComponent(param!)}`, width: 1200, height: 630, alt: 'The shared program' };
  return {
    title,
    description,
    robots: { index: false },
    openGraph: { title, description, images: [image], type: 'website' },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
  };
}

export default async function PlayPage({ searchParams }: { searchParams: Search }) {
  const param = sharedParam(await searchParams);
  const decoded = param ? decodeShareState(param) : null;
  return (
    <main id="main" className="mx-auto max-w-[90rem] px-4 py-8 sm:px-6">
      <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl dark:text-white">Playground</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Write Python, run it in a simulated CPython, and step through its memory: every name, object, reference count and
        who holds it. Check the output against real CPython 3.14 running in your browser, then share the exact state with a link.
      </p>
      {decoded && !decoded.ok && (
        <p role="alert" className="mt-4 rounded-lg border border-rose-300 bg-rose-50 px-4 py-3 text-rose-900 dark:border-rose-800 dark:bg-rose-950/50 dark:text-rose-100" data-testid="share-error">
          {decoded.reason} The playground opened empty instead.
        </p>
      )}
      <Playground shared={decoded?.ok ? decoded.state : null} />
    </main>
  );
}
