/** Helpers for the end-to-end tests: the built pages, and the neutral site used by quick exit. */
import { existsSync, globSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { helpNode, KIOSK_START } from '../../src/lib/site/routes.ts';

const DIST = join(process.cwd(), 'dist');

/** Every page of a built site (dist/ unless another folder is given), as a path like /guide/behind-with-rent/. */
export function builtPages(dir: string = DIST): string[] {
  const root = resolve(dir);
  if (!existsSync(root))
    throw new Error(`${relative(process.cwd(), root)}/ is missing: run npm run build first (npm test does).`);
  return globSync('**/{index,404}.html', { cwd: root })
    .map((f) => f.split('\\').join('/'))
    .map((f) => (f.endsWith('404.html') ? '/404.html' : `/${f.replace(/index\.html$/, '')}`))
    .sort();
}

export const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather';

/** Answer requests to the neutral site locally, so tests never leave this machine. */
export async function stubNeutralSite(page: Page) {
  await page.context().route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>Weather</title><h1>Weather</h1>',
    }),
  );
}

/**
 * Opens an outcome page, ready, with the list of scripts it has requested so far (it grows as the
 * page loads more): for checking that code such as the QR code's loads only when needed.
 */
export async function openOutcomeWatchingScripts(page: Page, node: string) {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(helpNode(node));
  await expect(page.locator('[data-outcome-answers][data-ready]')).toBeAttached();
  const qr = page.locator('[data-outcome-qr]');
  await expect(qr.locator('svg')).toHaveCount(0);
  return { scripts, qr };
}

/**
 * Staff set a screen up as a kiosk: open the kiosk start (settings in its address, such as
 * `?idle=120`, fill the form) and press the button. Returns the tab's history length then.
 */
export async function startKiosk(page: Page, query = '') {
  await page.goto(`${KIOSK_START}${query}`);
  await page.getByText('For staff: set up this screen as a kiosk').click();
  await page.getByRole('button', { name: 'Start kiosk mode on this screen' }).click();
  await expect(page.locator('html[data-kiosk-ready]')).toBeAttached();
  return page.evaluate(() => history.length);
}

/** On a kiosk, go to a page the way a visitor does: by touching a link, so kiosk mode handles it. */
export async function tapTo(page: Page, path: string) {
  await page.evaluate((p) => {
    const a = document.createElement('a');
    a.href = p;
    a.textContent = 'go';
    document.body.append(a);
    a.click();
  }, path);
  await page.waitForURL(`**${path}`);
  await expect(page.locator('html[data-kiosk-ready]')).toBeAttached();
}

/**
 * On a kiosk, the visitor walks away: past the idle time "Are you still there?" shows, then the
 * screen starts again at the kiosk start. The page's clock must be installed (page.clock.install()).
 * Time is moved on until the start shows: a scroll the browser reports late (after filling in a
 * form, say) counts as someone being there and restarts the idle time, as it should.
 */
export async function walkAway(page: Page) {
  await page.clock.fastForward(91_000);
  await expect(page.getByRole('dialog', { name: 'Are you still there?' })).toBeVisible();
  await expect
    .poll(async () => {
      if (new URL(page.url()).pathname !== KIOSK_START) await page.clock.fastForward(31_000);
      return new URL(page.url()).pathname;
    })
    .toBe(KIOSK_START);
  await expect(page.locator('html[data-kiosk-ready]')).toBeAttached();
}
