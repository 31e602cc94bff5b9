import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { axeProblems, expectEssentialsWithoutScripts } from './page-checks.ts';
import { builtPages } from './site.ts';
import { BOOKLET, DIRECTORY, FLOWCHART, SERVICE_PAGES, TOPICS, guideHref } from '../../src/lib/site/routes.ts';
import { GUIDE_PAGE_IDS, LAYOUT_IDS } from '../../src/lib/site/site-links.ts';

const pages = builtPages();

test('the site has the pages it should', () => {
  expect(pages).toEqual(
    expect.arrayContaining(['/', DIRECTORY, TOPICS, '/404.html', guideHref('staying-safe-online')]),
  );
  expect(pages.filter((p) => p.startsWith(SERVICE_PAGES)).length).toBeGreaterThanOrEqual(12);
});

test('the site has no booklet pages: only the build for printing makes them (npm run booklet)', () => {
  expect(existsSync(join('dist', BOOKLET))).toBe(false);
  expect(pages.filter((p) => p.startsWith(BOOKLET))).toEqual([]);
});

test('the ids the link check counts on are on a guide page, so a link to one of them is never broken', async ({
  page,
}) => {
  await page.goto(guideHref('asking-the-council-for-help'));
  for (const id of [...LAYOUT_IDS, ...GUIDE_PAGE_IDS]) await expect(page.locator(`[id="${id}"]`), id).toHaveCount(1);
});

for (const path of pages) {
  test.describe(path, () => {
    test('passes axe (WCAG 2.2 A and AA) and loads nothing from other sites', async ({ page }) => {
      // The flowchart holds the whole step-by-step guide on one page: axe needs longer there.
      if (path === FLOWCHART) test.setTimeout(120_000);
      const foreign: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith('http://127.0.0.1:') && !r.url().startsWith('data:')) foreign.push(r.url());
      });
      await page.goto(path);
      expect(await axeProblems(page)).toEqual([]);
      expect(foreign).toEqual([]);
    });

    test('works with JavaScript off: heading, crisis help and quick exit', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      await expectEssentialsWithoutScripts(page);
      await context.close();
    });
  });
}
