'use client';

import { useProgress } from './progress';

/** "2 of 5 lessons finished", shown once the learner has opened a lesson. */
export function CourseProgress({ slugs }: { slugs: string[] }) {
  const progress = useProgress();
  const done = progress ? slugs.filter((slug) => progress[slug] === 'done').length : 0;
  const started = progress ? slugs.some((slug) => progress[slug]) : false;
  const percent = slugs.length ? Math.round((done / slugs.length) * 100) : 0;
  return (
    <div className="min-h-[3.25rem]" aria-live="polite" data-testid="course-progress">
      {started && (
        <>
          <p className="text-sm font-medium text-slate-700 dark:text-slate-300">
            {done} of {slugs.length} {slugs.length === 1 ? 'lesson' : 'lessons'} finished
          </p>
          <div
            className="mt-2 h-2 w-full max-w-xs overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
            role="progressbar"
            aria-label="Course progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
          >
            <div className="h-full rounded-full bg-emerald-600 dark:bg-emerald-500" style={{ width: `${percent}%` }} />
          </div>
        </>
      )}
    </div>
  );
}

/** A small badge on a lesson card: finished, or started. */
export function LessonBadge({ slug }: { slug: string }) {
  const state = useProgress()?.[slug];
  if (!state) return null;
  return state === 'done' ? (
    <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-200">
      ✓ Finished
    </span>
  ) : (
    <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900/50 dark:text-amber-200">
      Started
    </span>
  );
}
