'use client';
// Shown once, right after creating: the learners' link and the private instructor link. The
// secret is in the link's #fragment, which browsers never send to the server or in a Referer.
import { CopyField } from './CopyField';
import { ui } from './ui';
import { useOrigin } from './useInstructorKey';

export function instructorLink(origin: string, id: string, secret: string): string {
  return `${origin}/teach/${id}#key=${secret}`;
}

export function CreatedLinks({ id, secret, title }: { id: string; secret: string; title: string }) {
  const origin = useOrigin();
  const learners = `${origin}/a/${id}`;
  const instructor = instructorLink(origin, id, secret);
  return (
    <section className={`${ui.card} space-y-5`} aria-labelledby="created-heading" data-testid="created">
      <div>
        <h2 id="created-heading" tabIndex={-1} className="text-2xl font-bold text-slate-900 dark:text-white">“{title}” is ready</h2>
        <p className="mt-1 text-slate-700 dark:text-slate-300">Two links: one to share, one to keep.</p>
      </div>
      <CopyField label="Learners’ link: share it with your class" value={learners} testId="learner-link" />
      <div className="rounded-xl border-2 border-amber-400 bg-amber-50 p-4 dark:border-amber-500 dark:bg-amber-950/40">
        <CopyField label="Your private results link: keep it secret" value={instructor} testId="instructor-link"
          hint="This is the only way to see results, and it is shown only now: save it (bookmark or password manager). Anyone with it can see every learner’s answers. You can replace it later from the results page." />
      </div>
      <a href={`/teach/${id}#key=${secret}`} className="inline-flex items-center justify-center gap-2 rounded-lg bg-sky-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-sky-800" data-testid="open-results">
        Open the results page
      </a>
    </section>
  );
}
