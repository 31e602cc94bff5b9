import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';
import { DIRECTORY, agencyHref, guideHref } from '../../src/lib/site/routes.ts';

test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

test('at 320px, crisis help is one tap away at the top of the page', async ({ page }) => {
  await page.goto(guideHref('you-have-been-given-notice'));
  const help = page.getByRole('link', { name: 'Help now' });
  await expect(help).toBeInViewport();
  const box = (await help.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  await expect(help).toBeInViewport(); // it stays at the top while scrolling
  await help.tap();
  const panel = page.locator('#crisis-help');
  await expect(panel.getByRole('heading', { name: 'Need help now?' })).toBeInViewport();
  await expect(panel.locator('a[href="tel:999"]')).toBeVisible();
  await expect(panel.locator('a[href="tel:111"]')).toBeVisible();
  await expect(panel.locator('a[href="tel:116123"]')).toBeVisible();
  await expect(panel.locator('a[href="sms:85258"]')).toBeVisible();
});

test('the quick exit is visible at the top of every kind of page at 320px', async ({ page }) => {
  for (const path of ['/', DIRECTORY, agencyHref('samaritans'), guideHref('crisis')]) {
    await page.goto(path);
    await expect(page.getByRole('link', { name: /Leave this page/ })).toBeInViewport();
  }
});

// One test per page, so a slow page on a busy machine gets its own time budget.
for (const path of builtPages()) {
  test(`${path} does not scroll sideways at 320px`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} is ${overflow}px too wide`).toBeLessThanOrEqual(0);
  });
}
