import { expect, test, type Response } from '@playwright/test';
import { DIRECTORY, agencyHref, helpNode } from '../../src/lib/site/routes.ts';

test('home to a topic to a guide page to a service, with call links', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Medway');
  await page.getByRole('link', { name: 'Keeping your home' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Keeping your home');
  await page.getByRole('link', { name: 'Behind with rent' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Behind with rent');
  await expect(page.getByText(/last reviewed on \d+ \w+ 20\d\d/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Where this information comes from' })).toBeVisible();

  // The page names local help, filled in from the edition.
  const help = page.locator('section[aria-labelledby="who-can-help"]');
  await expect(help.getByRole('link', { name: /Medway Council/ }).first()).toBeVisible();
  await help
    .getByRole('link', { name: /Medway Council/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/services\/medway-council-[a-z-]+\/$/);
  const call = page.locator('main a[href^="tel:"]').first();
  await expect(call).toHaveAttribute('href', /^tel:\+441634\d{6}$/);
  await expect(page.getByRole('heading', { name: 'Opening hours' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Where this information comes from' })).toBeVisible();
});

test('the directory lists services by category, each with a page', async ({ page }) => {
  await page.goto(DIRECTORY);
  await page.getByRole('link', { name: 'Crisis and emotional support' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Crisis and emotional support');
  await page.locator('main').getByRole('link', { name: 'Samaritans', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samaritans');
  await expect(page.locator('main a[href="tel:116123"]')).toContainText('116 123');
  await expect(page.locator('main [data-open-state="open"]')).toHaveText('Open now, 24 hours');
  await expect(page.getByText(/Last checked: \d+ \w+ 20\d\d/)).toBeVisible();
});

test('Shout is a text link, not a call link', async ({ page }) => {
  await page.goto(agencyHref('shout'));
  await expect(page.locator('main a[href="sms:85258"]')).toContainText('Text');
});

test('open now is worked out on the device, and unknown hours are said, not guessed', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-25T03:00:00Z'));
  await page.goto(agencyHref('medway-safe-haven'));
  await expect(page.locator('main [data-open-state="open"]')).toHaveText('Open now, 24 hours');
  await page.goto(agencyHref('medway-council-housing-options'));
  await expect(page.locator('main')).toContainText('Opening hours not known: check before you go.');
});

test('a page loads the opening-hours code only where it shows an open-now line, and there the line is filled in', async ({
  page,
}) => {
  const scripts: Response[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r);
  });
  // The scripts that hold the wording of the open-now line, read before the next page replaces this one.
  const hoursCode = async () =>
    (
      await Promise.all(scripts.splice(0).map(async (r) => ((await r.text()).includes('Closed now') ? r.url() : '')))
    ).filter(Boolean);
  await page.goto(agencyHref('medway-council-housing-options'));
  await expect(page.locator('html[data-quick-exit-ready]')).toHaveCount(1);
  await expect(page.locator('main [data-open-now]')).toHaveCount(0);
  expect(await hoursCode()).toEqual([]);
  await page.goto(agencyHref('medway-safe-haven'));
  await expect(page.locator('main [data-open-state]')).toHaveText(/^(Open now|Closed now)/);
  expect(await hoursCode()).toHaveLength(1);
});

test('a number that could not be checked on the service’s own page says so beside it, on its page and where an outcome lists it', async ({
  page,
}) => {
  const note = /We could not check this number on the service’s own website\. It comes from a news report/;
  await page.goto(agencyHref('citizens-advice-adviceline'));
  await expect(page.locator('main [data-unverified]').first()).toHaveText(note);
  await page.goto(helpNode('council-review'));
  await expect(page.locator('main [data-unverified]').first()).toHaveText(note);
  await page.goto(agencyHref('samaritans'));
  await expect(page.locator('main [data-unverified]')).toHaveCount(0);
});

test('a page that does not exist offers crisis help, topics and the home page', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We cannot find that page');
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  await expect(page.locator('#crisis-help a[href="tel:999"]')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Homeless or about to be' })).toBeVisible();
  await page.locator('#not-found-search').fill('rent');
  await page.locator('main').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=rent$/);
  await expect(page.locator('.search__result').first()).toBeVisible();
});
