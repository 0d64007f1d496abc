import { describe, expect, it } from 'vitest';
import { ALL_TEMPLATES, LESSONS, findTemplate, templatesForLesson, templatesForTopic } from './bank';
import { makeVariant } from './variant';
import { seededRng } from './random';
import { simulate } from './simulate';
import { TOPICS, type Topic } from './template';
import { aliasesAtModuleLevel, localInFunction } from './templates/refcounts';

describe('refcount templates', () => {
  it('answers the module-level alias question from the simulator', () => {
    const r = makeVariant(aliasesAtModuleLevel, 3, { python: '3.12', platform: '64bit' }, simulate);
    if (!r.ok) throw new Error(r.reason);
    expect(r.variant.answerKey.kind).toBe('number');
    expect(makeVariant(aliasesAtModuleLevel, 3, { python: '3.12', platform: '64bit' }, simulate)).toEqual(r);
  });
  it('differs between 3.13 and 3.14 for a local', () => {
    const at = (python: '3.13' | '3.14') => {
      const r = makeVariant(localInFunction, 11, { python, platform: '64bit' }, simulate);
      if (!r.ok) throw new Error(r.reason);
      return Number((r.variant.answerKey as { value: string }).value);
    };
    expect(at('3.13') - at('3.14')).toBe(1);
  });
});

describe('the bank', () => {
  it('holds at least 44 templates with unique, link-safe ids', () => {
    expect(ALL_TEMPLATES.length).toBeGreaterThanOrEqual(44);
    const ids = ALL_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
  it('gives every lesson at least three templates and uses only known lessons', () => {
    for (const slug of LESSONS) expect(templatesForLesson(slug).length, slug).toBeGreaterThanOrEqual(3);
    for (const t of ALL_TEMPLATES) expect(LESSONS as readonly string[], t.id).toContain(t.lesson);
  });
  it('covers every topic', () => {
    for (const topic of Object.keys(TOPICS) as Topic[]) expect(templatesForTopic(topic).length, topic).toBeGreaterThan(0);
  });
  it('looks templates up by id', () => {
    for (const t of ALL_TEMPLATES) expect(findTemplate(t.id)).toBe(t);
    expect(findTemplate('no-such-template')).toBeUndefined();
  });
  it('never states an answer in a draft: asks read lines the program prints, or answer functions', () => {
    for (const t of ALL_TEMPLATES) {
      const d = t.draft(seededRng(5), { python: '3.12', platform: '64bit' });
      if ('reject' in d) continue;
      if (d.ask.kind === 'number' || d.ask.kind === 'boolean') {
        const line = d.program.split('\n')[d.ask.line - 1] ?? '';
        expect(line, `${t.id} asks about line ${d.ask.line}`).toMatch(/print\(/);
      } else {
        expect(typeof d.ask.answer, t.id).toBe('function');
      }
    }
  });
});
