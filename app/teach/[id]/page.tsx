// /teach/<id>#key=<secret>: an assignment's results. The secret stays in the fragment (never sent in
// a request line or Referer); the page's script sends it in a header to the results API.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { InstructorResults } from '@/components/teach/InstructorResults';
import { idSchema } from '@/lib/assignments/schemas';

export const metadata: Metadata = { title: 'Results', robots: { index: false, follow: false }, referrer: 'no-referrer' };

export default async function ResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 outline-none sm:px-6 sm:py-10">
      <InstructorResults id={parsed.data} />
    </main>
  );
}
