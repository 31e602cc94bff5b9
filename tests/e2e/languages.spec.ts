/**
 * "Help now in other languages": reached from the crisis help on any page, with JavaScript on and
 * off, at 320px and offline after one visit; each page has its language and direction, Arabic and
 * Urdu read right to left while the frame ("Leave this page", the header) stays where it is on every page.
 */
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic } from '../../src/build-tools/static-server.ts';
import { serviceWorkerActive, stopServer } from './offline-visit.ts';
import { readContent } from '../../src/build-tools/content-reader.ts';
import { languageSchema } from '../../src/lib/content/languages.ts';
import { LANGUAGES, guideHref, languageHref } from '../../src/lib/site/routes.ts';
import { axeProblems } from './page-checks.ts';
import { NEUTRAL_SITE, stubNeutralSite } from './site.ts';

const languages = (readContent(process.cwd(), '2099-12-31').input.languages ?? []).map((f) =>
  languageSchema().parse(f.data),
);
const SHOTS = 'test-results/language-screenshots';

/** Opens the crisis help's "Help in other languages" from the page at `from`, then one language. */
async function reachLanguage(page: Page, from: string, lang: (typeof languages)[number]) {
  await page.goto(from);
  await page.locator('#crisis-help').getByRole('link', { name: 'Help in other languages' }).click();
  await expect(page).toHaveURL(new RegExp(`${LANGUAGES}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help in other languages');
  const link = page.locator(`a[hreflang="${lang.lang}"]`);
  await expect(link.locator(`[lang="${lang.lang}"]`)).toHaveText(lang.name_native);
  await expect(link).toContainText(lang.name_en);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${languageHref(lang.lang)}$`));
}

/** What every language page shows: its language and direction, its title, the four numbers, and words in English. */
async function expectLanguagePage(page: Page, lang: (typeof languages)[number]) {
  await expect(page.locator('html')).toHaveAttribute('lang', lang.lang);
  await expect(page.locator('html')).toHaveAttribute('dir', lang.dir);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(lang.title);
  const main = page.locator('main');
  for (const tel of ['tel:999', 'tel:111', 'tel:116123', 'tel:+448082000247'])
    await expect(main.locator(`a[href="${tel}"]`)).toBeVisible();
  await expect(main.locator('a[href="tel:+448082000247"] .phone__number')).toHaveText('0808 2000 247');
  await expect(main.locator('strong[lang="en-GB"]').first()).toContainText(`${lang.name_en} interpreter`);
  await expect(main.locator('.lang-english[lang="en-GB"]')).toHaveCount(7);
  await expect(main).toContainText('A qualified translator has not checked it yet.');
  // The frame stays in English, left to right.
  await expect(page.locator('header.site-header')).toHaveAttribute('lang', 'en-GB');
  await expect(page.locator('#crisis-help')).toContainText('Need help now?');
}

test.describe('at 320px', () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

  for (const lang of languages) {
    test(`${lang.name_en}: reached from the home page and a guide page through Help now, and fits the screen`, async ({
      page,
    }) => {
      await reachLanguage(page, '/', lang);
      await expectLanguagePage(page, lang);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/${lang.lang}-320.png`, fullPage: true });
      await reachLanguage(page, guideHref('behind-with-rent'), lang);
      await expectLanguagePage(page, lang);
    });
  }
});

test('with JavaScript off, every language page is reached through Help now from the home page and a guide page', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  for (const lang of languages) {
    for (const from of ['/', guideHref('behind-with-rent')]) {
      await reachLanguage(page, from, lang);
      await expectLanguagePage(page, lang);
    }
  }
  await context.close();
});

test('Arabic and Urdu read right to left; "Leave this page" and the header stay where they are on every page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto(languageHref('pl'));
  const exitLtr = await page.getByRole('link', { name: /Leave this page/ }).boundingBox();
  for (const lang of languages.filter((l) => l.dir === 'rtl')) {
    await page.goto(languageHref(lang.lang));
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const main = page.locator('main');
    expect(await main.evaluate((m) => getComputedStyle(m).direction)).toBe('rtl');
    // The heading starts at the right: its right edge is at main's right edge, its left edge well inside.
    const box = (await main.locator('h2').first().boundingBox())!;
    const mainBox = (await main.boundingBox())!;
    const pad = await main.evaluate((m) => Number.parseFloat(getComputedStyle(m).paddingRight));
    expect(Math.abs(box.x + box.width - (mainBox.x + mainBox.width - pad))).toBeLessThan(2);
    // The call button's number reads left to right inside the right-to-left text.
    expect(
      await main.locator('a[href="tel:+448082000247"] .phone__number').evaluate((n) => getComputedStyle(n).direction),
    ).toBe('ltr');
    // The English lines are left to right, and the frame is as on every page.
    expect(
      await main
        .locator('.lang-english')
        .first()
        .evaluate((n) => getComputedStyle(n).direction),
    ).toBe('ltr');
    expect(await page.locator('header.site-header').evaluate((n) => getComputedStyle(n).direction)).toBe('ltr');
    expect(await page.getByRole('link', { name: /Leave this page/ }).boundingBox()).toEqual(exitLtr);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/${lang.lang}-800.png`, fullPage: true });
  }
});

test('on a right-to-left page, "Leave this page" and pressing Shift three times leave at once', async ({ page }) => {
  await stubNeutralSite(page);
  await page.goto(languageHref('ur'));
  await page.getByRole('link', { name: /Leave this page/ }).click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  await page.goto(languageHref('ar'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(NEUTRAL_SITE);
});

test('the picker and every language page pass axe (WCAG 2.2 A and AA)', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of [LANGUAGES, ...languages.map((l) => languageHref(l.lang))]) {
    await page.goto(path);
    expect(await axeProblems(page), path).toEqual([]);
  }
});

test('after one visit to the home page, with the server gone, the picker and every language page work', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const own = await serveStatic('dist');
  const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: own.base });
  const page = await context.newPage();
  try {
    await page.goto('/');
    await serviceWorkerActive(page);
    await stopServer(own);
    for (const lang of languages) {
      await reachLanguage(page, '/', lang);
      await expectLanguagePage(page, lang);
    }
  } finally {
    await context.close();
  }
});
