/**
 * Easy read: from the home page to next steps entirely in easy read, at 320px, with JavaScript on
 * and off; Back and Forward, twice in one tab, after "Leave this page" and after a reload; the
 * switch; and the next steps printed in easy read. (axe runs on every easy read page in
 * every-page.spec.ts, which loops over all built pages.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { NEUTRAL_SITE, stubNeutralSite } from './site.ts';
import { EASY_CRISIS, EASY_READ, HELP, easyGuide, easyNode, guideHref, helpNode } from '../../src/lib/site/routes.ts';
import { EASY_READ_KEY } from '../../src/lib/site/storage.ts';
import { easyPlain } from '../../src/lib/content/easy-read.ts';

const tree = parse(readFileSync('content/tree.yaml', 'utf8')) as {
  nodes: { id: string; type: string; easy: { question?: string; title?: string; answers?: Record<string, string> } }[];
};
const node = (id: string) => tree.nodes.find((n) => n.id === id)!;
const heading = (id: string) => easyPlain(node(id).easy.question ?? node(id).easy.title!);
const answer = (q: string, value: string) => easyPlain(node(q).easy.answers![value]!);

/** danger → who → situation → losing-home → landlord-notice, by the easy answers' words. */
const PATH = [
  ['danger', 'no'],
  ['who', 'me'],
  ['situation', 'losing-home'],
  ['losing-home', 'landlord-notice'],
] as const;
const OUTCOME = 'landlord-notice';

test.use({ viewport: { width: 320, height: 640 } });

async function fitsTheScreen(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
}

/** From the easy read start to the outcome, by clicking the easy answers; checks each page on the way. */
async function answerTheQuestions(page: Page) {
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  for (const [q, value] of PATH) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading(q));
    await fitsTheScreen(page);
    await page
      .getByRole('list', { name: 'Answers' })
      .getByRole('link', { name: answer(q, value), exact: true })
      .click();
  }
  await expectOutcome(page);
}

/** The easy read next steps: the easy title, points with pictures and alt text, the outcome's own call buttons. */
async function expectOutcome(page: Page) {
  await expect(page).toHaveURL(easyNode(OUTCOME));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading(OUTCOME));
  const pictures = page.locator('.easy-point__picture');
  expect(await pictures.count()).toBeGreaterThanOrEqual(4);
  for (const alt of await pictures.evaluateAll((imgs) => imgs.map((i) => i.getAttribute('alt'))))
    expect(alt?.trim()).toBeTruthy();
  // The first picture has loaded, so its file is served.
  expect(await pictures.first().evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
  // The same contacts as the standard page, with the same call links.
  await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible();
  await expect(page.locator('#crisis-help a[href="tel:999"]')).toBeVisible();
  await expect(page.getByRole('link', { name: /Leave this page/ })).toBeVisible();
  await fitsTheScreen(page);
}

test('with JavaScript on: home page to next steps in easy read, twice, with Back and Forward and a reload', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Easy read', exact: true }).click();
  await expect(page).toHaveURL(EASY_READ);
  await expect(page.locator('html[data-easy-read-ready]')).toBeAttached();
  await answerTheQuestions(page);

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading('losing-home'));
  await page.goForward();
  await expectOutcome(page);
  await page.reload();
  await expectOutcome(page);

  // Again in the same tab, from "Start again", on another way through.
  await page.getByRole('link', { name: 'Start again' }).click();
  await expect(page).toHaveURL(EASY_READ);
  await answerTheQuestions(page);
  // Nothing about the answers is stored: only that easy read is on.
  const stored = await page.evaluate(() => Object.keys(sessionStorage));
  expect(stored).toEqual([EASY_READ_KEY]);
});

test('with JavaScript off: home page to next steps in easy read, with Back and Forward', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: 'Easy read', exact: true }).click();
  await expect(page).toHaveURL(EASY_READ);
  await answerTheQuestions(page);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading('losing-home'));
  await page.goForward();
  await expectOutcome(page);
  // The pictures' credit reads as words, with the licence named and linked.
  await expect(page.locator('.easy-credit')).toContainText('shared under the CC BY-SA 4.0 licence');
  await expect(page.getByRole('link', { name: 'CC BY-SA 4.0' })).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by-sa/4.0/',
  );
  await context.close();
});

test('the switch: each page links to its other version, and easy read is remembered in the tab until Standard or Leave this page', async ({
  page,
}) => {
  await stubNeutralSite(page);
  await page.goto(helpNode('could-lose-home'));
  await page.getByRole('link', { name: 'Easy read', exact: true }).click();
  await expect(page).toHaveURL(easyNode('could-lose-home'));
  await expect(page.locator('html[data-easy-read-ready]')).toBeAttached();

  // While it is on, the home page's ways into "Where do I go for help?" open easy read.
  await page.goto('/');
  await expect(page.locator('html[data-easy-read-entry="easy"]')).toBeAttached();
  await page.getByRole('link', { name: 'Where do I go for help?' }).click();
  await expect(page).toHaveURL(EASY_READ);

  // "Standard" turns it off.
  await page.getByRole('link', { name: 'Standard', exact: true }).click();
  await expect(page).toHaveURL(HELP);
  await page.goto('/');
  await expect(page.locator('html[data-easy-read-entry="standard"]')).toBeAttached();
  await expect(page.getByRole('link', { name: 'Where do I go for help?' })).toHaveAttribute('href', HELP);

  // On again, then "Leave this page" clears it with everything else.
  await page.goto(EASY_READ);
  await expect(page.locator('html[data-easy-read-ready]')).toBeAttached();
  await page.getByRole('link', { name: /Leave this page/ }).click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  await page.goto('/');
  await expect(page.locator('html[data-easy-read-entry="standard"]')).toBeAttached();
  expect(await page.evaluate((key) => sessionStorage.getItem(key), EASY_READ_KEY)).toBeNull();
  // The easy read pages still work after leaving.
  await page.goto(easyNode(OUTCOME));
  await expectOutcome(page);
});

test('easy read next steps print on A4 in easy read: a point a row, picture left, text at least 14pt', async ({
  page,
}) => {
  await page.goto(easyNode(OUTCOME));
  await page.emulateMedia({ media: 'print' });
  // Every picture loaded before printing, as the Print button does.
  await page.evaluate(async () => {
    const imgs = [...document.querySelectorAll<HTMLImageElement>('.easy-point__picture')];
    for (const i of imgs) i.loading = 'eager';
    await Promise.all(imgs.map((i) => i.decode()));
  });
  const rows = page.locator('.easy-point');
  for (let i = 0; i < (await rows.count()); i++) {
    const picture = (await rows.nth(i).locator('.easy-point__picture').boundingBox())!;
    const text = (await rows.nth(i).locator('.easy-point__text').boundingBox())!;
    expect(picture.x + picture.width).toBeLessThanOrEqual(text.x);
    const px = await rows
      .nth(i)
      .locator('.easy-point__text')
      .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(px * 0.75).toBeGreaterThanOrEqual(14);
  }
  await expect(page.locator('.easy-switch')).toBeHidden();
  // The PDF, and its first page as a picture to look at (kept in test-results/).
  const dir = mkdtempSync(join(tmpdir(), 'easy-print-'));
  try {
    const pdf = join(dir, 'next-steps.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Do not move out yet.');
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, join(dir, 'page')]);
    await test
      .info()
      .attach('easy read next steps, page 1', { path: join(dir, 'page-1.png'), contentType: 'image/png' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The 4 guide pages most outcomes link to. */
const GUIDES = [
  'asking-the-council-for-help',
  'could-lose-your-home',
  'what-happens-at-the-council',
  'repairs-damp-and-keeping-safe-at-home',
];

test('Help now and the 4 guide pages most outcomes link to are in easy read, each switching with its standard page', async ({
  page,
}) => {
  await page.goto(guideHref('crisis'));
  await page.getByRole('link', { name: 'Easy read', exact: true }).click();
  await expect(page).toHaveURL(EASY_CRISIS);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Help now');
  // Each crisis tier in easy words, with its own numbers from the crisis help data.
  for (const tier of ['life-at-risk', 'urgent', 'talk'])
    await expect(page.locator(`[data-crisis-tier="${tier}"] a[href^="tel:"]`).first()).toBeVisible();
  await expect(page.locator('[data-crisis-tier="life-at-risk"] a[href="tel:999"]')).toBeVisible();
  await fitsTheScreen(page);

  await page.goto(EASY_READ);
  for (const id of GUIDES) {
    await page.goto(guideHref(id));
    await page.getByRole('link', { name: 'Easy read', exact: true }).click();
    await expect(page).toHaveURL(easyGuide(id));
    expect(await page.locator('.easy-point__picture').count()).toBeGreaterThanOrEqual(5);
    await fitsTheScreen(page);
    await page.getByRole('link', { name: 'Standard', exact: true }).click();
    await expect(page).toHaveURL(guideHref(id));
  }
});
