/**
 * The Content-Security-Policy holds in real use: the built site is served with its own
 * _headers file, as a host would, and the main journeys run while every
 * securitypolicyviolation event is recorded. None is allowed. The booklet's print pages, which
 * only the build for printing has, are checked there (booklet.spec.ts).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerAll } from './journeys.ts';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic } from '../../src/build-tools/static-server.ts';
import { serviceWorkerActive } from './offline-visit.ts';
import { nodeMap, pathsToOutcomes, type Question } from '../../src/lib/tree/tree.ts';
import { distinctViolations, watchPolicy } from './page-checks.ts';
import { builtPages, startKiosk, stubNeutralSite } from './site.ts';
import { FLOWCHART, HELP, SEARCH, agencyHref, flowchartDrawing, guideHref } from '../../src/lib/site/routes.ts';
import { readTree } from '../../src/build-tools/content-reader.ts';

let site: Awaited<ReturnType<typeof serveStatic>>;
test.beforeAll(async () => {
  site = await serveStatic('dist', { withHostHeaders: true });
});
test.afterAll(async () => site?.close());

async function newPage(browser: import('@playwright/test').Browser, serviceWorkers: 'allow' | 'block' = 'block') {
  const context = await browser.newContext({
    baseURL: site.base,
    serviceWorkers,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  const violations = await watchPolicy(context);
  const page = await context.newPage();
  await stubNeutralSite(page);
  return { context, page, violations };
}

test('every page has a strict policy, and the host headers add frame-ancestors', async ({ browser }) => {
  const { context, page } = await newPage(browser);
  const res = await page.goto('/');
  expect(res?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(meta).toContain("default-src 'self'");
  expect(meta).toContain("object-src 'none'");
  expect(meta).toContain("base-uri 'none'");
  expect(meta).not.toContain('unsafe-inline');
  expect(meta).not.toContain('unsafe-eval');
  const asset = await page.request.get(
    `${site.base}${await page.locator('script[type="module"][src]').first().getAttribute('src')}`,
  );
  expect(asset.headers()['cache-control']).toContain('immutable');
  expect((await page.request.get(`${site.base}/sw.js`)).headers()['cache-control']).toBe('no-cache');
  await context.close();
});

test('only the search page may compile WebAssembly (for search), and no page may run eval', async ({ browser }) => {
  const { context, page } = await newPage(browser);
  const policy = async (path: string) => {
    await page.goto(path);
    return (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
  };
  const search = await policy(SEARCH);
  expect(search).toMatch(/script-src 'self' 'wasm-unsafe-eval' /);
  expect(search).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
  for (const path of ['/', HELP, agencyHref('samaritans'), guideHref('crisis')])
    expect(await policy(path), path).not.toContain('wasm-unsafe-eval');
  await context.close();
});

test('no page breaks the policy when it loads', async ({ browser }) => {
  test.setTimeout(240_000);
  const { context, page, violations } = await newPage(browser);
  for (const path of builtPages()) {
    await page.goto(path);
    await page.waitForLoadState('load');
  }
  expect(distinctViolations(violations)).toEqual([]);
  await context.close();
});

test('the step-by-step tree and the kiosk keep to the policy', async ({ browser }) => {
  test.setTimeout(90_000);
  const { context, page, violations } = await newPage(browser);
  const tree = readTree(process.cwd());
  const byId = nodeMap(tree);
  const answers = (pathsToOutcomes(tree).get('nowhere-tonight') ?? [])[0];
  await page.goto(HELP);
  await answerAll(page, answers);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText((byId.get(tree.start) as Question).question);
  await startKiosk(page);
  await expect(page.locator('html.kiosk')).toHaveCount(1);
  await page.goto(agencyHref('samaritans'));
  await expect(page.locator('[data-open-state]').first()).toBeVisible();
  expect(distinctViolations(violations)).toEqual([]);
  await context.close();
});

test('search keeps to the policy', async ({ browser }) => {
  const { context, page, violations } = await newPage(browser);
  await page.goto(`${SEARCH}?q=eviction`);
  await expect(page.locator('[data-search-ready]')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /results? for/ })).toBeVisible();
  expect(distinctViolations(violations)).toEqual([]);
  await context.close();
});

test('the offline guide keeps to the policy', async ({ browser }) => {
  // Installing the service worker saves the essentials: slow on a busy machine.
  test.setTimeout(90_000);
  const own = await serveStatic('dist', { withHostHeaders: true });
  const context = await browser.newContext({ baseURL: own.base, serviceWorkers: 'allow' });
  const violations = await watchPolicy(context);
  const page: Page = await context.newPage();
  try {
    await page.goto('/');
    await serviceWorkerActive(page);
    // The search index is saved as it is used: search once with a connection.
    await page.goto(`${SEARCH}?q=rent`);
    await expect(page.locator('.search__result').first()).toBeVisible();
    await page.goto(guideHref('behind-with-rent'));
    await page.getByRole('button', { name: 'Save this page for offline' }).click();
    await expect(page.locator('[data-save-offline]')).toHaveAttribute('data-saved', '');
    own.server.closeAllConnections();
    await own.close();
    await context.setOffline(true);
    await page.goto(HELP);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto(`${SEARCH}?q=rent`);
    await expect(page.locator('[data-search-ready]')).toBeVisible();
    await expect(page.locator('.search__result').first()).toBeVisible();
    await page.goto('/no-such-page/');
    await expect(page.locator('[data-offline-saved][data-ready]')).toBeAttached();
    await expect(page.locator('[data-offline-saved-list]')).toContainText('Behind with rent');
    expect(distinctViolations(violations)).toEqual([]);
  } finally {
    await context.close();
  }
});

/**
 * A drawing edited to hold a script, put into a copy of the built site as if the content check had
 * been bypassed: opened at its own address it must run nothing, under the host's headers.
 */
const HOSTILE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="localStorage.setItem('hostile-onload', '1')"><title>A drawing</title><script>localStorage.setItem('hostile', '1'); document.title = 'the script ran';</script><rect width="10" height="10"/></svg>`;

test('a drawing with a script in it, opened at its own address, runs nothing under the host headers', async ({
  browser,
}) => {
  const copy = mkdtempSync(join(tmpdir(), 'guide-hostile-'));
  cpSync('dist', copy, { recursive: true });
  const drawing = flowchartDrawing('flowchart-000000000000.svg');
  writeFileSync(join(copy, drawing), HOSTILE_SVG);
  /** Opens the drawing on a server for the copy; says whether its scripts ran (title and storage of the site's origin). */
  const open = async (withHostHeaders: boolean) => {
    const own = await serveStatic(copy, { withHostHeaders });
    const context = await browser.newContext({ baseURL: own.base, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const res = await page.goto(drawing);
      expect(res?.status()).toBe(200);
      const title = await page.evaluate(() => document.title);
      await page.goto('/');
      const stored = await page.evaluate(() => [
        localStorage.getItem('hostile'),
        localStorage.getItem('hostile-onload'),
      ]);
      return { title, stored, policy: res?.headers()['content-security-policy'] ?? '' };
    } finally {
      await context.close();
      await own.close();
    }
  };
  try {
    // Without the host's headers the script runs: this test can see it.
    const bare = await open(false);
    expect(bare.title).toBe('the script ran');
    expect(bare.stored).toEqual(['1', '1']);
    // With them, nothing runs and nothing is stored.
    const hosted = await open(true);
    expect(hosted.title).toBe('A drawing');
    expect(hosted.stored).toEqual([null, null]);
    expect(hosted.policy).toContain("default-src 'none'");
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});

test("the flowchart's drawings still show under the policy for files", async ({ browser }) => {
  const { context, page, violations } = await newPage(browser);
  await page.goto(FLOWCHART);
  const images = page.locator('img[data-flow-image]');
  expect(await images.count()).toBeGreaterThan(3);
  for (const img of await images.all()) {
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  }
  const svg = await page.request.get(`${site.base}${await images.first().getAttribute('src')}`);
  expect(svg.headers()['content-security-policy']).toContain("default-src 'none'");
  expect(svg.headers()['cache-control']).toContain('immutable');
  expect(distinctViolations(violations)).toEqual([]);
  await context.close();
});
