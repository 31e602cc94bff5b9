/**
 * Offline: the first visit saves the essentials (the whole step-by-step guide, crisis help, the
 * services the next steps name, search's code); other pages work offline once visited or saved
 * with the button; an address that is not saved shows the offline page and what is saved.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { serveStatic } from '../../src/build-tools/static-server.ts';
import { NEUTRAL_SITE, startKiosk, stubNeutralSite } from './site.ts';
import { type Server, serviceWorkerActive, stopServer } from './offline-visit.ts';
import { precacheList } from '../../src/lib/site/offline-copy.ts';
import { PRECACHE_CAP } from '../../src/build-tools/budget-rules.ts';
import {
  DIRECTORY,
  FLOWCHART,
  HELP,
  SEARCH,
  TOPICS,
  agencyHref,
  categoryHref,
  guideHref,
  helpNode,
} from '../../src/lib/site/routes.ts';
import { readTree } from '../../src/build-tools/content-reader.ts';

/** Opens the home page and waits until the service worker has saved the essentials. */
async function firstVisit(browser: Browser): Promise<{ own: Server; context: BrowserContext; page: Page }> {
  const own = await serveStatic('dist');
  const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: own.base });
  const page = await context.newPage();
  await page.goto('/');
  await serviceWorkerActive(page);
  return { own, context, page };
}

/** The precache list written into the built service worker. */
function precached(): string[] {
  return precacheList(readFileSync('dist/sw.js', 'utf8'));
}

const tree = readTree(process.cwd());

test.use({ serviceWorkers: 'allow' });
test.setTimeout(90_000);

test("the offline copy saved on the first visit is at most 3 MB, holds no guide page but crisis help, and holds the directory's search index", () => {
  const files = precached();
  const bytes = files.reduce((sum, f) => sum + statSync(join('dist', f)).size, 0);
  // 3 MB since the easy read pages and pictures joined it (see PRECACHE_CAP in src/build-tools/budget-rules.ts).
  expect(bytes).toBeLessThanOrEqual(PRECACHE_CAP);
  expect(files).toContain('help/index.html');
  for (const n of tree.nodes) expect(files).toContain(`help/${n.id}/index.html`);
  expect(files.filter((f) => f.startsWith('guide/'))).toEqual(['guide/crisis/index.html']);
  // The guide's search index is saved as it is used; the directory's, small in a real edition, is saved whole.
  const searchData = files.filter((f) => f.endsWith('.pf_fragment') || f.endsWith('.pf_index'));
  expect(searchData.filter((f) => !f.startsWith('pagefind/services/'))).toEqual([]);
  expect(searchData.filter((f) => f.startsWith('pagefind/services/fragment/')).length).toBeGreaterThan(10);
});

test('after one visit, with the server gone, /help/ and every question and next-steps page work', async ({
  browser,
}) => {
  const { own, context, page } = await firstVisit(browser);
  await stopServer(own);
  try {
    await page.goto(HELP);
    await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is anyone in danger right now?');
    for (const node of tree.nodes) {
      await page.goto(helpNode(node.id));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        node.type === 'outcome' ? node.title! : node.question!,
      );
      await expect(page.locator('#crisis-help a[href="tel:999"]')).toBeVisible();
    }
  } finally {
    await context.close();
  }
});

test('with no connection, "Send these next steps" and a service\'s "Send these contact details" work: the text, its links and Copy', async ({
  browser,
}) => {
  const { own, context, page } = await firstVisit(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await stopServer(own);
  const outcome = tree.nodes.find((n) => n.id === 'rent-arrears');
  if (outcome?.type !== 'outcome') throw new Error('rent-arrears is not an outcome');
  try {
    // Neither page was opened before: both are saved on the first visit (the outcome, and a service it names).
    for (const [path, name, first] of [
      [helpNode('rent-arrears'), 'Send these next steps', outcome.first.do.replace(/[‘’]/g, "'")],
      [agencyHref('samaritans'), 'Send these contact details', 'Samaritans: 116 123'],
    ] as const) {
      await page.goto(path);
      const part = page.getByRole('region', { name });
      await part.getByText(name).click();
      // The script ran from the saved copy: it adds the page's address and the Copy button.
      await expect(part).toHaveAttribute('data-send-ready', '');
      const sms = (await part.getByRole('link', { name: 'Send to a phone' }).getAttribute('href'))!;
      expect(sms).toMatch(/^sms:\?body=/);
      const body = decodeURIComponent(sms.slice('sms:?body='.length));
      expect(body.startsWith(first)).toBe(true);
      expect(body.split('\n').at(-1)).toBe(new URL(path, own.base).href);
      await expect(part).toContainText(first);
      const mail = (await part.getByRole('link', { name: 'Email' }).getAttribute('href'))!;
      expect(decodeURIComponent(mail.split('&body=')[1]!)).toBe(body);
      await part.getByRole('button', { name: 'Copy' }).click();
      await expect(part.getByRole('status')).toHaveText('Copied. You can paste it into a message or a note.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);
    }
  } finally {
    await context.close();
  }
});

test('with no connection, "Show the law" on a next-steps page still shows and hides the law under each right', async ({
  browser,
}) => {
  const { own, context, page } = await firstVisit(browser);
  await stopServer(own);
  try {
    await page.goto(helpNode('council-review'));
    await expect(page.locator('[data-show-law][data-ready]')).toBeVisible();
    const law = page.locator('[data-right]').first().locator('[data-right-law]');
    await expect(law).toBeHidden();
    await page.getByRole('button', { name: 'Show the law' }).click();
    await expect(law.getByRole('link').first()).toBeVisible();
    await expect(law.getByRole('link').first()).toHaveAttribute('href', /^https:\/\/www\.(legislation\.)?gov\.uk\//);
    await page.getByRole('button', { name: 'Show the law' }).click();
    await expect(law).toBeHidden();
  } finally {
    await context.close();
  }
});

test('after a visit, pages seen work with the server gone, and the essentials work without being seen', async ({
  browser,
}) => {
  const { own, context, page } = await firstVisit(browser);
  try {
    // Pages outside the essentials are saved as they are visited, and search words as they are searched.
    for (const path of [TOPICS, DIRECTORY, guideHref('behind-with-rent'), FLOWCHART]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    await page.goto(`${SEARCH}?q=eviction`);
    await expect(page.locator('.search__result').first()).toBeVisible();
  } finally {
    await stopServer(own);
  }

  await page.reload();
  await expect(page.locator('.search__result').first()).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('where to get help in Medway');

  for (const [path, heading] of [
    [TOPICS, 'Topics'],
    [DIRECTORY, 'Directory of services'],
    [agencyHref('samaritans'), 'Samaritans'],
    [guideHref('behind-with-rent'), 'Behind with rent'],
    [FLOWCHART, 'Where do I go for help? The flowchart'],
    [guideHref('crisis'), /./],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }

  // A journey through the step-by-step guide.
  await page.goto(HELP);
  await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
  await page.getByRole('link', { name: 'No, no one is in danger right now' }).click();
  await page.getByRole('link', { name: 'Me', exact: true }).click();
  await page.getByRole('link', { name: 'Struggling to keep my home going' }).click();
  await page.getByRole('link', { name: 'Money, rent or benefits' }).click();
  await expect(page).toHaveURL(/\/help\/rent-arrears\/$/);
  await expect(page.locator('main')).toContainText('Discretionary Housing Payment');
  // Start again, and the menu, bring back a question (never a blank page), offline too.
  await page.getByRole('main').getByRole('link', { name: 'Start again' }).click();
  await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is anyone in danger right now?');
  await page.getByRole('link', { name: 'No, no one is in danger right now' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Where do I go?' }).click();
  await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you looking for help for?');

  // An address that was never saved shows the offline page, not an error.
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await expect(page.locator('#crisis-help a[href="tel:999"]')).toBeVisible();

  // Kiosk mode, with its code and the QR codes it draws, from the cache.
  await startKiosk(page);
  await page.getByRole('link', { name: /Find a service/ }).click();
  await expect(page).toHaveURL(/\/directory\/$/);
  await page.goto(agencyHref('samaritans'));
  await expect(page.locator('html[data-kiosk-ready]')).toBeAttached();
  await page
    .getByRole('link', { name: /samaritans\.org/ })
    .first()
    .click();
  await expect(
    page.getByRole('dialog', { name: 'This is on another website' }).locator('svg[role="img"]'),
  ).toBeVisible();

  // The quiet notice.
  await context.setOffline(true);
  await page.goto('/');
  await expect(page.getByText('You are offline: pages saved on this device still work.')).toBeVisible();
  await context.close();
});

test('a guide page not visited shows the offline page, with what is saved on this device', async ({ browser }) => {
  const { own, context, page } = await firstVisit(browser);
  try {
    await page.goto(TOPICS);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topics');
  } finally {
    await stopServer(own);
  }
  try {
    const res = await page.goto(guideHref('behind-with-rent'));
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
    await expect(page.locator('[data-offline-essentials]')).toContainText('Always saved');
    await expect(
      page.locator('[data-offline-essentials]').getByRole('link', { name: 'Where do I go for help?' }),
    ).toHaveAttribute('href', HELP);
    await expect(page.locator('[data-offline-saved][data-ready]')).toBeAttached();
    await expect(
      page.locator('[data-offline-saved-list]').getByRole('link', { name: 'Topics', exact: true }),
    ).toHaveAttribute('href', TOPICS);
    await page.locator('[data-offline-saved-list]').getByRole('link', { name: 'Topics', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topics');
    // With no signal, search finds guide pages only for words searched before, and says so; services are found.
    await page.goto(`${SEARCH}?q=eviction`);
    await expect(page.locator('[data-search-ready]')).toBeVisible();
    await expect(page.locator('.search__status')).toContainText(
      'With no signal, search finds guide pages only for words searched on this device before.',
    );
    await expect(page.getByRole('searchbox')).toBeVisible();
  } finally {
    await context.close();
  }
});

test('with no connection and never searched before, a service is found by its name and its page opens', async ({
  browser,
}) => {
  // The directory of a real edition is small, so its search index is saved with the essentials on the first visit.
  const { own, context, page } = await firstVisit(browser);
  await stopServer(own);
  try {
    await page.goto(`${SEARCH}?q=Crimestoppers`);
    await expect(page.locator('[data-search-ready]')).toBeVisible();
    const result = page.locator('.search__result').getByRole('link', { name: 'Crimestoppers', exact: true });
    await expect(result).toBeVisible();
    await result.click();
    await expect(page).toHaveURL(agencyHref('crimestoppers'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Crimestoppers');
  } finally {
    await context.close();
  }
});

test('with no connection and no directory index on the device, search says services need a connection and offers the saved lists', async ({
  browser,
}) => {
  const { own, context, page } = await firstVisit(browser);
  try {
    // A list of services visited with signal is saved on the device.
    await page.goto(categoryHref('crisis'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Crisis and emotional support');
    // As for a large directory: its search index is not on the device.
    await page.evaluate(async () => {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys())
          if (new URL(request.url).pathname.startsWith('/pagefind/services/')) await cache.delete(request);
      }
    });
  } finally {
    await stopServer(own);
  }
  try {
    await page.goto(`${SEARCH}?q=Crimestoppers`);
    await expect(page.locator('[data-search-ready]')).toBeVisible();
    await expect(page.locator('.search__status')).toContainText(
      'With no signal, the directory of services cannot be searched on this device.',
    );
    const saved = page.locator('[data-search-saved-lists]');
    await expect(saved).toContainText('Lists of services saved on this device:');
    await expect(saved.getByRole('link')).toHaveText(['Crisis and emotional support']);
    await saved.getByRole('link', { name: 'Crisis and emotional support' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Crisis and emotional support');
    await expect(page.getByRole('main')).toContainText('Crimestoppers');
  } finally {
    await context.close();
  }
});

test('a guide page saved with the button works offline, even when its visited copy is gone', async ({ browser }) => {
  const { own, context, page } = await firstVisit(browser);
  const path = guideHref('you-have-been-given-notice');
  try {
    await page.goto(path);
    const box = page.locator('[data-save-offline][data-ready]');
    await expect(box).toBeVisible();
    await box.getByRole('button', { name: 'Save this page for offline' }).click();
    await expect(box.getByRole('status')).toHaveText('Saved. This page will open on this device without a connection.');
    // Only the saved copy is left: the copy kept from the visit is dropped, as happens when many pages are visited.
    await page.evaluate(async () => caches.delete('guide-pages'));
  } finally {
    await stopServer(own);
  }
  try {
    await page.goto('/');
    await page.goto(path);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).not.toHaveText('You are offline');
    await expect(h1).toHaveText(/notice/i);
    // Its styles were saved too.
    await expect(page.locator('[data-save-offline][data-ready]').getByRole('status')).toHaveText(
      'This page is saved on this device. It will open without a connection.',
    );
    expect(await page.locator('.save-offline').evaluate((el) => getComputedStyle(el).borderLeftStyle)).toBe('solid');
    // The offline page lists it as saved.
    await page.goto(guideHref('behind-with-rent'));
    await expect(page.locator('[data-offline-saved][data-ready]')).toBeAttached();
    await expect(
      page.locator('[data-offline-saved-list] li').filter({ hasText: '(saved)' }).getByRole('link'),
    ).toHaveAttribute('href', path);
  } finally {
    await context.close();
  }
});

test('with no connection, saving a page not on the device says it failed', async ({ browser }) => {
  const { own, context, page } = await firstVisit(browser);
  try {
    await page.goto(agencyHref('mind-infoline'));
    await expect(page.locator('[data-save-offline][data-ready]')).toBeVisible();
    await page.evaluate(async () => caches.delete('guide-pages'));
  } finally {
    await stopServer(own);
  }
  try {
    const box = page.locator('[data-save-offline][data-ready]');
    await box.getByRole('button', { name: 'Save this page for offline' }).click();
    await expect(box.getByRole('status')).toHaveText(
      'This page could not be saved. Check you have a connection and try again.',
    );
  } finally {
    await context.close();
  }
});

test('the quick exit also clears the list of pages visited, at once and with no connection', async ({ browser }) => {
  const { own, context, page } = await firstVisit(browser);
  await stubNeutralSite(page);
  try {
    await page.goto(TOPICS);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topics');
    await expect(page.locator('html[data-quick-exit-ready]')).toBeAttached();
  } finally {
    await stopServer(own);
  }
  try {
    await page.getByRole('link', { name: /Leave this page/ }).click();
    await expect(page).toHaveURL(NEUTRAL_SITE);
    await page.goto(`${own.base}/no-such-page/`);
    await expect(page.locator('[data-offline-saved][data-ready]')).toBeAttached();
    await expect(page.locator('[data-offline-saved-list]')).toBeHidden();
    await expect(page.locator('[data-offline-saved]')).toContainText('No other pages yet.');
  } finally {
    await context.close();
  }
});

test('the flowchart works offline once visited, with every drawing, even those not scrolled to', async ({
  browser,
}) => {
  const { own, context, page } = await firstVisit(browser);
  let drawings: string[] = [];
  try {
    await page.goto(FLOWCHART);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    drawings = await page
      .locator('img[data-flow-image], img[data-zoomable-image]')
      .evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src));
    expect(drawings.length).toBeGreaterThan(4);
    // Once the page is idle, the drawings not yet shown are kept too.
    await expect
      .poll(() =>
        page.evaluate(
          async (urls) => (await Promise.all(urls.map((u) => caches.match(u)))).filter(Boolean).length,
          drawings,
        ),
      )
      .toBe(drawings.length);
  } finally {
    await stopServer(own);
  }
  try {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where do I go for help? The flowchart');
    await page.locator('[data-flowchart-whole] summary').click();
    for (const img of await page.locator('img[data-flow-image], img[data-zoomable-image]').all()) {
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    }
  } finally {
    await context.close();
  }
});
