// What the content tests share: the lesson files, parsed once with the same extractor the recorder
// uses, and the simulator profile behind each checked version.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractRunnables, type CheckedVersion } from '@/lib/content/cells';
import { DEFAULT_LESSONS_DIR } from '@/lib/content/lessons';
import { readRecording } from '@/lib/content/recorded';
import { profileFor } from '@/lib/sim';

export const lessonSlugs = readdirSync(DEFAULT_LESSONS_DIR).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''));

/** Every lesson's cells and values, with its recording. */
export const lessonRunnables = lessonSlugs.map((lesson) => ({
  lesson,
  ...extractRunnables(lesson, readFileSync(path.join(DEFAULT_LESSONS_DIR, `${lesson}.mdx`), 'utf8')),
  recording: readRecording(lesson),
}));

export function profileForChecked(version: CheckedVersion) {
  return version === '3.14-wasm32' ? profileFor('3.14', 'wasm32') : profileFor(version, '64bit');
}
