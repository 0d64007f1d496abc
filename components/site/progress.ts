'use client';

// The learner's progress, kept in this browser only: which lessons were opened and finished.
import { useSyncExternalStore } from 'react';

export const PROGRESS_STORAGE_KEY = 'memlab:progress';
const EVENT = 'memlab:progress-change';

export type LessonState = 'visited' | 'done';
export type Progress = Record<string, LessonState>;

let cachedRaw: string | null = null;
let cachedValue: Progress = {};

function read(): Progress {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(PROGRESS_STORAGE_KEY);
  } catch {
    return cachedValue;
  }
  if (raw === cachedRaw) return cachedValue;
  cachedRaw = raw;
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    cachedValue = {};
    if (parsed && typeof parsed === 'object') {
      for (const [slug, state] of Object.entries(parsed)) {
        if (state === 'visited' || state === 'done') cachedValue[slug] = state;
      }
    }
  } catch {
    cachedValue = {};
  }
  return cachedValue;
}

function subscribe(onChange: () => void) {
  const onStorage = (event: StorageEvent) => {
    if (event.key === PROGRESS_STORAGE_KEY) onChange();
  };
  window.addEventListener(EVENT, onChange);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener('storage', onStorage);
  };
}

/** The stored progress, or null during server rendering and hydration. */
export function useProgress(): Progress | null {
  return useSyncExternalStore(subscribe, read, () => null);
}

export function setLessonState(slug: string, state: LessonState | null) {
  const next: Progress = { ...read() };
  if (state === null) delete next[slug];
  else if (state === 'visited' && next[slug] === 'done') return;
  else next[slug] = state;
  try {
    localStorage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(next));
  } catch {
    return;
  }
  window.dispatchEvent(new Event(EVENT));
}
