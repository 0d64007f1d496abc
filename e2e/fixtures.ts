import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Every page of the site that e2e visits; new routes join this list. */
export const PAGES = [
  { name: 'home', path: '/' },
  { name: 'learn index', path: '/learn' },
  { name: 'lesson', path: '/learn/names-and-objects' },
  { name: 'myths', path: '/myths' },
  { name: 'playground', path: '/play' },
  { name: 'quiz practice', path: '/quiz' },
  { name: '404', path: '/learn/nope' },
] as const;

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

interface Guard {
  /** Requests the browser made to anything but this machine. */
  external: string[];
  /** console.error messages and uncaught page errors. */
  errors: string[];
}

/**
 * Each test gets a page that records outside requests and console errors; both lists must be
 * empty when the test ends. Tests that expect an error (the 404 document) call `allow`.
 */
export const test = base.extend<{ guard: Guard & { allow: (pattern: RegExp) => void } }>({
  guard: async ({ page, context }, provide) => {
    const external: string[] = [];
    const errors: string[] = [];
    const allowed: RegExp[] = [];
    context.on('request', (request) => {
      const url = new URL(request.url());
      if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') && !LOCAL_HOSTS.has(url.hostname)) {
        external.push(request.url());
      }
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    await provide({ external, errors, allow: (pattern) => allowed.push(pattern) });
    expect(external, 'requests that left 127.0.0.1/localhost').toEqual([]);
    expect(errors.filter((text) => !allowed.some((pattern) => pattern.test(text))), 'console errors').toEqual([]);
  },
});

export { expect };

export async function setTheme(page: Page, theme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: theme });
}

export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')} :: ${node.failureSummary ?? ''}`),
    }));
}

/**
 * The page's first cell once every cell is interactive. Cells swap their plain-code placeholder
 * for the editor one by one, so `getByTestId('cell').first()` taken earlier can name a later cell
 * that happened to load first, and then a different one.
 */
export async function firstCell(page: Page) {
  await expect(page.getByTestId('cell-loading')).toHaveCount(0, { timeout: 30_000 });
  const cell = page.getByTestId('cell').first();
  await expect(cell.locator('.cm-content')).toBeVisible({ timeout: 30_000 });
  return cell;
}

/** Replaces the code of the page's first cell by typing, as a learner would. */
export async function replaceCode(page: Page, code: string) {
  const content = page.getByTestId('cell').first().locator('.cm-content');
  await content.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
  await expect(content).toContainText(code.split('\n')[0]);
}
