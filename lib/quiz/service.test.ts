import { describe, expect, it } from 'vitest';
import { ALL_TEMPLATES } from './bank';
import { highlightPython } from './highlight';
import { readVariantQuery, variantPath } from './links';
import {
  answerQuestion,
  askedLines,
  drawLessonQuiz,
  drawQuestion,
  focusStep,
  loadQuestion,
  questionView,
  variantFor,
} from './service';
import { simulate } from './simulate';
import type { QuizTemplate, Target } from './template';
import { makeVariant, type Variant } from './variant';

const TARGET = { python: '3.13', platform: '64bit' } as const;
const FIRST = ALL_TEMPLATES[0];

function variantOf(template: QuizTemplate, seed: number, target: Target = TARGET): Variant {
  const r = variantFor(template, seed, target);
  if (!r.ok) throw new Error(r.reason);
  return r.variant;
}

/** The learner's response that the key marks right, in the form the browser sends it. */
function rightResponse(v: Variant): string | string[] | Record<string, string> {
  const key = v.answerKey;
  if (key.kind === 'boolean') return key.value ? 'True' : 'False';
  return key.value;
}

/** Something the key marks wrong (score < 1). */
function wrongResponse(v: Variant): string | string[] | Record<string, string> {
  const key = v.answerKey;
  switch (key.kind) {
    case 'number':
      return String(BigInt(key.value) + 1n);
    case 'boolean':
      return key.value ? 'False' : 'True';
    case 'choice':
      return 'no-such-option';
    case 'multi':
      return ['no-such-option'];
    case 'order':
      return [...key.value].reverse();
    case 'classify':
      return Object.fromEntries(Object.keys(key.value).map((item) => [item, 'no-such-category']));
  }
}

// Fixture templates for the kinds the bank may not have yet: the service must keep their keys private too.
const listItemsTemplate = (kind: 'choice' | 'multi' | 'order' | 'classify'): QuizTemplate => ({
  id: `fixture-${kind}`,
  lesson: 'fixtures',
  topic: 'refcounts',
  title: `Fixture ${kind}`,
  draft: () => {
    const program = 'a = [1]\nb = [2]\nprint(len(a))\nprint(len(b) + 1)\ndel a\n';
    const options = [
      { id: 'one', label: '`1`' },
      { id: 'two', label: '`2`' },
    ];
    const printedOn = (line: number) => (run: { printedAt: ReadonlyMap<number, readonly string[]> }) => run.printedAt.get(line)?.[0] ?? '';
    const ask =
      kind === 'choice'
        ? { kind, options, answer: (run: never) => (printedOn(3)(run) === '1' ? 'one' : 'two') }
        : kind === 'multi'
          ? { kind, options, answer: (run: never) => [printedOn(4)(run) === '3' ? 'one' : 'two'] }
          : kind === 'order'
            ? { kind, items: options, answer: () => ['one', 'two'] }
            : {
                kind,
                items: options,
                categories: [
                  { id: 'rc', label: 'freed by refcount' },
                  { id: 'alive', label: 'still alive' },
                ],
                answer: (run: { freed: readonly { by: string; line: number }[] }) => ({
                  one: run.freed.some((f) => f.line === 5 && f.by === 'refcount') ? 'rc' : 'alive',
                  two: 'alive',
                }),
              };
    return { program, prompt: `Which objects are freed at line 5?`, ask: ask as never, focusLine: 5, explanation: 'Fixture.' };
  },
});

const PUBLIC_KEYS = ['askedLines', 'lesson', 'lessonTitle', 'lines', 'platform', 'program', 'prompt', 'python', 'seed', 'templateId', 'title', 'topic', 'topicLabel', 'ask'].sort();

describe('the public question', () => {
  it('carries no answer key, answer text or explanation, for every template in the bank', async () => {
    let checked = 0;
    for (const template of ALL_TEMPLATES) {
      const loaded = await loadQuestion({ templateId: template.id, seed: 7, python: template.python?.[0] ?? '3.13', platform: '64bit' });
      // Templates that cannot generate here are the bank's tests' business (lib/quiz/bank.test.ts).
      if (!loaded.ok) continue;
      checked++;
      const view = loaded.value;
      expect(Object.keys(view).sort()).toEqual(PUBLIC_KEYS);
      const json = JSON.stringify(view);
      expect(json).not.toMatch(/answerKey|answerText|explanation|"answer"/);
      const variant = variantOf(template, view.seed, { python: view.python, platform: view.platform });
      expect(json).not.toContain(variant.explanation);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('keeps option-based keys private (choice, multi, order, classify)', async () => {
    for (const kind of ['choice', 'multi', 'order', 'classify'] as const) {
      const template = listItemsTemplate(kind);
      const r = makeVariant(template, 1, TARGET, simulate);
      if (!r.ok) throw new Error(r.reason);
      const view = await questionView(template, r.variant);
      expect(Object.keys(view.ask).sort()).toEqual(kind === 'choice' || kind === 'multi' ? ['kind', 'options'] : kind === 'order' ? ['items', 'kind'] : ['categories', 'items', 'kind']);
      expect(JSON.stringify(view)).not.toContain('Fixture.');
      expect(view.askedLines).toEqual([5]);
    }
  });

  it('marks the line a number question reads, or every line its prompt names', () => {
    const template = ALL_TEMPLATES.find((t) => t.id === 'refcount-aliases-module');
    if (!template) return expect.fail('the refcount-aliases-module template is gone');
    const v = variantOf(template, 3);
    if (v.question.ask.kind !== 'number') return expect.fail('refcount-aliases-module asks for a number');
    expect(askedLines(v.question)).toEqual([v.question.ask.line]);
    const classify = { ...v.question, program: 'a\nb\nc\nd\ne\n', ask: { kind: 'multi' as const, options: [] }, prompt: 'Line 4 deletes a name and line 2 runs the collector; line 99 is not there.' };
    expect(askedLines(classify)).toEqual([2, 4]);
  });

  it('highlights every character of the program, line by line', async () => {
    const v = variantOf(FIRST, 5);
    const lines = await highlightPython(v.question.program);
    expect(lines.map((tokens) => tokens.map((t) => t.text).join('')).join('\n') + '\n').toBe(v.question.program);
    expect(lines.flat().some((t) => t.light && t.dark)).toBe(true);
  });
});

describe('validation', () => {
  const ok = { templateId: FIRST.id, seed: 1, python: '3.12', platform: '64bit' };
  it.each([
    ['a negative seed', { ...ok, seed: -1 }],
    ['a fractional seed', { ...ok, seed: 1.5 }],
    ['a seed past 32 bits', { ...ok, seed: 2 ** 32 }],
    ['an unknown version', { ...ok, python: '2.7' }],
    ['an unknown platform', { ...ok, platform: 'arm' }],
    ['a path in the id', { ...ok, templateId: '../etc' }],
    ['a missing field', { templateId: FIRST.id, seed: 1 }],
    ['not an object', 'refcount'],
  ])('rejects %s', async (_name, input) => {
    expect((await loadQuestion(input)).ok).toBe(false);
    expect(answerQuestion({ ...(typeof input === 'object' ? input : {}), response: '1' }).ok).toBe(false);
  });

  it('rejects an unknown template and an oversized response', () => {
    expect(answerQuestion({ ...ok, templateId: 'no-such-template', response: '1' })).toMatchObject({ ok: false });
    expect(answerQuestion({ ...ok, response: 'x'.repeat(201) })).toMatchObject({ ok: false });
    expect(answerQuestion({ ...ok, response: { a: 1 } })).toMatchObject({ ok: false });
  });
});

describe('grading on the server', () => {
  it('regenerates the variant and marks the right answer right, with the answer text and explanation', () => {
    let graded = 0;
    for (const template of ALL_TEMPLATES) {
      const python = template.python?.[0] ?? '3.13';
      const made = variantFor(template, 11, { python, platform: '64bit' });
      if (!made.ok) continue;
      graded++;
      const v = made.variant;
      const ref = { templateId: template.id, seed: v.question.seed, python, platform: '64bit' };
      const right = answerQuestion({ ...ref, response: rightResponse(v) });
      if (!right.ok) throw new Error(right.error);
      expect(right.value).toMatchObject({ correct: true, score: 1, answerText: v.answerText, explanation: v.explanation, focusLine: v.question.focusLine });
      const wrong = answerQuestion({ ...ref, response: wrongResponse(v) });
      if (!wrong.ok) throw new Error(wrong.error);
      expect(wrong.value.correct).toBe(false);
      expect(wrong.value.score).toBeLessThan(1);
      expect(wrong.value.answerText).toBe(v.answerText);
    }
    expect(graded).toBeGreaterThan(0);
  });

  it('grades against the version asked about, not another', () => {
    // The local-variable template's answer differs between 3.13 and 3.14 (LOAD_FAST_BORROW).
    const template = ALL_TEMPLATES.find((t) => t.id === 'refcount-local-in-function');
    if (!template) return expect.fail('the refcount-local-in-function template is gone');
    const v13 = variantOf(template, 11, { python: '3.13', platform: '64bit' });
    const answer14 = answerQuestion({ templateId: template.id, seed: v13.question.seed, python: '3.14', platform: '64bit', response: rightResponse(v13) });
    expect(answer14.ok && answer14.value.correct).toBe(false);
  });

  it('opens the explanation at the first step of the decisive line', () => {
    const v = variantOf(FIRST, 21);
    const step = focusStep(v.question.program, TARGET, v.question.focusLine);
    const run = simulate(v.question.program, TARGET);
    if ('refusal' in run) throw new Error(run.refusal);
    expect(run.steps.line[step]).toBe(v.question.focusLine);
    expect(run.steps.line.slice(0, step).every((line) => line !== v.question.focusLine)).toBe(true);
  });
});

describe('drawing questions', () => {
  it('draws from the filters, and another variant of the same template on request', async () => {
    const lesson = FIRST.lesson;
    const drawn = await drawQuestion({ lesson, python: '3.12', platform: '64bit' });
    if (!drawn.ok) throw new Error(drawn.error);
    expect(drawn.value.lesson).toBe(lesson);
    const again = await drawQuestion({ templateId: FIRST.id, python: '3.12', platform: '64bit' });
    expect(again.ok && again.value.templateId).toBe(FIRST.id);
    expect(await drawQuestion({ lesson: 'no-such-lesson', python: '3.12', platform: '64bit' })).toMatchObject({ ok: false });
    expect(await drawQuestion({ topic: 'not-a-topic', python: '3.12', platform: '64bit' })).toMatchObject({ ok: false });
  });

  it('makes a lesson quiz of the asked length from that lesson only', async () => {
    const quiz = await drawLessonQuiz({ lesson: FIRST.lesson, count: 3, python: '3.13', platform: '64bit' });
    if (!quiz.ok) throw new Error(quiz.error);
    expect(quiz.value).toHaveLength(3);
    expect(quiz.value.every((q) => q.lesson === FIRST.lesson)).toBe(true);
    expect(JSON.stringify(quiz.value)).not.toMatch(/answerKey|explanation/);
    expect(await drawLessonQuiz({ lesson: FIRST.lesson, count: 0, python: '3.13', platform: '64bit' })).toMatchObject({ ok: false });
  });
});

describe('variant links', () => {
  it('round-trip through the URL', () => {
    const ref = { templateId: FIRST.id, seed: 4_294_967_295, python: '3.14', platform: 'wasm32' } as const;
    const url = new URL(variantPath(ref), 'http://x');
    expect(url.pathname).toBe(`/quiz/${FIRST.id}`);
    expect(readVariantQuery(Object.fromEntries(url.searchParams))).toEqual({ seed: ref.seed, python: ref.python, platform: ref.platform });
  });
  it('drop malformed fields instead of trusting them', () => {
    expect(readVariantQuery({ seed: '12abc', python: '3.9', platform: ['64bit', 'wasm32'] })).toEqual({ seed: null, python: null, platform: null });
    expect(readVariantQuery({ seed: '99999999999' }).seed).toBeNull();
  });
});
