// Outputs recorded from real CPython for every lesson cell and <Value>, one JSON file per lesson in
// content/recorded/ (written by scripts/record-lessons.ts, read by the content tests and the lesson
// pages, which show CPython's output beside each cell).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const RECORDED_DIR = path.join(process.cwd(), 'content', 'recorded');

const outputSchema = z.object({ stdout: z.string(), error: z.string().nullable() });
export type RecordedOutput = z.infer<typeof outputSchema>;

export const recordingSchema = z.object({
  cells: z.record(z.string(), z.object({ code: z.string(), outputs: z.record(z.string(), outputSchema) })),
  values: z.record(z.string(), outputSchema),
});
export type LessonRecording = z.infer<typeof recordingSchema>;

export function emptyRecording(): LessonRecording {
  return { cells: {}, values: {} };
}

export function readRecording(lesson: string, dir: string = RECORDED_DIR): LessonRecording {
  const file = path.join(/* turbopackIgnore: true */ dir, `${lesson}.json`);
  if (!existsSync(file)) return emptyRecording();
  return recordingSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Every lesson's recorded cells by cell id (ids are unique across the course). */
export function allRecordedCells(dir: string = RECORDED_DIR): Map<string, LessonRecording['cells'][string]> {
  const byId = new Map<string, LessonRecording['cells'][string]>();
  if (!existsSync(dir)) return byId;
  for (const file of readdirSync(/* turbopackIgnore: true */ dir).filter((f) => f.endsWith('.json'))) {
    const recording = readRecording(file.replace(/\.json$/, ''), dir);
    for (const [id, cell] of Object.entries(recording.cells)) byId.set(id, cell);
  }
  return byId;
}
