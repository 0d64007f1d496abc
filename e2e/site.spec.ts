import { expect, test } from './fixtures';

test('home lists the lessons in course order with summaries and reading time', async ({ page, guard }) => {
  void guard;
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const items = page.getByTestId('lesson-list').getByRole('listitem');
  await expect(items.first()).toContainText('Names and objects');
  const count = await items.count();
  const numbers: number[] = [];
  for (let i = 0; i < count; i++) {
    const text = (await items.nth(i).textContent()) ?? '';
    numbers.push(Number(/Lesson (\d+):/.exec(text)?.[1]));
    await expect(items.nth(i)).toContainText(/\d+ min read/);
  }
  expect(numbers).toEqual(numbers.map((_, index) => index + 1));
  await items.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/learn\/names-and-objects$/);
});

test('a lesson renders its callouts, highlighted code and navigation', async ({ page, guard }) => {
  void guard;
  await page.goto('/learn/names-and-objects');
  await expect(page).toHaveTitle(/Names and objects/);
  await expect(page.getByRole('heading', { level: 1, name: 'Names and objects' })).toBeVisible();
  for (const kind of ['myth', 'actually', 'note', 'pitfall']) {
    await expect(page.locator(`[data-callout="${kind}"]`).first()).toBeVisible();
  }
  await expect(page.locator('[data-callout="myth"]').first()).toContainText('Myth');
  await expect(page.locator('[data-callout="actually"]').first()).toContainText('What actually happens');

  // Highlighted at build time: tokens carry their theme colours in the HTML.
  const python = page.locator('pre[data-language="python"]').first();
  await expect(python).toBeVisible();
  expect(await python.locator('span[style*="--shiki-light"]').count()).toBeGreaterThan(3);
  // Examples are runnable cells (their code is readable before the editor loads).
  await expect(page.locator('[data-testid="cell"], [data-testid="cell-loading"]').first()).toBeVisible();

  // The deep dive starts collapsed and opens.
  const deepDive = page.locator('details.deep-dive').first();
  await expect(deepDive).not.toHaveAttribute('open', '');
  await deepDive.locator(':scope > summary').click();
  await expect(deepDive).toHaveAttribute('open', '');

  // References to CPython sources and PEPs.
  await expect(page.locator('a[href^="https://github.com/python/cpython/blob/"]').first()).toBeVisible();
  await expect(page.locator('a[href^="https://peps.python.org/pep-"]').first()).toBeAttached();

  // Metadata that makes the link share well.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/learn\/names-and-objects$/);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/learn\/names-and-objects\/opengraph-image/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /reference to an object/);
});

test('a section link updates the URL hash and scrolls to its heading', async ({ page, guard }) => {
  void guard;
  await page.setViewportSize({ width: 1400, height: 800 });
  await page.goto('/learn/names-and-objects');
  const toc = page.getByRole('navigation', { name: 'On this page' }).last();
  await toc.getByRole('link', { name: 'Aliasing through a list' }).click();
  await expect(page).toHaveURL(/#aliasing-through-a-list$/);
  const heading = page.locator('h2#aliasing-through-a-list');
  // Scrolling may be smooth: wait for the heading to settle near the top, below the sticky header.
  await expect
    .poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top)), { timeout: 5_000 })
    .toBeGreaterThanOrEqual(60);
  await expect.poll(() => heading.evaluate((element) => element.getBoundingClientRect().top), { timeout: 5_000 }).toBeLessThan(120);

  // The heading's own "copy link" control points at the same id.
  await page.evaluate(() => window.scrollTo(0, 0));
  const anchor = page.getByRole('link', { name: 'Copy link to section: Rebinding versus mutation' });
  await expect(anchor).toHaveAttribute('href', '#rebinding-versus-mutation');
  await anchor.click();
  await expect(page).toHaveURL(/#rebinding-versus-mutation$/);
  await expect(page.locator('h2#rebinding-versus-mutation')).toBeInViewport();

  // Every table-of-contents entry resolves to a heading on the page.
  const hrefs = await toc.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  for (const href of hrefs) await expect(page.locator(`[id="${href!.slice(1)}"]`)).toHaveCount(1);
});

test('the theme toggle persists across reloads and applies before paint', async ({ page, guard }) => {
  void guard;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).not.toHaveClass(/dark/);
  const toggle = page.getByRole('button', { name: /theme/ });
  // system -> light -> dark
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveClass(/dark/);

  await page.reload();
  await expect(html).toHaveClass(/dark/);
  await expect(page.getByRole('button', { name: /Dark theme/ })).toBeVisible();
  // The class is set by the inline script, before any React code runs.
  const darkAtFirstPaint = await page.evaluate(() => document.documentElement.classList.contains('dark'));
  expect(darkAtFirstPaint).toBe(true);

  await page.goto('/learn/names-and-objects');
  await expect(html).toHaveClass(/dark/);
  // dark -> system (light here)
  await page.getByRole('button', { name: /theme/ }).click();
  await expect(html).toHaveAttribute('data-theme', 'system');
  await expect(html).not.toHaveClass(/dark/);
  await page.reload();
  await expect(html).not.toHaveClass(/dark/);
});

test('the theme script sets the class before the first paint', async ({ page, guard }) => {
  void guard;
  await page.addInitScript(() => {
    localStorage.setItem('memlab:theme', 'dark');
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { darkAtDomReady: boolean }).darkAtDomReady = document.documentElement.classList.contains('dark');
    });
  });
  await page.goto('/');
  expect(await page.evaluate(() => (window as unknown as { darkAtDomReady: boolean }).darkAtDomReady)).toBe(true);
});

test('progress is recorded in the browser and shown on the home page', async ({ page, guard }) => {
  void guard;
  await page.goto('/learn/names-and-objects');
  await page.getByRole('button', { name: 'Mark lesson as finished' }).click();
  await expect(page.getByRole('button', { name: '✓ Finished' })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/');
  await expect(page.getByTestId('course-progress')).toContainText(/1 of \d+ lessons? finished/);
  await expect(page.getByTestId('lesson-list').getByText('✓ Finished')).toBeVisible();
});

test('an unknown lesson is a real 404 page', async ({ page, guard }) => {
  guard.allow(/Failed to load resource: the server responded with a status of 404/);
  const response = await page.goto('/learn/nope');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the course home' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('sitemap.xml, robots.txt and the Open Graph image are served', async ({ request }) => {
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.ok()).toBe(true);
  expect(await sitemap.text()).toContain('/learn/names-and-objects</loc>');
  const robots = await request.get('/robots.txt');
  expect(await robots.text()).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
  const image = await request.get('/learn/names-and-objects/opengraph-image');
  expect(image.ok()).toBe(true);
  expect(image.headers()['content-type']).toBe('image/png');
  expect((await image.body()).byteLength).toBeGreaterThan(10_000);
});

test('the skip link is the first stop and moves focus to the content', async ({ page, guard }) => {
  void guard;
  await page.goto('/learn/names-and-objects');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main#main')).toBeFocused();
});
