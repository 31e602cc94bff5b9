/**
 * Search engines, for an edition with a public address. The Bradford test build is given the
 * example address https://bradford.guide.example/ (package.json, build:bradford) so that its
 * canonical links, robots.txt and sitemap can be checked; it is not a real address.
 */
import { expect, test } from '@playwright/test';
import { expectServiceDataMatchesPage, robotsOf } from '../e2e/seo-checks.ts';
import { KIOSK_START, OFFLINE, agencyHref, guideHref } from '../../src/lib/site/routes.ts';

const ADDRESS = 'https://bradford.guide.example/';

test('a content page has its canonical address, a description and may be listed', async ({ page }) => {
  await page.goto(guideHref('behind-with-rent'));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${ADDRESS}guide/behind-with-rent/`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\w{3,}.{20,}/);
  expect(await robotsOf(page)).toBe('index, follow');
});

test('robots.txt and the sitemap list real pages and no booklet or kiosk page', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${ADDRESS}sitemap-index.xml`);
  expect(robots).not.toMatch(/^Disallow: \/$/m);

  const index = await request.get('/sitemap-index.xml');
  expect(index.ok()).toBe(true);
  const sitemaps = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(sitemaps.length).toBeGreaterThan(0);
  const urls: string[] = [];
  for (const s of sitemaps) {
    expect(s.startsWith(ADDRESS)).toBe(true);
    const xml = await (await request.get(s.replace(ADDRESS, '/'))).text();
    urls.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
  }
  expect(urls).toContain(ADDRESS);
  expect(urls).toContain(`${ADDRESS}guide/behind-with-rent/`);
  expect(urls).toContain(`${ADDRESS}services/bradford-first-response/`);
  expect(urls.filter((u) => /\/(booklet|kiosk|offline)\/|404/.test(u))).toEqual([]);
  // Every address listed is a page that exists and may be listed.
  for (const u of urls) {
    expect(u.startsWith(ADDRESS), u).toBe(true);
    const res = await request.get(u.replace(ADDRESS, '/'));
    expect(res.status(), u).toBe(200);
    const html = await res.text();
    expect(html, u).toContain('<meta name="robots" content="index, follow">');
    expect(html, u).toContain(`<link rel="canonical" href="${u}">`);
  }
});

// The booklets are built only for printing: their noindex is checked on that build (tests/e2e/booklet.spec.ts).
test('the kiosk and the offline page say noindex', async ({ page }) => {
  for (const path of [KIOSK_START, OFFLINE]) {
    await page.goto(path);
    expect(await robotsOf(page), path).toBe('noindex');
  }
});

test('the page-not-found page says noindex and has no canonical address', async ({ request }) => {
  const html = await (await request.get('/404.html')).text();
  expect(html).toContain('<meta name="robots" content="noindex">');
  expect(html).not.toContain('rel="canonical"');
});

test('a service page’s Schema.org data names the service and its phone as on the page', async ({ page }) => {
  const data = await expectServiceDataMatchesPage(page, agencyHref('bradford-first-response'));
  expect(data.url).toBe(`${ADDRESS}services/bradford-first-response/`);
});
