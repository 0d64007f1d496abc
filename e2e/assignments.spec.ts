// Assignments end to end on the production build: an instructor creates an assignment with a bank
// question and a custom one; two learners (separate browsers) submit, one after resuming an
// interrupted attempt; the instructor sees both attempts, statistics, one attempt in detail and a
// CSV with both rows; after closing, a third learner is refused; a wrong secret sees nothing.
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const CUSTOM_PROGRAM = 'x = [1]\ny = x\nprint(x is y)\n';
const SNEAKY_NAME = '=1+1 <img src=x onerror=alert(1)>';

/** Answers every question on the page with something valid for its kind. */
async function answerAll(page: Page) {
  const questions = page.getByTestId('assignment-question');
  const n = await questions.count();
  for (let i = 0; i < n; i++) {
    const q = questions.nth(i);
    const kind = await q.getAttribute('data-kind');
    if (kind === 'number') await q.getByTestId('answer-number').fill('1');
    else if (kind === 'boolean') await q.getByRole('radio', { name: 'True' }).check();
    else if (kind === 'choice' || kind === 'multi') await q.locator('input').first().check();
    else if (kind === 'classify') {
      const items = q.getByTestId('classify-item');
      for (let j = 0; j < (await items.count()); j++) await items.nth(j).locator('input').first().check();
    }
  }
}

async function learner(browser: Browser, link: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(link);
  return { context, page, errors };
}

async function createAssignment(page: Page): Promise<{ learnerLink: string; instructorLink: string }> {
  await page.goto('/teach');
  await page.getByTestId('assignment-title').fill('Week 3: aliases');
  await page.getByLabel(/Instructions/).fill('Work alone.\n<script>alert(1)</script>');
  await page.getByTestId('bank-template').first().check();
  await page.getByTestId('bank-count').fill('1');
  await page.getByTestId('add-custom').click();
  const custom = page.getByTestId('custom-question');
  await custom.getByTestId('custom-program').fill(CUSTOM_PROGRAM);
  await custom.getByTestId('custom-line').nth(2).check();
  await custom.getByTestId('custom-kind-boolean').check();
  await custom.getByTestId('custom-check').click();
  await expect(custom.getByTestId('custom-check-result')).toHaveText(/Learners must answer True/);
  await expect(page.getByTestId('create-assignment')).toHaveText(/2 questions per learner/);
  await page.getByTestId('create-assignment').click();
  await expect(page.getByTestId('created')).toBeVisible({ timeout: 60_000 });
  const learnerLink = await page.getByTestId('learner-link').inputValue();
  const instructorLink = await page.getByTestId('instructor-link').inputValue();
  expect(learnerLink).toMatch(/\/a\/[A-Za-z0-9_-]+$/);
  expect(instructorLink).toMatch(/\/teach\/[A-Za-z0-9_-]+#key=[A-Za-z0-9_-]{20,}$/);
  return { learnerLink, instructorLink };
}

async function startAs(page: Page, name: string, studentId = '') {
  await page.getByTestId('display-name').fill(name);
  if (studentId) await page.getByTestId('student-id').fill(studentId);
  await page.getByTestId('start-attempt').click();
  await expect(page.getByTestId('assignment-question')).toHaveCount(2, { timeout: 30_000 });
}

async function countRows(request: APIRequestContext, instructorLink: string): Promise<number> {
  const url = new URL(instructorLink);
  const id = url.pathname.split('/').pop()!;
  const key = url.hash.replace('#key=', '');
  const response = await request.post(`/api/teach/${id}/results`, { headers: { 'x-instructor-key': key } });
  const body = await response.json();
  return body.value.attempts.filter((a: { submittedAt: string | null }) => a.submittedAt).length;
}

test('an instructor assigns a quiz by link and sees the class results', async ({ page, browser, request, guard }) => {
  test.setTimeout(180_000);
  void guard;
  const { learnerLink, instructorLink } = await createAssignment(page);

  // Learner 1: answers the page and submits; the answer keys were never on the page before that.
  const ada = await learner(browser, learnerLink);
  await expect(ada.page.getByTestId('assignment-instructions')).toContainText('<script>alert(1)</script>');
  const startResponse = ada.page.waitForResponse((r) => r.url().endsWith('/start'));
  await startAs(ada.page, 'Ada Lovelace', 's-001');
  const startBody = await (await startResponse).text();
  expect(startBody).not.toMatch(/answerKey|answerText|explanation/);
  await answerAll(ada.page);
  const submitRequest = ada.page.waitForRequest((r) => r.url().endsWith('/submit'));
  await ada.page.getByTestId('submit-attempt').click();
  await expect(ada.page.getByTestId('result-score')).toContainText(/Your score: [\d.]+ \/ 2/);
  await expect(ada.page.getByTestId('outcome')).toHaveCount(2);
  // A retried submit (same body) is answered with the stored result and stored once.
  const replay = await ada.context.request.post((await submitRequest).url(), {
    data: (await submitRequest).postDataJSON(), headers: { 'Content-Type': 'application/json' },
  });
  expect(replay.ok()).toBe(true);
  expect(await countRows(request, instructorLink)).toBe(1);
  // One attempt allowed: reloading shows the result, not a new attempt.
  await ada.page.reload();
  await expect(ada.page.getByTestId('no-attempts-left')).toBeVisible();

  // Learner 2: interrupted after answering, resumes in the same browser with the answer kept.
  const bob = await learner(browser, learnerLink);
  await startAs(bob.page, SNEAKY_NAME);
  const firstProgram = await bob.page.getByTestId('quiz-program').first().textContent();
  await answerAll(bob.page);
  await bob.page.reload();
  await expect(bob.page.getByTestId('assignment-question')).toHaveCount(2, { timeout: 30_000 });
  expect(await bob.page.getByTestId('quiz-program').first().textContent()).toBe(firstProgram);
  await expect(bob.page.getByRole('radio', { name: 'True' }).last()).toBeChecked();
  await bob.page.getByTestId('submit-attempt').click();
  await expect(bob.page.getByTestId('result-score')).toBeVisible();

  // The instructor's page: both attempts, statistics, one attempt in detail, the CSV.
  await page.goto(instructorLink);
  await expect(page.getByTestId('results-title')).toHaveText('Week 3: aliases');
  await expect(page.getByTestId('count-submitted')).toHaveText('2', { timeout: 15_000 });
  const rows = page.getByTestId('attempt-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(SNEAKY_NAME); // shown as text, not markup
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.getByTestId('question-stat')).toHaveCount(2);
  await expect(page.getByTestId('question-stats')).toContainText('From your instructor');
  await expect(page.getByTestId('score-chart')).toContainText('2 submitted');
  await rows.first().getByRole('button', { name: /Ada Lovelace/ }).click();
  await expect(page.getByTestId('attempt-detail')).toContainText('print(x is y)');
  await expect(page.getByTestId('attempt-detail')).toContainText('Right answer');
  // On a phone, the results with an attempt open still do not scroll sideways (the table scrolls in its own region).
  await page.setViewportSize({ width: 360, height: 740 });
  const wide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const inScroller = (e: Element) => e.parentElement?.closest('[role="region"], pre') != null;
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5 && !inScroller(e))
      .map((e) => `${e.tagName.toLowerCase()}${e.getAttribute('data-testid') ? `[${e.getAttribute('data-testid')}]` : ''}`)
      .slice(0, 5);
  });
  expect(wide).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 720 });
  const download = page.waitForEvent('download');
  await page.getByTestId('download-csv').click();
  const csvPath = await (await download).path();
  const csv = (await import('node:fs')).readFileSync(csvPath!, 'utf8').replace(/^\ufeff/, '').trimEnd().split('\r\n');
  expect(csv).toHaveLength(3);
  expect(csv[0]).toBe('name,student_id,attempt,started_at,submitted_at,score,max_score,q1,q2');
  expect(csv[1]).toMatch(/^Ada Lovelace,s-001,1,/);
  expect(csv[2].startsWith(`'${SNEAKY_NAME},`)).toBe(true);

  // Closing from the results page: from now on, nobody can start or submit.
  await page.getByTestId('close-now').click();
  await page.getByTestId('confirm-close').click();
  await expect(page.getByTestId('assignment-state')).toHaveText('Closed');

  const late = await learner(browser, learnerLink);
  await expect(late.page.getByTestId('assignment-closed')).toBeVisible();
  await expect(late.page.getByTestId('start-form')).toHaveCount(0);
  const id = new URL(learnerLink).pathname.split('/').pop();
  const refused = await late.context.request.post(`/api/a/${id}/start`, {
    data: { browserToken: 'late-learner-token-0001', displayName: 'Late' },
  });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error).toMatch(/closed/);
  expect(await countRows(request, instructorLink)).toBe(2);

  for (const who of [ada, bob, late]) {
    expect(who.errors).toEqual([]);
    await who.context.close();
  }
});

test('results update live while learners submit, and a wrong secret sees nothing', async ({ page, browser, request, guard }) => {
  test.setTimeout(120_000);
  guard.allow(/status of 404/);
  const { learnerLink, instructorLink } = await createAssignment(page);
  await page.goto(instructorLink);
  await expect(page.getByTestId('no-attempts')).toBeVisible();

  const cy = await learner(browser, learnerLink);
  await startAs(cy.page, 'Cy');
  await expect(page.getByTestId('count-in-progress')).toHaveText('1', { timeout: 15_000 });
  await answerAll(cy.page);
  await cy.page.getByTestId('submit-attempt').click();
  await expect(page.getByTestId('count-submitted')).toHaveText('1', { timeout: 15_000 });
  await cy.context.close();

  const url = new URL(instructorLink);
  const wrong = `${url.origin}${url.pathname}#key=${'A'.repeat(32)}`;
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(wrong);
  await expect(strangerPage.getByTestId('results-denied')).toContainText('not valid');
  await expect(strangerPage.getByTestId('attempts-table')).toHaveCount(0);
  await expect(strangerPage.locator('body')).not.toContainText('Cy');
  await strangerPage.goto(`${url.origin}${url.pathname}`);
  await expect(strangerPage.getByTestId('results-denied')).toContainText('private results link');
  await stranger.close();
  const id = url.pathname.split('/').pop();
  for (const path of ['results', 'attempt', 'rotate', 'close']) {
    const response = await request.post(`/api/teach/${id}/${path}`, { headers: { 'x-instructor-key': 'B'.repeat(32) } });
    expect(response.status()).toBe(404);
  }
  const csv = await request.post(`/api/teach/${id}/csv`, { form: { key: 'C'.repeat(32) } });
  expect(csv.status()).toBe(404);
  expect(await csv.text()).not.toContain('Cy');

  // Replacing the private link: the old key stops working, the new one works.
  await page.getByTestId('rotate').click();
  await page.getByTestId('confirm-rotate').click();
  const fresh = await page.getByTestId('rotated-link').inputValue();
  expect(fresh).not.toBe(instructorLink);
  const oldKey = url.hash.replace('#key=', '');
  expect((await request.post(`/api/teach/${id}/results`, { headers: { 'x-instructor-key': oldKey } })).status()).toBe(404);
  expect(await countRows(request, fresh)).toBe(1);
});

test('bad links and bad requests get clear answers', async ({ page, request, guard }) => {
  guard.allow(/status of 4\d\d/);
  await page.goto('/a/doesnotexist');
  await expect(page.getByTestId('assignment-missing')).toContainText('not lead to an assignment');
  const tooBig = await request.post('/api/a/abcdef/start', { data: { browserToken: 'x'.repeat(20), displayName: 'y'.repeat(100_000) } });
  expect(tooBig.status()).toBe(413);
  const invalid = await request.post('/api/a/abcdef/start', { data: { browserToken: 'x'.repeat(20), displayName: 'Ada\nB' } });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).error).toMatch(/displayName/);
  const unknown = await request.post('/api/a/abcdef/start', { data: { browserToken: 'x'.repeat(20), displayName: 'Ada' } });
  expect(unknown.status()).toBe(409);
  expect((await unknown.json()).error).toMatch(/not valid/);
  const response = await request.get('/teach');
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});
