/**
 * Bradford's statements and reports: every page's footer links to its accessibility statement and
 * privacy notice, which name Bradford's publisher, and "Report a problem with this page" emails
 * Bradford's content address with the page's full public address (the test build has one).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { builtPages } from '../e2e/site.ts';
import { ACCESSIBILITY, PRIVACY, agencyHref } from '../../src/lib/site/routes.ts';

const DIR = 'dist-bradford';
const edition = parse(readFileSync('content/editions/bradford/edition.yaml', 'utf8'));

test('every Bradford page links to the accessibility statement and the privacy notice in its footer', () => {
  const missing: string[] = [];
  for (const path of builtPages(DIR)) {
    const file = join(DIR, path.endsWith('.html') ? path : `${path}index.html`);
    const footer = /<footer[\s\S]*<\/footer>/.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
    for (const href of [ACCESSIBILITY, PRIVACY])
      if (!footer.includes(`href="${href}"`)) missing.push(`${path} → ${href}`);
  }
  expect(missing).toEqual([]);
});

for (const javaScriptEnabled of [true, false]) {
  test(`the statements name Bradford's publisher and address, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.goto(ACCESSIBILITY);
    await expect(page.locator('main')).toContainText(edition.publisher.name);
    await expect(page.locator('main')).toContainText('https://bradford.guide.example/');
    await expect(page.locator(`main a[href^="mailto:${edition.publisher.content_email}"]`).first()).toBeVisible();
    await page.goto(PRIVACY);
    await expect(page.locator('main')).toContainText(edition.publisher.name);

    await page.goto(agencyHref('bradford-council-housing-options'));
    const href = (await page.getByRole('link', { name: 'Report a problem with this page' }).getAttribute('href')) ?? '';
    const url = new URL(href);
    expect(url.pathname).toBe(edition.publisher.content_email);
    expect(url.searchParams.get('body')).toContain(
      `https://bradford.guide.example${agencyHref('bradford-council-housing-options')}`,
    );
    await context.close();
  });
}
