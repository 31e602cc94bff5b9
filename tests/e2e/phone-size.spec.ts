import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

test('at 320px, crisis help is one tap away at the top of the page', async ({ page }) => {
  await page.goto('/guide/you-have-been-given-notice/');
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
  for (const path of ['/', '/directory/', '/services/samaritans/', '/guide/crisis/']) {
    await page.goto(path);
    await expect(page.getByRole('link', { name: /Leave this page/ })).toBeInViewport();
  }
});

test('no page scrolls sideways at 320px', async ({ page }) => {
  // One visit per built page: the time grows with the guide.
  test.setTimeout(180_000);
  const wide: string[] = [];
  for (const path of builtPages()) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) wide.push(`${path} (${overflow}px too wide)`);
    // Visiting /kiosk/ turns kiosk mode on for the session; kiosk.spec.ts checks that mode.
    await page.evaluate(() => sessionStorage.clear());
  }
  expect(wide).toEqual([]);
});
