// Screenshots of the built site for a visual check: node scripts/screenshots.mjs [baseURL] [outDir]
// Pages: home and the first lesson, light and dark, 360 px and 1280 px wide.
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const base = process.argv[2] ?? 'http://127.0.0.1:3100';
const out = process.argv[3] ?? 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const pages = { home: '/', lesson: '/learn/names-and-objects', notfound: '/learn/nope' };
for (const scheme of ['light', 'dark']) {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(base + path);
      await page.screenshot({ path: `${out}/${name}-${scheme}-${width}.png`, fullPage: name === 'lesson' ? width === 1280 : true });
    }
    await context.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}/`);
