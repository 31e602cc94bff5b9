import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from './site.ts';
import { BOOKLET, DIRECTORY, FLOWCHART, SERVICE_PAGES, TOPICS, guideHref } from '../../src/lib/routes.ts';
import { GUIDE_PAGE_IDS, LAYOUT_IDS } from '../../src/lib/site-links.ts';

const pages = builtPages();
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test('the site has the pages it should', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', DIRECTORY, TOPICS, '/404.html', guideHref('staying-safe-online')]));
  expect(pages.filter((p) => p.startsWith(SERVICE_PAGES)).length).toBeGreaterThanOrEqual(12);
});

test('the ids the link check counts on are on a guide page, so a link to one of them is never broken', async ({ page }) => {
  await page.goto(guideHref('asking-the-council-for-help'));
  for (const id of [...LAYOUT_IDS, ...GUIDE_PAGE_IDS]) await expect(page.locator(`[id="${id}"]`), id).toHaveCount(1);
});

for (const path of pages) {
  test.describe(path, () => {
    test('passes axe (WCAG 2.2 A and AA) and loads nothing from other sites', async ({ page }) => {
      // The booklet and the flowchart hold the whole guide on one page: axe needs longer there.
      if (path.startsWith(BOOKLET) || path === FLOWCHART) test.setTimeout(120_000);
      const foreign: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith('http://127.0.0.1:') && !r.url().startsWith('data:')) foreign.push(r.url());
      });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect(summary).toEqual([]);
      expect(foreign).toEqual([]);
    });

    test('works with JavaScript off: heading, crisis help and quick exit', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.locator('#crisis-help a[href="tel:999"]')).toBeVisible();
      await expect(page.locator('#crisis-help a[href="tel:116123"]')).toBeVisible();
      await expect(page.getByRole('link', { name: /Leave this page/ })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
      await context.close();
    });
  });
}
