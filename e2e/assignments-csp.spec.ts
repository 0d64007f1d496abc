// The Content-Security-Policy (next.config.mjs) must not stop the site's own code: the simulator
// worker in the playground and a lesson, and Pyodide's wasm in the CPython check. Any violation
// shows up as a securitypolicyviolation event or a console error, and fails the test.
import type { Page } from '@playwright/test';
import { expect, firstCell, test } from './fixtures';

/** Violations we accept (none: zod runs jitless, see lib/zod-jitless.ts). */
const KNOWN_VIOLATIONS: RegExp[] = [];

async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__reportCsp', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp(t: string): void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} sample=${e.sample}`);
    });
  });
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
  return violations;
}

const unexpected = (violations: string[]) => violations.filter((v) => !KNOWN_VIOLATIONS.some((known) => known.test(v)));

test('the playground runs the simulator and real CPython (Pyodide) under the CSP', async ({ page, guard }) => {
  test.setTimeout(150_000);
  void guard;
  const violations = await watchViolations(page);
  const response = await page.goto('/play');
  expect(response?.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
  const content = page.getByTestId('cell').first().locator('.cm-content');
  await content.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('import sys\nx = []\nprint(sys.getrefcount(x))\n');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('sim-stdout')).toHaveText('2', { timeout: 30_000 });
  await page.getByTestId('check-cpython').click();
  await expect(page.getByTestId('oracle-compare')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('oracle-stdout')).toContainText('2');
  expect(unexpected(violations)).toEqual([]);
});

test('a lesson renders and runs its cells under the CSP', async ({ page, guard }) => {
  test.setTimeout(90_000);
  void guard;
  const violations = await watchViolations(page);
  await page.goto('/learn/names-and-objects');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if ((await page.getByTestId('cell').or(page.getByTestId('cell-loading')).count()) > 0) {
    const cell = await firstCell(page);
    await cell.getByTestId('run').click();
    await expect(cell.getByTestId('sim-stdout')).not.toBeEmpty({ timeout: 30_000 });
  }
  // The theme toggle relies on the inline theme script: dark mode must still apply.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  expect(unexpected(violations)).toEqual([]);
});
