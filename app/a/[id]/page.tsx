// /a/<id>: the learners' page of an assignment. The summary (title, instructions, times) renders on
// the server; starting, answering and submitting happen in the browser against /api/a/<id>/*.
import type { Metadata } from 'next';
import { LearnerAssignment } from '@/components/teach/LearnerAssignment';
import { getDb } from '@/lib/db';
import { findAssignment } from '@/lib/db/queries';
import { idSchema } from '@/lib/assignments/schemas';
import { summarize } from '@/lib/assignments/service';
import { ui } from '@/components/teach/ui';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Assignment', robots: { index: false, follow: false } };

export default async function AssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const parsed = idSchema.safeParse((await params).id);
  const assignment = parsed.success ? await findAssignment((await getDb()).db, parsed.data) : null;
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-8 outline-none sm:px-6 sm:py-10">
      {assignment ? (
        <LearnerAssignment summary={summarize(assignment, new Date())} />
      ) : (
        <section className={ui.card} data-testid="assignment-missing">
          <h1 className="text-2xl font-bold text-slate-900 dark:text-white">Assignment not found</h1>
          <p className="mt-2 text-slate-700 dark:text-slate-300">This link does not lead to an assignment. Check that you copied all of it, or ask your instructor for the link again.</p>
        </section>
      )}
    </main>
  );
}
