'use client';
// A lesson's best quiz score from this browser, as a small badge (course home). Kept apart from
// LessonQuiz so the home page does not load the quiz itself.
import { useQuizStore } from './quiz-store';

export function LessonQuizScore({ lesson }: { lesson: string }) {
  const record = useQuizStore()?.lessons[lesson];
  if (!record) return null;
  return (
    <span className="rounded-full bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-900 dark:bg-sky-900/60 dark:text-sky-100" data-testid="lesson-quiz-score">
      Quiz {Math.round(record.best * 100)}%
    </span>
  );
}
