// Quizzes end to end on the production build: answer right and wrong (the right answer comes from
// lib/quiz itself, never typed here), read the feedback and step through the explanation cell,
// open a variant link in a new page and get the same question, a lesson quiz's score kept in the
// browser, and an accessibility scan of /quiz in both themes.
import type { Locator, Page } from '@playwright/test';
import { findTemplate } from '../lib/quiz/bank';
import type { AnswerKey } from '../lib/quiz/grade';
import { simulate } from '../lib/quiz/simulate';
import { makeVariant, type Variant } from '../lib/quiz/variant';
import AxeBuilder from '@axe-core/playwright';
import { expect, setTheme, test } from './fixtures';

/** Serious and critical axe violations, optionally leaving out regions another spec owns. */
async function seriousViolations(page: Page, exclude: string[] = []) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} :: ${n.failureSummary ?? ''}`) }));
}

const NUMBER_TEMPLATE = 'refcount-aliases-module';

/** The variant a question card shows, regenerated from its data attributes with lib/quiz. */
async function variantShown(card: Locator): Promise<Variant> {
  const [templateId, seed, python, platform] = await Promise.all(['data-template', 'data-seed', 'data-python', 'data-platform'].map((a) => card.getAttribute(a)));
  const template = findTemplate(templateId!);
  if (!template) throw new Error(`unknown template ${templateId}`);
  const r = makeVariant(template, Number(seed), { python: python as '3.13', platform: platform as '64bit' }, simulate);
  if (!r.ok) throw new Error(r.reason);
  return r.variant;
}

/** Enters `key` as the learner would, with the control each kind of question offers. */
async function enterAnswer(card: Locator, key: AnswerKey) {
  switch (key.kind) {
    case 'number':
      return card.getByTestId('answer-number').fill(key.value);
    case 'boolean':
      return card.getByRole('radio', { name: key.value ? 'True' : 'False', exact: true }).check();
    case 'choice':
      return card.locator(`input[type=radio][value="${key.value}"]`).check();
    case 'multi':
      for (const id of key.value) await card.locator(`input[type=checkbox][value="${id}"]`).check();
      return;
    case 'order':
      for (let target = 0; target < key.value.length; target++) {
        const ids = await card.getByTestId('order-item').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
        for (let at = ids.indexOf(key.value[target]); at > target; at--) {
          await card.locator(`[data-testid=order-item][data-id="${key.value[target]}"] button`).first().click();
        }
      }
      return;
    case 'classify':
      for (const [item, category] of Object.entries(key.value)) {
        await card.locator(`[data-testid=classify-item][data-id="${item}"] input[value="${category}"]`).check();
      }
  }
}

function wrongNumber(key: AnswerKey): string {
  if (key.kind !== 'number') throw new Error('expected a number question');
  return String(BigInt(key.value) + 3n);
}

async function openVariant(page: Page, seed: number, python = '3.13', platform = '64bit') {
  await page.goto(`/quiz/${NUMBER_TEMPLATE}?seed=${seed}&python=${python}&platform=${platform}`);
  const card = page.getByTestId('quiz-question');
  await expect(card).toBeVisible();
  return card;
}

test.describe('quiz', () => {
  test('a right answer: verdict, answer, explanation, focus on the feedback, and a cell opened at the decisive step', async ({ page, guard }) => {
    void guard;
    const card = await openVariant(page, 1234);
    const variant = await variantShown(card);
    await expect(card.getByTestId('quiz-prompt')).toHaveText(variant.question.prompt);
    // The asked line is marked in the program.
    await expect(card.locator('[data-asked]')).toHaveAttribute('data-line', String(variant.question.focusLine));

    // Nothing in the page (HTML or React payload) gives the answer away before it is given.
    expect(await page.content()).not.toContain(variant.explanation);

    await enterAnswer(card, variant.answerKey);
    await card.getByTestId('quiz-submit').click();
    const verdict = card.getByTestId('quiz-verdict');
    await expect(verdict).toHaveText(/Right/);
    await expect(verdict).toBeFocused();
    await expect(card.getByTestId('quiz-correct-answer')).toHaveText(variant.answerText);
    await expect(card.getByTestId('quiz-explanation')).toHaveText(variant.explanation);

    // The explanation cell runs the program and opens at the first step of the focus line.
    const explain = card.getByTestId('quiz-explain-cell');
    // Cells run when they come into view, as a learner scrolls to the explanation.
    await explain.scrollIntoViewIfNeeded();
    const position = explain.getByTestId('step-position');
    await expect(position).toContainText(`line ${variant.question.focusLine}`, { timeout: 30_000 });
    const focusStep = Number(await explain.getAttribute('data-focus-step'));
    await expect(position).toContainText(new RegExp(`Step\\s*${focusStep + 1}\\s*/`));
    await explain.getByTestId('step-prev').click();
    await expect(position).toContainText(new RegExp(`Step\\s*${focusStep}\\s*/`));
  });

  test('a wrong answer shows the correct one, and another variant is one click away', async ({ page, guard }) => {
    void guard;
    const card = await openVariant(page, 99);
    const variant = await variantShown(card);
    await card.getByTestId('answer-number').fill(wrongNumber(variant.answerKey));
    await card.getByTestId('answer-number').press('Enter');
    await expect(card.getByTestId('quiz-verdict')).toHaveText(/Not quite/);
    await expect(card.getByTestId('quiz-correct-answer')).toHaveText(variant.answerText);
    await expect(card.getByTestId('quiz-your-answer')).toHaveText(wrongNumber(variant.answerKey));

    await card.getByTestId('quiz-another').click();
    await expect(page).not.toHaveURL(/seed=99&/);
    await expect(page.getByTestId('quiz-question')).toHaveAttribute('data-template', NUMBER_TEMPLATE);
    await expect(page.getByTestId('quiz-feedback')).toHaveCount(0);
    await expect(page.getByTestId('quiz-prompt')).toBeFocused();
  });

  for (const [kind, templateId] of [
    ['choice', 'myth-a1-refcount-tens'],
    ['order', 'fin-del-callback-order'],
    ['classify', 'gc-classify-freed'],
  ] as const) {
    test(`a ${kind} question answered right through its controls`, async ({ page, guard }) => {
      void guard;
      await page.goto(`/quiz/${templateId}?seed=5&python=3.13&platform=64bit`);
      const card = page.getByTestId('quiz-question');
      await expect(card).toHaveAttribute('data-kind', kind);
      const variant = await variantShown(card);
      await enterAnswer(card, variant.answerKey);
      await card.getByTestId('quiz-submit').click();
      await expect(card.getByTestId('quiz-verdict')).toHaveText(/Right/);
      await expect(card.getByTestId('quiz-correct-answer')).toHaveText(variant.answerText);
    });
  }

  test('the same answer is graded for the version asked about', async ({ page, guard }) => {
    void guard;
    // A local in a function: 3.14 borrows it, so its count is one lower than 3.13's.
    await page.goto('/quiz/refcount-local-in-function?seed=11&python=3.13&platform=64bit');
    const v13 = await variantShown(page.getByTestId('quiz-question'));
    await page.goto('/quiz/refcount-local-in-function?seed=11&python=3.14&platform=64bit');
    const card = page.getByTestId('quiz-question');
    await enterAnswer(card, v13.answerKey);
    await card.getByTestId('quiz-submit').click();
    await expect(card.getByTestId('quiz-verdict')).toHaveText(/Not quite/);
  });

  test('a variant link opens the exact question in a new page', async ({ page, context, guard }) => {
    void guard;
    await page.goto('/quiz');
    const card = page.getByTestId('quiz-question');
    await expect(card).toBeVisible();
    const prompt = await card.getByTestId('quiz-prompt').textContent();
    const program = await card.getByTestId('quiz-program').locator('code').textContent();
    await page.getByTestId('quiz-copy-link').click();
    const url = await page.getByTestId('quiz-share-url').inputValue();
    expect(url).toMatch(/\/quiz\/[a-z0-9-]+\?seed=\d+&python=3\.\d+&platform=(64bit|wasm32)$/);

    const other = await context.newPage();
    await other.goto(url);
    const again = other.getByTestId('quiz-question');
    await expect(again.getByTestId('quiz-prompt')).toHaveText(prompt!);
    await expect(again.getByTestId('quiz-program').locator('code')).toHaveText(program!);
    for (const attribute of ['data-template', 'data-seed', 'data-python', 'data-platform']) {
      expect(await again.getAttribute(attribute)).toBe(await card.getAttribute(attribute));
    }
    await other.close();
  });

  test('filters and the version picker draw matching questions', async ({ page, guard }) => {
    void guard;
    await page.goto('/quiz');
    await page.getByTestId('quiz-python').selectOption('3.14|wasm32');
    await expect(page.getByTestId('quiz-question')).toHaveAttribute('data-platform', 'wasm32');
    await expect(page).toHaveURL(/python=3\.14&platform=wasm32/);
    await page.getByTestId('quiz-filter-lesson').selectOption('reference-counting');
    await expect(page.getByTestId('quiz-question')).toHaveAttribute('data-lesson', 'reference-counting');
    await expect(page.getByTestId('quiz-question')).toHaveAttribute('data-platform', 'wasm32');
    await expect(page).toHaveURL(/lesson=reference-counting/);
  });

  test('a lesson quiz, answered fully right, keeps its score in the browser', async ({ page, guard }) => {
    void guard;
    await page.goto('/quiz/lesson/reference-counting');
    await page.getByTestId('lesson-quiz-start').click();
    for (let i = 0; ; i++) {
      const card = page.getByTestId('quiz-question');
      await expect(card.getByTestId('quiz-prompt')).toBeFocused();
      const variant = await variantShown(card);
      await enterAnswer(card, variant.answerKey);
      await card.getByTestId('quiz-submit').click();
      await expect(card.getByTestId('quiz-verdict')).toHaveText(/Right/);
      const next = page.getByTestId('lesson-quiz-next');
      const last = (await next.textContent())?.includes('score');
      await next.click();
      if (last) break;
      expect(i).toBeLessThan(10);
    }
    await expect(page.getByTestId('lesson-quiz-results')).toContainText('You scored 100%');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('memlab:quiz:v1') ?? '{}'));
    expect(stored.lessons['reference-counting']).toMatchObject({ best: 1, last: 1, attempts: 1 });
    await page.getByTestId('lesson-quiz-retake').click();
    await expect(page.getByTestId('lesson-quiz-best')).toContainText('best score: 100%');
  });

  test('corrupt stored results do not break the lesson quiz', async ({ page, guard }) => {
    void guard;
    await page.goto('/quiz/lesson/reference-counting');
    await page.evaluate(() => localStorage.setItem('memlab:quiz:v1', '{"lessons": {"reference-counting": {"best": "lots"}}, "target": 5'));
    await page.reload();
    await expect(page.getByTestId('lesson-quiz-start')).toHaveText('Start the quiz');
    expect(await seriousViolations(page)).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`/quiz has no serious accessibility violations (${theme}), before and after answering`, async ({ page, guard }) => {
      void guard;
      await setTheme(page, theme);
      await page.goto('/quiz');
      await expect(page.getByTestId('quiz-question')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      const card = page.getByTestId('quiz-question');
      await enterAnswer(card, (await variantShown(card)).answerKey);
      await card.getByTestId('quiz-submit').click();
      await expect(card.getByTestId('quiz-verdict')).toBeVisible();
      await card.getByTestId('quiz-explain-cell').scrollIntoViewIfNeeded();
      await expect(card.getByTestId('step-position')).toBeVisible({ timeout: 30_000 });
      // The explanation cell is components/cell, scanned by e2e/cells.spec.ts and e2e/quality.spec.ts.
      expect(await seriousViolations(page, ['[data-testid="quiz-explain-cell"]'])).toEqual([]);
    });
  }
});
