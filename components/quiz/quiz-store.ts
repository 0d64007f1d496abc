'use client';
// Lesson-quiz results and the preferred Python version, kept in this browser only. The key is
// versioned; anything unreadable in it (old shape, hand edits, another tab's bug) is dropped
// entry by entry instead of breaking the page. Mirrors components/site/progress.ts.
import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import { PLATFORMS, PYTHON_VERSIONS, type Platform, type PythonVersion } from '@/lib/share/schema';

export const QUIZ_STORAGE_KEY = 'memlab:quiz:v1';
const EVENT = 'memlab:quiz-change';

const lessonRecordSchema = z.object({
  /** Best and latest score, 0..1 (partial credit counts). */
  best: z.number().min(0).max(1),
  last: z.number().min(0).max(1),
  /** Questions in the latest attempt, and how many of them were fully right. */
  questions: z.number().int().min(1).max(100),
  right: z.number().int().min(0).max(100),
  attempts: z.number().int().min(1),
  /** ISO time of the latest attempt. */
  at: z.string().max(40),
});
export type LessonQuizRecord = z.infer<typeof lessonRecordSchema>;

export interface QuizStore {
  lessons: Record<string, LessonQuizRecord>;
  target: { python: PythonVersion; platform: Platform } | null;
}

const targetSchema = z.object({ python: z.enum(PYTHON_VERSIONS), platform: z.enum(PLATFORMS) });
const EMPTY: QuizStore = { lessons: {}, target: null };

/** Reads whatever is stored, keeping every part that is valid. */
export function parseQuizStore(raw: string | null): QuizStore {
  if (!raw) return EMPTY;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return EMPTY;
  }
  if (!data || typeof data !== 'object') return EMPTY;
  const record = data as { lessons?: unknown; target?: unknown };
  const lessons: Record<string, LessonQuizRecord> = {};
  if (record.lessons && typeof record.lessons === 'object' && !Array.isArray(record.lessons)) {
    for (const [slug, value] of Object.entries(record.lessons)) {
      const parsed = lessonRecordSchema.safeParse(value);
      if (parsed.success && /^[a-z0-9-]{1,100}$/.test(slug)) lessons[slug] = parsed.data;
    }
  }
  const target = targetSchema.safeParse(record.target);
  return { lessons, target: target.success ? target.data : null };
}

let cachedRaw: string | null | undefined;
let cachedValue: QuizStore = EMPTY;

function read(): QuizStore {
  let raw: string | null;
  try {
    raw = localStorage.getItem(QUIZ_STORAGE_KEY);
  } catch {
    return cachedValue;
  }
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedValue = parseQuizStore(raw);
  }
  return cachedValue;
}

function write(next: QuizStore) {
  try {
    localStorage.setItem(QUIZ_STORAGE_KEY, JSON.stringify(next));
  } catch {
    return; // storage full or disabled: results simply are not kept
  }
  window.dispatchEvent(new Event(EVENT));
}

function subscribe(onChange: () => void) {
  const onStorage = (event: StorageEvent) => {
    if (event.key === QUIZ_STORAGE_KEY) onChange();
  };
  window.addEventListener(EVENT, onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener('storage', onStorage);
  };
}

/** The stored quiz results, or null during server rendering and hydration. */
export function useQuizStore(): QuizStore | null {
  return useSyncExternalStore(subscribe, read, () => null);
}

/** Per-lesson quiz results, for the course home. */
export function useLessonQuizScores(): Record<string, LessonQuizRecord> | null {
  return useQuizStore()?.lessons ?? null;
}

export function recordLessonQuiz(slug: string, result: { score: number; questions: number; right: number }) {
  const current = read();
  const before = current.lessons[slug];
  const score = Math.max(0, Math.min(1, result.score));
  const entry: LessonQuizRecord = {
    best: Math.max(score, before?.best ?? 0),
    last: score,
    questions: result.questions,
    right: result.right,
    attempts: (before?.attempts ?? 0) + 1,
    at: new Date().toISOString(),
  };
  write({ ...current, lessons: { ...current.lessons, [slug]: entry } });
}

export function rememberTarget(target: { python: PythonVersion; platform: Platform }) {
  const current = read();
  write({ ...current, target: { python: target.python, platform: target.platform } });
}
