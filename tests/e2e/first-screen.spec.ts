/**
 * On a phone, the way in and the number to call are on the first screen, without scrolling.
 */
import { expect, test } from '@playwright/test';
import { DIRECTORY, HELP, guideHref, helpNode } from '../../src/lib/site/routes.ts';

for (const viewport of [
  { width: 320, height: 640 },
  { width: 360, height: 740 },
]) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, isMobile: true, hasTouch: true });

    test('the home page shows the guide, the way in and the numbers to call on the first screen', async ({ page }) => {
      await page.goto('/');
      const whole = { ratio: 1 };
      await expect(page.getByRole('heading', { level: 1 })).toBeInViewport(whole);
      await expect(page.locator('.home__lede')).toBeInViewport(whole);
      await expect(page.getByRole('link', { name: 'Where do I go for help?' })).toBeInViewport(whole);
      const strip = page.getByRole('region', { name: 'In a crisis?' });
      await expect(strip.locator('a[href="tel:999"]')).toBeInViewport(whole);
      await expect(strip.locator('a[href="tel:116123"]')).toBeInViewport(whole);
      await expect(strip.getByRole('link', { name: 'More urgent help' })).toBeInViewport(whole);
      // The full panel is still on the page, where "More urgent help" goes.
      await strip.getByRole('link', { name: 'More urgent help' }).click();
      await expect(page.locator('#crisis-help').getByRole('heading', { name: 'Need help now?' })).toBeInViewport();
    });

    test('the header is short, and its Search and Menu work without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ viewport, javaScriptEnabled: false });
      const page = await context.newPage();
      for (const path of ['/', HELP, helpNode('rent-arrears'), DIRECTORY, guideHref('behind-with-rent')]) {
        await page.goto(path);
        const header = (await page.locator('.site-header').boundingBox())!;
        const bar = (await page.locator('.top-bar').boundingBox())!;
        expect(header.height + bar.height, `${path}: top bar and header`).toBeLessThanOrEqual(120);
      }
      await page.getByRole('banner').getByRole('link', { name: 'Menu' }).click();
      const menu = page.getByRole('navigation', { name: 'Main' });
      await expect(menu).toBeInViewport();
      await menu.getByRole('link', { name: 'Directory' }).click();
      await expect(page).toHaveURL(/\/directory\/$/);
      await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
      await expect(page).toHaveURL(/\/search\/$/);
      await context.close();
    });

    test('the first answer of the first question is on the first screen of /help/', async ({ page }) => {
      await page.goto(HELP);
      await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
      await expect(page.locator('.tree__answer').first()).toBeInViewport({ ratio: 1 });
    });
  });
}

// 200% zoom in a 640px-wide window lays the page out at 320 CSS px, as here.
test.describe('320×640', () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  test('after each answer the question is fully below the sticky bar', async ({ page }) => {
    await page.goto(HELP);
    await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
    for (const label of ['No, no one is in danger right now', 'Me']) {
      const answer = page.getByRole('link', { name: label, exact: true });
      await answer.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, 200)); // answer from lower down the page
      await answer.tap();
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toBeFocused();
      const bar = (await page.locator('.top-bar').boundingBox())!;
      const box = (await heading.boundingBox())!;
      expect(box.y, `the question starts below the bar after "${label}"`).toBeGreaterThanOrEqual(
        bar.y + bar.height - 1,
      );
      expect(box.y + box.height).toBeLessThanOrEqual(640);
    }
  });
});
