// Stepping through a garbage collection pass in the playground, with the keyboard only: the
// gc.collect() step offers the pass, each phase shows gc_refs per object, the cycle ends marked
// unreachable and freed, the object a local holds survives; then an accessibility scan of the cell.
import AxeBuilder from '@axe-core/playwright';
import { expect, replaceCode, setTheme, test } from './fixtures';

const PROGRAM = [
  'import gc',
  'class Node:',
  '    pass',
  'def main():',
  '    a = Node()',
  '    b = Node()',
  '    a.partner = b',
  '    b.partner = a',
  '    held = Node()',
  '    print(id(a), id(b), id(held))',
  '    del a, b',
  '    print(gc.collect())',
  "    print('kept', held is not None)",
  'main()',
  '',
].join('\n');

for (const theme of ['light', 'dark'] as const) test(`a GC pass can be stepped through its phases with the keyboard (${theme})`, async ({ page, guard }) => {
  void guard;
  test.setTimeout(120_000);
  await setTheme(page, theme);
  await page.goto('/play');
  await replaceCode(page, PROGRAM);
  await page.keyboard.press('Control+Enter');
  const stdout = page.getByTestId('sim-stdout');
  await expect(stdout).toContainText(/^\d+ \d+ \d+\s+2\s+kept True\s*$/, { timeout: 20_000 });
  const [a, b, held] = ((await stdout.textContent()) ?? '').trim().split(/\s+/);

  // Step with the arrow key to the step after line 12 (gc.collect()) ran: line 13 is next. An
  // automatic collection may have been offered on an earlier step too (the profile's thresholds).
  const position = page.getByTestId('step-position');
  await page.getByTestId('step-next').focus();
  await page.keyboard.press('Home');
  await expect(position).toContainText(/Step\s*1\s*\//);
  for (let i = 0; i < 60 && !/line 13\b/.test((await position.textContent()) ?? ''); i++) await page.keyboard.press('ArrowRight');
  await expect(position).toContainText(/line 13\b/);
  const offer = page.getByTestId('gc-step-through');
  await expect(offer).toBeVisible();

  await offer.focus();
  await page.keyboard.press('Enter');
  await expect(offer).toHaveAttribute('aria-expanded', 'true');
  const phase = page.getByTestId('gc-phase');
  await expect(phase).toHaveAttribute('data-phase', 'copy');
  const row = (id: string) => page.locator(`[data-obj-gc="${id}"]`);
  for (const id of [a, b, held]) await expect(row(id)).toHaveAttribute('data-gc-refs', '1');

  // Tab to "Next phase" (past "Previous phase"), then Enter through the phases.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('gc-phase-prev')).toBeFocused();
  await page.keyboard.press('Tab');
  const next = page.getByTestId('gc-phase-next');
  await expect(next).toBeFocused();
  // a visible focus state
  expect(await next.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');

  await page.keyboard.press('Enter');
  await expect(phase).toHaveAttribute('data-phase', 'subtract');
  await expect(phase).toContainText('Internal references subtracted');
  await expect(row(a)).toHaveAttribute('data-gc-refs', '0');
  await expect(row(b)).toHaveAttribute('data-gc-refs', '0');
  await expect(row(held)).toHaveAttribute('data-gc-refs', '1');
  await expect(page.getByTestId('gc-edge').first()).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(phase).toHaveAttribute('data-phase', 'mark');
  await expect(row(a)).toHaveAttribute('data-unreachable', 'true');
  await expect(row(b)).toHaveAttribute('data-unreachable', 'true');
  await expect(row(held)).toHaveAttribute('data-unreachable', 'false');
  await expect(page.locator(`[data-testid="heap-object"][data-obj="${a}"]`)).toHaveAttribute('data-unreachable', 'true');
  await expect(page.locator(`[data-testid="heap-object"][data-obj="${a}"]`).getByTestId('object-gc-refs')).toHaveAttribute('data-gc-refs', '0');

  // Arrow keys inside the panel move through phases too, without leaving the step.
  const where = await position.textContent();
  await page.keyboard.press('ArrowRight');
  await expect(phase).toHaveAttribute('data-phase', 'free');
  await expect(position).toHaveText(where ?? '');
  await expect(row(a).getByTestId('gc-row-state')).toContainText('freed');
  await expect(row(held).getByTestId('gc-row-state')).toHaveText('survives');
  await expect(page.getByTestId('gc-announcement')).toContainText('GC phase 4 of 4: Unreachable freed');

  // The text view says the same.
  await page.getByTestId('text-view-toggle').locator('summary').click();
  await expect(page.getByTestId('gc-text')).toContainText('phase 4 of 4');
  await expect(page.locator(`[data-obj-gc-text="${held}"]`)).toHaveAttribute('data-gc-refs', '1');

  const scan = await new AxeBuilder({ page }).include('[data-testid="cell"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
});
