'use client';

import { useEffect } from 'react';
import { setLessonState, useProgress } from './progress';

/** Records that the lesson was opened, and lets the learner mark it finished (or not). */
export function MarkLessonDone({ slug }: { slug: string }) {
  const progress = useProgress();
  const done = progress?.[slug] === 'done';

  useEffect(() => {
    setLessonState(slug, 'visited');
  }, [slug]);

  return (
    <button
      type="button"
      onClick={() => setLessonState(slug, done ? 'visited' : 'done')}
      aria-pressed={done}
      className={
        done
          ? 'rounded-lg border border-emerald-600 bg-emerald-50 px-4 py-2 text-sm font-semibold text-emerald-800 hover:bg-emerald-100 dark:border-emerald-500 dark:bg-emerald-950/50 dark:text-emerald-200'
          : 'rounded-lg bg-sky-700 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-800 dark:bg-sky-700 dark:hover:bg-sky-800'
      }
    >
      {done ? '✓ Finished' : 'Mark lesson as finished'}
    </button>
  );
}
