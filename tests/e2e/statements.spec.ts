/**
 * The pages a public body must publish (the accessibility statement and the privacy notice), linked
 * from every page's footer, and "Report a problem with this page" on every service and guide page:
 * read at a phone's width and a desktop's, with JavaScript on and off.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { axeProblems } from './page-checks.ts';
import { NEUTRAL_SITE, builtPages, stubNeutralSite } from './site.ts';
import {
  ACCESSIBILITY,
  GUIDE_PAGES,
  PRIVACY,
  SERVICE_PAGES,
  agencyHref,
  guideHref,
} from '../../src/lib/site/routes.ts';
import { DEVICE_STORAGE } from '../../src/lib/site/storage.ts';

const edition = parse(readFileSync('content/editions/medway/edition.yaml', 'utf8'));
const ADDRESS: string = edition.publisher.content_email;

/** The footer's links to the two statements, read from the built file (every page, quickly). */
test('every page links to the accessibility statement and the privacy notice in its footer', () => {
  const missing: string[] = [];
  for (const path of builtPages()) {
    const file = join('dist', path.endsWith('.html') ? path : `${path}index.html`);
    const footer = /<footer[\s\S]*<\/footer>/.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
    for (const href of [ACCESSIBILITY, PRIVACY])
      if (!footer.includes(`href="${href}"`)) missing.push(`${path} → ${href}`);
  }
  expect(missing).toEqual([]);
});

/** Every service and guide page has a report link; other pages (the statements themselves) need not. */
test('every service page and guide page has "Report a problem with this page"', () => {
  const pages = builtPages().filter((p) => p.startsWith(SERVICE_PAGES) || p.startsWith(GUIDE_PAGES));
  expect(pages.length).toBeGreaterThan(20);
  const missing = pages.filter(
    (p) => !readFileSync(join('dist', p, 'index.html'), 'utf8').includes(`href="mailto:${ADDRESS}?subject=`),
  );
  expect(missing).toEqual([]);
});

async function reportLink(page: Page) {
  const link = page.getByRole('link', { name: 'Report a problem with this page' });
  await expect(link).toBeVisible();
  const href = (await link.getAttribute('href')) ?? '';
  const url = new URL(href);
  return {
    to: url.pathname,
    params: [...url.searchParams.keys()],
    subject: url.searchParams.get('subject') ?? '',
    body: url.searchParams.get('body') ?? '',
  };
}

for (const width of [320, 1280]) {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`at ${width}px, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ viewport: { width, height: 800 }, javaScriptEnabled });

      test('the footer leads to both statements', async ({ page }) => {
        await page.goto(agencyHref('samaritans'));
        const footer = page.locator('footer');
        await footer.getByRole('link', { name: 'Accessibility statement' }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Accessibility statement/);
        await page
          .locator('footer')
          .getByRole('link', { name: 'Privacy: what this guide keeps on your device' })
          .click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          'Privacy: what this guide keeps on your device',
        );
      });

      test('the accessibility statement says how accessible the guide is, how to report a problem and who enforces the rules', async ({
        page,
      }) => {
        await page.goto(ACCESSIBILITY);
        const main = page.locator('main');
        await expect(main).toContainText(edition.publisher.name);
        await expect(main.getByRole('heading', { name: 'Compliance status' })).toBeVisible();
        // No manual audit is recorded in the edition: automated checks alone cannot show full compliance.
        await expect(main).toContainText(
          'partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard',
        );
        await expect(main).not.toContainText('This website is fully compliant');
        for (const known of edition.accessibility.known_issues) await expect(main).toContainText(known.issue);
        await expect(main.getByRole('link', { name: ADDRESS }).first()).toHaveAttribute(
          'href',
          new RegExp(`^mailto:${ADDRESS}`),
        );
        await expect(main.getByRole('heading', { name: 'Enforcement procedure' })).toBeVisible();
        await expect(main).toContainText('Equality and Human Rights Commission (EHRC)');
        await expect(main.getByRole('link', { name: /Equality Advisory and Support Service/ })).toHaveAttribute(
          'href',
          'https://www.equalityadvisoryservice.com/',
        );
        await expect(main).toContainText('axe');
        await expect(main).toContainText('This statement was prepared on 7 December 2026');
        if (javaScriptEnabled) expect(await axeProblems(page)).toEqual([]);
      });

      test('the privacy notice lists everything the guide keeps on the device, and what it never does', async ({
        page,
      }) => {
        await page.goto(PRIVACY);
        const main = page.locator('main');
        await expect(main).toContainText(edition.publisher.name);
        for (const d of DEVICE_STORAGE) {
          await expect(main.getByRole('heading', { name: d.title })).toBeVisible();
          await expect(main).toContainText(d.what);
        }
        await expect(main).toContainText('no cookies');
        await expect(main).toContainText('no analytics');
        await expect(main.getByRole('heading', { name: 'How to clear it' })).toBeVisible();
        if (javaScriptEnabled) expect(await axeProblems(page)).toEqual([]);
      });

      for (const path of [agencyHref('samaritans'), guideHref('behind-with-rent')]) {
        test(`${path} has "Report a problem with this page", an email with the page's title and address filled in`, async ({
          page,
        }) => {
          await page.goto(path);
          const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
          const link = await reportLink(page);
          expect(link.to).toBe(ADDRESS);
          // Only a subject and a body: nothing that could send the email to someone the person cannot see.
          expect(link.params).toEqual(['subject', 'body']);
          expect(link.subject).toContain(title);
          expect(link.body).toContain(title);
          expect(link.body).toContain(path);
        });
      }
    });
  }
}

test('a statement opened before "Leave this page" cannot be seen again with Back', async ({ page }) => {
  await stubNeutralSite(page);
  await page.goto('/');
  await page.goto(PRIVACY);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: /Leave this page/ }).click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  await page.goBack();
  // Back skips the statement (it was replaced), and the page before it is closed.
  expect(page.url()).not.toContain(PRIVACY);
  await expect(page.getByRole('button', { name: 'Start again' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Privacy: what this guide keeps on your device' })).toHaveCount(0);
});

test('the statements show the same after a reload and when opened twice in one tab', async ({ page }) => {
  for (const path of [ACCESSIBILITY, PRIVACY, ACCESSIBILITY]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const text = await page.locator('main').textContent();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await page.locator('main').textContent()).toBe(text);
  }
});

test('the statements print whole, and Back and Forward show them again', async ({ page }) => {
  await page.goto(ACCESSIBILITY);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Accessibility statement/);
  await page.locator('footer').getByRole('link', { name: 'Privacy: what this guide keeps on your device' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy: what this guide keeps on your device');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Accessibility statement/);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy: what this guide keeps on your device');
  const parts: [string, string[]][] = [
    [ACCESSIBILITY, ['Compliance status', 'Enforcement procedure']],
    [PRIVACY, [...DEVICE_STORAGE.map((d) => d.title), 'How to clear it']],
  ];
  for (const [path, headings] of parts) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const name of headings) await expect(page.locator('main').getByRole('heading', { name })).toBeVisible();
    await page.emulateMedia({ media: null });
  }
});

test('on paper "Report a problem with this page" is left off: it is an email link, which paper cannot open', async ({
  page,
}) => {
  for (const path of [agencyHref('samaritans'), guideHref('behind-with-rent')]) {
    await page.goto(path);
    const report = page.getByRole('link', { name: 'Report a problem with this page' });
    await expect(report).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(report).toBeHidden();
    await expect(page.getByText('this opens your email app to tell us')).toBeHidden();
    await page.emulateMedia({ media: null });
  }
});
