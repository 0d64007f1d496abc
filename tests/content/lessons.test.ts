import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHeadings } from '@/lib/content/headings';
import { getLesson, listLessons, neighbours } from '@/lib/content/lessons';
import { extractMetaLiteral, parseLessonMeta } from '@/lib/content/meta';
import { headingId, lessonSlugSchema } from '@/lib/content/slug';

const fixtures = (name: string) => path.join(import.meta.dirname, 'fixtures', name);

describe('listLessons', () => {
  it('lists every lesson sorted by order, whatever the file order', () => {
    const lessons = listLessons(fixtures('good'));
    expect(lessons.map((lesson) => lesson.slug)).toEqual(['first-lesson', 'second-lesson']);
  });

  it('reads metadata, defaulting `corrects` to an empty list', () => {
    const [first, second] = listLessons(fixtures('good'));
    expect(first).toMatchObject({ title: 'First lesson', summary: 'Comes first.', order: 1, minutes: 5, corrects: [] });
    expect(second).toMatchObject({ title: 'Second { braces } lesson', summary: 'A summary with a "quoted" word.', corrects: ['A1'] });
  });

  it('rejects two lessons with the same order', () => {
    expect(() => listLessons(fixtures('dup'))).toThrow(/share order 1/);
  });

  it('rejects a file name that is not a valid slug', () => {
    expect(() => listLessons(fixtures('badslug'))).toThrow(/Bad_Slug\.mdx: bad file name/);
  });

  it('names the file and the field when metadata is invalid', () => {
    expect(() => listLessons(fixtures('badmeta'))).toThrow(/missing-minutes\.mdx: .*minutes/s);
  });
});

describe('getLesson and neighbours', () => {
  it('finds a lesson by slug and refuses unknown or malformed slugs', () => {
    expect(getLesson('second-lesson', fixtures('good'))?.title).toBe('Second { braces } lesson');
    expect(getLesson('nope', fixtures('good'))).toBeUndefined();
    expect(getLesson('../good/first-lesson', fixtures('good'))).toBeUndefined();
  });

  it('gives the previous and next lessons in course order', () => {
    const first = neighbours('first-lesson', fixtures('good'));
    expect(first.previous).toBeUndefined();
    expect(first.next?.slug).toBe('second-lesson');
    const second = neighbours('second-lesson', fixtures('good'));
    expect(second.previous?.slug).toBe('first-lesson');
    expect(second.next).toBeUndefined();
  });
});

describe('metadata parsing', () => {
  it('extracts the object literal even with braces inside strings', () => {
    const source = 'export const meta = {"title": "a } b", "x": {"y": 1}}\n\n# Body {not meta}';
    expect(extractMetaLiteral(source)).toBe('{"title": "a } b", "x": {"y": 1}}');
  });

  it('fails clearly without a meta export or with non-JSON syntax', () => {
    expect(() => parseLessonMeta('# No meta')).toThrow(/no `export const meta/);
    expect(() => parseLessonMeta('export const meta = {title: "x"}')).toThrow(/must be a JSON object/);
  });

  it('rejects unknown keys and wrong types', () => {
    const base = { title: 't', summary: 's', order: 1, minutes: 2 };
    expect(() => parseLessonMeta(`export const meta = ${JSON.stringify({ ...base, extra: 1 })}`)).toThrow();
    expect(() => parseLessonMeta(`export const meta = ${JSON.stringify({ ...base, minutes: '2' })}`)).toThrow();
    expect(() => parseLessonMeta(`export const meta = ${JSON.stringify({ ...base, corrects: ['not an id'] })}`)).toThrow();
    expect(parseLessonMeta(`export const meta = ${JSON.stringify(base)}`)).toEqual({ ...base, corrects: [] });
  });
});

describe('slugs and heading ids', () => {
  it('validates lesson slugs with zod', () => {
    expect(lessonSlugSchema.safeParse('names-and-objects').success).toBe(true);
    for (const bad of ['Names', 'a--b', '-a', 'a-', 'a_b', '', 'a/b']) {
      expect(lessonSlugSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('derives stable ids from heading text', () => {
    expect(headingId('A name is a reference')).toBe('a-name-is-a-reference');
    expect(headingId('is versus ==')).toBe('is-versus');
    expect(headingId('Rebinding  versus  mutation!')).toBe('rebinding-versus-mutation');
    expect(headingId('Café & crème')).toBe('cafe-creme');
  });

  it('reads level-2 and level-3 headings outside code fences, as plain text', () => {
    const source = '## Heading with `code` and [a link](https://x)\n```python\n## not a heading\n```\n### A sub-section\n#### too deep';
    expect(extractHeadings(source)).toEqual([
      { id: 'heading-with-code-and-a-link', text: 'Heading with code and a link', depth: 2 },
      { id: 'a-sub-section', text: 'A sub-section', depth: 3 },
    ]);
  });
});

describe('the real course content', () => {
  const lessons = listLessons();

  it('has at least one lesson, with orders 1..n and no gaps', () => {
    expect(lessons.length).toBeGreaterThan(0);
    expect(lessons.map((lesson) => lesson.order)).toEqual(lessons.map((_, index) => index + 1));
  });

  it('gives every lesson a table of contents with unique heading ids', () => {
    for (const lesson of lessons) {
      const ids = lesson.headings.map((heading) => heading.id);
      expect(ids.length, lesson.slug).toBeGreaterThan(0);
      expect(new Set(ids).size, lesson.slug).toBe(ids.length);
      expect(ids.every((id) => id.length > 0), lesson.slug).toBe(true);
    }
  });
});
