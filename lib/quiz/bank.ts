// The quiz bank: every template, looked up by id, by lesson slug or by topic. Ids are stable (they
// are stored in variant links and attempts), so a template is renamed only by adding a new one.
import type { QuizTemplate, Topic } from './template';
import * as refcounts from './templates/refcounts';
import * as names from './templates/names';
import * as identity from './templates/identity';
import * as sizes from './templates/sizes';
import * as gc from './templates/gc';
import * as generations from './templates/generations';
import * as finalizers from './templates/finalizers';
import * as frames from './templates/frames';
import * as allocator from './templates/allocator';
import * as measuring from './templates/measuring';
import * as myths from './templates/myths';
import * as together from './templates/together';

/** The course's lesson slugs, in order (issue 6). */
export const LESSONS = [
  'names-and-objects', 'reference-counting', 'small-ints-interning-immortals', 'how-big-is-an-int',
  'containers-and-their-sizes', 'cycles-and-the-collector', 'generations', 'finalizers-and-weak-references',
  'frames-stack-and-heap', 'the-allocator', 'measuring-memory', 'putting-it-together',
] as const;
export type LessonSlug = (typeof LESSONS)[number];

const modules = [names, refcounts, identity, sizes, gc, generations, finalizers, frames, allocator, measuring, myths, together];

export const ALL_TEMPLATES: readonly QuizTemplate[] = modules.flatMap((m) => Object.values(m) as QuizTemplate[]);

const byId = new Map(ALL_TEMPLATES.map((t) => [t.id, t]));

export function findTemplate(id: string): QuizTemplate | undefined {
  return byId.get(id);
}

export function templatesForLesson(slug: string): QuizTemplate[] {
  return ALL_TEMPLATES.filter((t) => t.lesson === slug);
}

export function templatesForTopic(topic: Topic): QuizTemplate[] {
  return ALL_TEMPLATES.filter((t) => t.topic === topic);
}
