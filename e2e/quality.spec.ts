import { expect, PAGES, seriousViolations, setTheme, test } from './fixtures';

// Console errors and outside requests are checked by the guard fixture after every test.
for (const { name, path } of PAGES) {
  for (const theme of ['light', 'dark'] as const) {
    test(`${name} (${path}) in ${theme} theme: no serious axe violations, no console errors`, async ({ page, guard }) => {
      if (path === '/learn/nope') guard.allow(/Failed to load resource: the server responded with a status of 404/);
      await setTheme(page, theme);
      await page.goto(path);
      await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
      // Open every disclosure so collapsed content is scanned too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test('narrow phones (360 px) do not scroll sideways', async ({ page, guard }) => {
  void guard;
  await page.setViewportSize({ width: 360, height: 740 });
  for (const { path } of PAGES) {
    if (path === '/learn/nope') guard.allow(/status of 404/);
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
