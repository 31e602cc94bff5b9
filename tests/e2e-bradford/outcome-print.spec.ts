/**
 * The Bradford edition has a public address: the next-steps sheet's QR code leads there, not to the
 * address the page was opened at, and it is drawn only when the sheet is printed.
 */
import { expect, test } from '@playwright/test';
import { helpNode } from '../../src/lib/site/routes.ts';
import { openOutcomeWatchingScripts } from '../e2e/site.ts';

/** The page's public address as printed (no https://, no trailing slash). */
const printed = `bradford.guide.example${helpNode('rent-arrears').replace(/\/$/, '')}`;

test('the QR code on the printed sheet leads to the public address, drawn only when printing', async ({ page }) => {
  // Not in the page as sent, and its code not loaded by reading it.
  const { scripts, qr } = await openOutcomeWatchingScripts(page, 'rent-arrears');
  const loadedBefore = scripts.length;
  // The address to type is on the sheet from the start (printing from the browser's menu gives it).
  await page.emulateMedia({ media: 'print' });
  await expect(qr).toContainText(printed);
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-test-printed', '');
  });
  await page.getByRole('button', { name: 'Print my next steps' }).click();
  await expect(page.locator('html[data-test-printed]')).toBeAttached();
  await expect(qr.locator('svg[role="img"]')).toHaveAttribute(
    'aria-label',
    `QR code: these next steps online, ${printed}`,
  );
  expect(scripts.length).toBeGreaterThan(loadedBefore);
});
