/**
 * Search engines, for an edition with no public address (Medway's test build has none): a draft.
 * Every page says noindex, robots.txt disallows everything and there is no sitemap, but every page
 * still has a description, and service pages still carry their Schema.org data.
 * The same site with an address is tested in tests/e2e-bradford/seo.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';
import { expectServiceDataMatchesPage, robotsOf } from './seo-checks.ts';
import { KIOSK_START, agencyHref } from '../../src/lib/site/routes.ts';

const fileOf = (path: string) => join('dist', path.endsWith('.html') ? path : `${path}index.html`);

test('every page of a draft says noindex, has a description and no canonical address', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(20);
  for (const path of pages) {
    const html = readFileSync(fileOf(path), 'utf8');
    expect(html, path).toContain('<meta name="robots" content="noindex">');
    expect(html, path).toMatch(/<meta name="description" content="[^"]{10,}">/);
    expect(html, path).not.toContain('rel="canonical"');
  }
});

test('a draft asks not to be crawled and has no sitemap', async ({ request }) => {
  const robots = await request.get('/robots.txt');
  expect(robots.ok()).toBe(true);
  const text = await robots.text();
  expect(text).toMatch(/^User-agent: \*$/m);
  expect(text).toMatch(/^Disallow: \/$/m);
  expect(text).not.toContain('Sitemap');
  expect((await request.get('/sitemap-index.xml')).status()).toBe(404);
});

// The booklets are built only for printing: their noindex is checked on that build (booklet.spec.ts).
test('the kiosk says noindex', async ({ page }) => {
  await page.goto(KIOSK_START);
  expect(await robotsOf(page)).toBe('noindex');
});

test('a service page’s Schema.org data names the service and its phone as on the page', async ({ page }) => {
  const data = await expectServiceDataMatchesPage(page, agencyHref('samaritans'));
  // A draft has no address to give.
  expect(data).not.toHaveProperty('url');
});
