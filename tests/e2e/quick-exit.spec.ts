import { expect, test } from '@playwright/test';
import { NEUTRAL_SITE, stubNeutralSite } from './site.ts';
import { DIRECTORY, agencyHref, guideHref } from '../../src/lib/site/routes.ts';
import { STORAGE_PREFIX, TREE_SESSION_KEY } from '../../src/lib/site/storage.ts';

/** Any key the guide might keep in localStorage: the quick exit clears everything under the prefix. */
const LOCAL_KEY = `${STORAGE_PREFIX}saved`;

test.beforeEach(async ({ page }) => {
  await stubNeutralSite(page);
});

test('the Leave this page button hides the guide, clears its storage, and Back does not return', async ({ page }) => {
  await page.goto(DIRECTORY);
  await page.goto(guideHref('behind-with-rent'));
  await page.evaluate(
    ([session, local]) => {
      sessionStorage.setItem(session, '{"danger":"no"}');
      localStorage.setItem(local, '1');
    },
    [TREE_SESSION_KEY, LOCAL_KEY],
  );
  await page.getByRole('link', { name: /Leave this page/ }).click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible();

  await page.goBack();
  // Back skips the page that was open: it was replaced, not added to.
  expect(page.url()).not.toContain(guideHref('behind-with-rent'));
  await page.goto('/');
  const stored = await page.evaluate(
    ([session, local]) => [sessionStorage.getItem(session), localStorage.getItem(local)],
    [TREE_SESSION_KEY, LOCAL_KEY],
  );
  expect(stored).toEqual([null, null]);
});

test('pressing Shift three times leaves the page', async ({ page }) => {
  await page.goto('/');
  await page.goto(agencyHref('samaritans'));
  await page.evaluate((local) => localStorage.setItem(local, '1'), LOCAL_KEY);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(NEUTRAL_SITE);
  await page.goBack();
  expect(page.url()).not.toContain(agencyHref('samaritans'));
  await page.goto('/');
  expect(await page.evaluate((local) => localStorage.getItem(local), LOCAL_KEY)).toBeNull();
});

test('typing capital letters does not trigger the exit', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift+A');
  await page.keyboard.press('Shift');
  // The count started again after the A: the page says so, and stays.
  await expect(page.locator('[data-quick-exit-status]')).toHaveText('Shift pressed 1 time');
  await expect(page).toHaveURL(/127\.0\.0\.1/);
});

test('without JavaScript the button is still a link to the neutral site', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await stubNeutralSite(page);
  await page.goto('/');
  await page.getByRole('link', { name: /Leave this page/ }).click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  await context.close();
});
