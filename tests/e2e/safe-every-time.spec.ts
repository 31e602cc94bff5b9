/**
 * The two promises a person in trouble relies on, tried as real people use them: coming back,
 * pressing Back and Forward, leaving in a hurry and returning.
 * 1. After "Leave this page", no way back into the guide shows its content or the words searched, and nothing is stored but the note that the person left.
 * 2. "Where do I go for help?" always shows a question (or, with answers in the tab, the offer to carry on or start again), however often it is started.
 */
import { expect, test, type Page } from '@playwright/test';
import { NEUTRAL_SITE, startKiosk, stubNeutralSite } from './site.ts';
import { answerSteps, islandsReady, shortest, stepsTo, storedKeys, titleOf, tree } from './journeys.ts';
import { KIOSK_KEY } from '../../src/lib/site/storage.ts';
import { chromiumLaunchOptions } from '../../src/build-tools/browser.ts';
import { HELP, KIOSK_START, SEARCH, guideHref, helpNode } from '../../src/lib/site/routes.ts';
import { LEFT_KEY } from '../../src/lib/site/left-guide.ts';

// As on a real phone, the browser keeps whole pages in its back/forward cache (Playwright turns that off by default).
test.use({
  viewport: { width: 320, height: 640 },
  launchOptions: { ...chromiumLaunchOptions(), ignoreDefaultArgs: ['--disable-back-forward-cache'] },
});

// Each journey here is a dozen page loads and history moves: its own budget, so a busy machine does not fail it.
test.describe.configure({ timeout: 90_000 });

/** Back or Forward one step, waiting for the page (fresh, or restored from the cache) to be complete. False at the end of the history. */
async function travel(page: Page, way: 'back' | 'forward'): Promise<boolean> {
  for (let attempt = 1; ; attempt++) {
    try {
      if (way === 'back') await page.goBack({ waitUntil: 'commit' });
      else await page.goForward({ waitUntil: 'commit' });
      break;
    } catch (e) {
      // Reading the history can race with the browser swapping processes between sites. Nothing has moved yet,
      // so wait until the page in the tab has loaded, then ask again.
      if (attempt < 10 && /getNavigationHistory|Not attached/.test(String(e))) {
        await page.waitForLoadState('load').catch(() => undefined);
        continue;
      }
      throw e;
    }
  }
  if (page.url() === 'about:blank') return false;
  await page.waitForFunction(() => document.readyState === 'complete');
  return true;
}

const OUTCOME = 'domestic-abuse';
const depth = stepsTo(OUTCOME).length;

/** Words that would tell someone looking over a shoulder what the guide is about. */
const TELLING = /housing|home|mental|abuse|domestic|crisis|help|guide|search|rent|council|safe/i;

/**
 * A page of the guide reached after "Leave this page": a neutral page (its title and text say nothing
 * about the guide), no search words in the box or the address, and a way to start again. Pages of
 * other sites (the neutral site) and the blank start of the tab are not ours to check.
 */
async function expectClosed(page: Page, where: string, words = '') {
  if (!/127\.0\.0\.1/.test(new URL(page.url()).origin)) return;
  await expect(page.getByRole('button', { name: 'Start again' }), where).toBeVisible();
  expect(await page.title(), where).not.toMatch(TELLING);
  // biome-ignore lint/performance/useDomNodeTextContent: the text on screen is what matters, not text the page hides.
  const shown = await page.locator('body').innerText();
  expect(shown.replace('Start again', ''), where).not.toMatch(TELLING);
  expect(decodeURIComponent(page.url()), where).not.toContain('q=');
  if (words) {
    expect(shown.toLowerCase(), where).not.toContain(words.toLowerCase());
    expect(decodeURIComponent(page.url().replaceAll('+', ' ')).toLowerCase(), where).not.toContain(words.toLowerCase());
    const typed = await page.evaluate(() => [...document.querySelectorAll('input')].map((i) => i.value).join(' '));
    expect(typed.toLowerCase(), where).not.toContain(words.toLowerCase());
  }
  // Nothing but the note that the person left (and, on a kiosk, that the screen is a kiosk).
  expect(
    (await storedKeys(page)).filter((k) => k !== KIOSK_KEY),
    where,
  ).toEqual([LEFT_KEY]);
}

/** After leaving: Back as far as the tab goes (up to 6, with a reload on the first), then Forward: every page of the guide is closed. */
async function expectNothingOnTheWayBack(page: Page, words = '', forwardEnds = NEUTRAL_SITE) {
  // Each step Back, counting the one that reaches the blank start of the tab.
  let moves = 0;
  while (moves < 6) {
    moves++;
    if (!(await travel(page, 'back'))) break;
    await expectClosed(page, `after Back ${moves} times`, words);
    if (moves === 1 && /127\.0\.0\.1/.test(page.url())) {
      await page.reload();
      await expectClosed(page, 'after a reload', words);
    }
  }
  for (let i = 1; i <= moves; i++) {
    await travel(page, 'forward');
    if (i === moves && page.url().startsWith(forwardEnds)) break;
    await expectClosed(page, `after Forward ${i} times`, words);
  }
}

async function leave(page: Page, how: 'button' | 'shift') {
  await expect(page.locator('html[data-quick-exit-ready]')).toBeAttached();
  if (how === 'button') await page.getByRole('link', { name: /Leave this page/ }).click();
  else for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(NEUTRAL_SITE);
}

test.beforeEach(async ({ page }) => {
  await stubNeutralSite(page);
});

for (let answered = 0; answered <= depth; answered++) {
  const where = answered === depth ? 'the next-steps page' : `question ${answered + 1}`;
  test(`leaving from ${where} leaves nothing behind: Back up to 6 times and Forward show only a closed page`, async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Where do I go for help?' }).click();
    await islandsReady(page);
    await answerSteps(page, OUTCOME, answered);
    if (answered === depth) await expect(page).toHaveURL(new RegExp(`${helpNode(OUTCOME)}$`));
    await islandsReady(page);
    await leave(page, answered % 2 === 0 ? 'button' : 'shift');

    for (let i = 1; i <= 6; i++) {
      if (!(await travel(page, 'back'))) break;
      await expectClosed(page, `after Back ${i} times`);
    }
    for (let i = 1; i <= 6; i++) {
      await travel(page, 'forward');
      await expectClosed(page, `after Forward ${i} times`);
    }
  });
}

test('after leaving, a page of the guide kept in the browser cache is closed', async ({ page }) => {
  await page.goto(HELP);
  await islandsReady(page);
  await answerSteps(page, OUTCOME);
  await expect(page).toHaveURL(new RegExp(`${helpNode(OUTCOME)}$`));
  await expect(page.getByRole('region', { name: 'Your answers' })).toBeVisible();
  // Move on to another page, so the next-steps page is kept whole in the back/forward cache, then leave.
  await page.getByRole('contentinfo').getByRole('link', { name: 'Staying safe online' }).click();
  await leave(page, 'button');
  await travel(page, 'back');
  expect(
    await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type,
    ),
  ).toBe('navigate'); // the same page, kept whole
  await expectClosed(page, 'the cached next-steps page');
  await travel(page, 'back');
  await expectClosed(page, 'the question before it');
});

const WORDS = 'domestic abuse';

test('after leaving from a search (twice in one tab), no page reached with Back, Forward or a reload shows the guide or the words searched', async ({
  page,
}) => {
  for (let round = 1; round <= 2; round++) {
    await page.goto('/');
    await page.goto(SEARCH);
    await expect(page.locator('[data-search-ready]')).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search this guide' }).fill(WORDS);
    await expect(page.locator('.search__result').first()).toBeVisible();
    await expect(page).toHaveURL(/q=domestic/);
    if (round === 2) {
      // Open a result and come back, so that the search is a page of its own in the history.
      await page.locator('.search__result a').first().click();
      await expect(page).not.toHaveURL(/\/search\//);
      await travel(page, 'back');
      await expect(page.locator('.search__result').first()).toBeVisible();
    }
    await leave(page, round === 1 ? 'shift' : 'button');
    await expectNothingOnTheWayBack(page, WORDS);
  }
  // Starting again from a closed page gives the whole guide back, and the pages before it stay closed.
  await travel(page, 'back');
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(
    page
      .getByRole('heading', { name: 'Where do I go for help?' })
      .or(page.getByRole('link', { name: 'Where do I go for help?' }))
      .first(),
  ).toBeVisible();
  await page.goto(SEARCH);
  await expect(page.locator('[data-search-ready]')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search this guide' })).toHaveValue('');
  await travel(page, 'back');
  await expect(page.getByRole('link', { name: 'Where do I go for help?' }).first()).toBeVisible();
  await travel(page, 'back');
  await expectClosed(page, 'a page from before leaving, after starting again', WORDS);
});

test('after leaving from a guide page opened from an outcome (twice in one tab), Back never shows the outcome', async ({
  page,
}) => {
  for (let round = 1; round <= 2; round++) {
    await page.goto(HELP);
    await islandsReady(page);
    await answerSteps(page, OUTCOME);
    await expect(page).toHaveURL(new RegExp(`${helpNode(OUTCOME)}$`));
    await page
      .getByRole('main')
      .getByRole('link', { name: /Asking the council for help/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/guide\//);
    await leave(page, round === 1 ? 'button' : 'shift');
    await expectNothingOnTheWayBack(page);
  }
});

test('after leaving a kiosk screen, the next person cannot go Back to what the last one saw', async ({ page }) => {
  // Before the screen was set up, someone searched on it.
  await page.goto(`${SEARCH}?q=${encodeURIComponent(WORDS)}`);
  await expect(page.locator('.search__result').first()).toBeVisible();
  await startKiosk(page);
  for (let round = 1; round <= 2; round++) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    await expect(page.locator('[data-search-ready]')).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search this guide' }).fill(WORDS);
    await expect(page.locator('.search__result').first()).toBeVisible();
    await page.getByRole('link', { name: /Leave this page/ }).click();
    await expect(page).toHaveURL(/\/kiosk\/$/);
    await expect(page.locator('html[data-kiosk-ready]')).toBeAttached();
    await expect(page.locator('[data-left-screen]')).toHaveCount(0); // the kiosk start itself is ready for the next person
    await expectNothingOnTheWayBack(page, WORDS, `${new URL(page.url()).origin}${KIOSK_START}`);
    await expect(page).toHaveURL(/\/kiosk\/$/);
    await expect(page.locator('html[data-kiosk-ready]')).toBeAttached();
  }
});

test('"Start again" and the menu link show a question every time, twice in one tab', async ({ page }) => {
  for (let round = 1; round <= 2; round++) {
    await page.goto(HELP);
    await islandsReady(page);
    await answerSteps(page, 'rent-arrears');
    await expect(page).toHaveURL(/\/help\/rent-arrears\/$/);

    // Start again from the next-steps page: the first question, nothing remembered.
    await page.getByRole('main').getByRole('link', { name: 'Start again' }).click();
    await islandsReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf(tree.start));
    await expect(page.locator('.tree__answer')).not.toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Your answers' })).toHaveCount(0);

    // Reach the outcome again, then use the menu: the offer to carry on, then a question and a way on to the next steps.
    await answerSteps(page, 'rent-arrears');
    await expect(page).toHaveURL(/\/help\/rent-arrears\/$/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Where do I go?' }).click();
    await islandsReady(page);
    await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
    await page.getByRole('button', { name: 'Carry on where you left off' }).click();
    await expect(page.locator('.tree__answer')).not.toHaveCount(0);
    const next = page.getByRole('link', { name: /Continue to your next steps/ });
    await expect(next).toBeVisible();
    await next.click();
    await expect(page).toHaveURL(/\/help\/rent-arrears\/$/);
    await travel(page, 'back');
    await islandsReady(page);
    await expect(page.locator('.tree__answer')).not.toHaveCount(0);
    await page.reload();
    await islandsReady(page);
    await expect(page.locator('.tree__answer')).not.toHaveCount(0);
    await page.getByRole('link', { name: 'Start again' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf(tree.start));
    await expect(page.getByRole('region', { name: 'Your answers' })).toHaveCount(0);
  }
});

test('a link with answers already chosen shows them to check before going on', async ({ page }) => {
  const answers = shortest('council-review');
  await page.goto(`${HELP}?${new URLSearchParams(answers)}`);
  await islandsReady(page);
  await expect(page).toHaveURL(/\/help\/$/);
  await expect(page.getByRole('status')).toContainText(/link/i);
  const summary = page.getByRole('region', { name: 'Your answers' });
  await expect(summary.locator('dt')).toHaveCount(Object.keys(answers).length);
  await page.getByRole('button', { name: /Continue/ }).click();
  await expect(page).toHaveURL(/\/help\/council-review\/$/);
  // Back returns to the check, not to a blank page.
  await travel(page, 'back');
  await islandsReady(page);
  await expect(page.getByRole('region', { name: 'Your answers' })).toBeVisible();
});

test('a plain link to the kiosk start does not turn kiosk mode on, so Leave this page still goes to the neutral site', async ({
  page,
}) => {
  await page.goto(KIOSK_START);
  await islandsReady(page);
  await page.goto(guideHref('behind-with-rent'));
  await expect(page.locator('html')).not.toHaveClass(/\bkiosk\b/);
  await page.getByRole('link', { name: /Leave this page/ }).click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
});
