/** Bradford's directory is small too: its search index is saved on the first visit, so services are found with no signal (tests/e2e/offline.spec.ts has the rest). */
import { expect, test } from '@playwright/test';
import { serveStatic } from '../../src/build-tools/static-server.ts';
import { SEARCH, agencyHref } from '../../src/lib/site/routes.ts';
import { serviceWorkerActive, stopServer } from '../e2e/offline-visit.ts';

test.use({ serviceWorkers: 'allow' });
test.setTimeout(90_000);

test('with no connection and never searched before, a Bradford service is found by a word of its name and its page opens', async ({
  browser,
}) => {
  const own = await serveStatic('dist-bradford');
  const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: own.base });
  const page = await context.newPage();
  try {
    await page.goto('/');
    await serviceWorkerActive(page);
    await stopServer(own);
    await page.goto(`${SEARCH}?q=Sanctuary`);
    await expect(page.locator('[data-search-ready]')).toBeVisible();
    const name = 'Safer spaces (Haven and the Sanctuary)';
    const result = page.locator('.search__result').getByRole('link', { name, exact: true });
    await expect(result).toBeVisible();
    await result.click();
    await expect(page).toHaveURL(agencyHref('bradford-safer-spaces'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  } finally {
    await context.close();
  }
});
