/**
 * A new version of the guide is published while someone has it open: they are told, nothing
 * changes under them, and Reload brings the new content. Uses its own copy of the built site
 * so that "publishing" does not disturb the other tests.
 */
import { cpSync, globSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic } from '../../src/build-tools/static-server.ts';
import { writeSearchIndexes } from '../../src/integrations/search.ts';
import { chromiumLaunchOptions } from '../../src/build-tools/browser.ts';
import { HOME, SEARCH } from '../../src/lib/site/routes.ts';
import { NEUTRAL_SITE, stubNeutralSite } from './site.ts';

// As on a real phone, the browser keeps whole pages in its back/forward cache (Playwright turns that off by default).
test.use({
  serviceWorkers: 'allow',
  launchOptions: { ...chromiumLaunchOptions(), ignoreDefaultArgs: ['--disable-back-forward-cache'] },
});

/** Every page of a built site folder. */
function htmlFiles(dir: string): string[] {
  return globSync('**/*.html', { cwd: dir }).map((f) => join(dir, f));
}

/**
 * Publishes version `n` over the site in `root`, as a new build would: the crisis panel on every page
 * is corrected (its heading says which version it is), the home page says NEW VERSION, every page's
 * indexed text changes, so the search indexes (the guide's and the directory's) are rebuilt with new file names (the old ones are gone),
 * and the service worker lists the new files.
 */
async function publish(root: string, n: number) {
  for (const file of htmlFiles(root)) {
    let html = readFileSync(file, 'utf8')
      .replace(/(class="crisis__title"[^>]*>Need help now\?)(?: \(version \d+\))?/g, `$1 (version ${n})`)
      .replace(/(<main[^>]*data-pagefind-body[^>]*>)/, `$1<p>Updated in version ${n}.</p>`);
    if (file === join(root, 'index.html')) html = html.replace(/(<main[^>]*>)/, '$1<p>NEW VERSION</p>');
    writeFileSync(file, html);
  }
  const meta = (dir: string) => readdirSync(join(root, dir)).find((f) => f.endsWith('.pf_meta'))!;
  const oldMeta = meta('pagefind');
  const oldDirectoryMeta = meta('pagefind/services');
  rmSync(join(root, 'pagefind'), { recursive: true });
  await writeSearchIndexes(root);
  const newMeta = meta('pagefind');
  const newDirectoryMeta = meta('pagefind/services');
  expect(newMeta).not.toBe(oldMeta);
  const sw = join(root, 'sw.js');
  // A small directory's whole search index is in the offline copy: list its new files instead of the old.
  const directoryEntry =
    /\{url:(["'`])pagefind\/services\/(?:index|fragment|filter)\/[^"'`]+\1,revision:(["'`])[^"'`]*\2\},?/g;
  const newDirectoryFiles = globSync('pagefind/services/{index,fragment,filter}/*', { cwd: root }).map(
    (f) => `{url:"${f.split('\\').join('/')}",revision:"v${n}"},`,
  );
  let code = readFileSync(sw, 'utf8');
  const first = code.search(directoryEntry);
  if (first >= 0) {
    code = code.replace(directoryEntry, '');
    code = `${code.slice(0, first)}${newDirectoryFiles.join('')}${code.slice(first)}`;
  }
  const newer = code
    .replaceAll(oldMeta, newMeta)
    .replace(`pagefind/services/${oldDirectoryMeta}`, `pagefind/services/${newDirectoryMeta}`)
    .replace(
      /(\brevision:)(["'`])([^"'`]+)\2/g,
      (_m, key: string, q: string, rev: string) => `${key}${q}${rev.replace(/-v\d+$/, '')}-v${n}${q}`,
    );
  writeFileSync(sw, newer);
}

// Back and Forward wait only for the page to start: a page restored from the back/forward cache fires no load event.

/** Wait until the page is controlled by the service worker, and it is active. */
async function controlled(page: Page) {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none')).toBe('activated');
}

test('a newer version is offered in every open tab, and each shows it only after Reload', async ({ browser }) => {
  const root = mkdtempSync(join(tmpdir(), 'guide-site-'));
  cpSync('dist', root, { recursive: true });
  const { server, base } = await serveStatic(root);
  const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: base });
  const page = await context.newPage();
  try {
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload(); // now the page is controlled by the service worker
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    // A second tab on the guide, as people keep several open.
    const second = await context.newPage();
    await second.goto('/');
    await expect.poll(() => second.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    // Publish a new version: new home page text, and a service worker that knows about it.
    const home = join(root, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace(/(<main[^>]*>)/, '$1<p>NEW VERSION</p>'));
    const sw = join(root, 'sw.js');
    const newer = readFileSync(sw, 'utf8').replace(
      /(\burl:(["'`])index\.html\2,revision:)(["'`])[^"'`]+\3/,
      '$1"new-version"',
    );
    expect(newer).toContain('"new-version"');
    writeFileSync(sw, newer);

    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    for (const p of [page, second]) {
      await expect(p.getByText('A newer version of this guide is ready.')).toBeVisible();
      await expect(p.locator('main')).not.toContainText('NEW VERSION'); // nothing changes under the person
    }

    // The first tab applies the update; the second tab's Reload still loads the new version.
    for (const p of [page, second]) {
      await p.getByRole('button', { name: 'Reload' }).click();
      await expect(p.locator('main')).toContainText('NEW VERSION');
      await expect(p.getByText('A newer version of this guide is ready.')).toBeHidden();
    }
  } finally {
    await context.close();
    server.close();
  }
});

test('after a new version is published, an open tab moves to it at the next navigation, whole: pages, crisis help and search (twice in one tab)', async ({
  browser,
}) => {
  test.setTimeout(120_000); // two versions published, each with a dozen page loads
  const root = mkdtempSync(join(tmpdir(), 'guide-site-'));
  cpSync('dist', root, { recursive: true });
  const { server, base } = await serveStatic(root);
  const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: base });
  const page = await context.newPage();
  const searchFor = async (words: string) => {
    await page.getByRole('searchbox', { name: 'Search this guide' }).fill(words);
  };
  try {
    await page.goto(SEARCH);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await controlled(page);
    await expect(page.locator('[data-search-ready]')).toBeVisible();
    await searchFor('rent');
    await expect(page.locator('.search__result').first()).toBeVisible();

    for (const [round, words] of [
      [2, 'eviction'],
      [3, 'hospital'],
    ] as const) {
      await publish(root, round);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await expect(page.getByText('A newer version of this guide is ready.')).toBeVisible();
      // Nothing changes under the person: this page stays as it was.
      await expect(page.locator('#crisis-help-title')).not.toContainText(`version ${round}`);

      // Search in the open page: the index it loaded is gone. It never says "0 results": it says to reload.
      await searchFor(words);
      const status = page.locator('.search__status');
      await expect(status).toContainText('The guide was updated');
      await expect(status).not.toContainText('0 results');
      await page.getByRole('main').getByRole('button', { name: 'Reload to search' }).click();
      await expect(page.locator('.search__result').first()).toBeVisible();
      await expect(page.locator('#crisis-help-title')).toContainText(`version ${round}`);
      await expect(page.getByRole('searchbox', { name: 'Search this guide' })).toHaveValue(words);

      // The next page is the new version, the home page included (saved on the device since the first visit).
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
      await expect(page).toHaveURL(new RegExp(`${HOME}$`));
      await expect(page.locator('main')).toContainText('NEW VERSION');
      await expect(page.locator('#crisis-help-title')).toContainText(`version ${round}`);
      // The crisis help pages too, within one navigation.
      await page.locator('#crisis-help').getByRole('link', { name: 'Samaritans', exact: true }).click();
      await expect(page.locator('#crisis-help-title')).toContainText(`version ${round}`);

      // Back, Forward and a reload show the new version as well.
      await page.goBack({ waitUntil: 'commit' });
      await expect(page.locator('#crisis-help-title')).toContainText(`version ${round}`);
      await page.goBack({ waitUntil: 'commit' });
      await expect(page).toHaveURL(/\/search\//);
      await expect(page.locator('#crisis-help-title')).toContainText(`version ${round}`);
      await expect(page.locator('.search__result').first()).toBeVisible();
      await page.goForward({ waitUntil: 'commit' });
      await expect(page.locator('#crisis-help-title')).toContainText(`version ${round}`);
      await page.goBack({ waitUntil: 'commit' });
      await page.reload();
      await expect(page.locator('#crisis-help-title')).toContainText(`version ${round}`);
      await expect(page.locator('[data-search-ready]')).toBeVisible();
      await expect(page.locator('.search__result').first()).toBeVisible();
      await controlled(page);
    }

    // After the quick exit (from the next page), the pages of either version stay closed.
    await stubNeutralSite(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await expect(page.locator('html[data-quick-exit-ready]')).toBeAttached();
    await page.getByRole('link', { name: /Leave this page/ }).click();
    await expect(page).toHaveURL(NEUTRAL_SITE);
    await page.goBack({ waitUntil: 'commit' });
    await expect(page.getByRole('button', { name: 'Start again' })).toBeVisible();
    await expect(page.locator('#crisis-help-title')).toHaveCount(0);
  } finally {
    await context.close();
    server.close();
  }
});

test('a page kept in the back/forward cache from before an update is not shown as it was: Back shows the new version', async ({
  browser,
}) => {
  const root = mkdtempSync(join(tmpdir(), 'guide-site-'));
  cpSync('dist', root, { recursive: true });
  const { server, base } = await serveStatic(root);
  const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: base });
  const page = await context.newPage();
  try {
    await page.goto(HOME);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await controlled(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    await expect(page.locator('[data-search-ready]')).toBeVisible();
    await publish(root, 2);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByText('A newer version of this guide is ready.')).toBeVisible();
    await page.goBack({ waitUntil: 'commit' });
    await expect(page.locator('main')).toContainText('NEW VERSION');
    await expect(page.locator('#crisis-help-title')).toContainText('version 2');
  } finally {
    await context.close();
    server.close();
  }
});
