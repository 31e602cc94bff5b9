/**
 * The two promises a person in trouble relies on, tried as real people use them: coming back,
 * pressing Back and Forward, leaving in a hurry and returning.
 * 1. After "Leave this page", no way back into the guide shows an answer, and nothing is stored.
 * 2. "Where do I go for help?" always shows a question, however often it is started.
 */
import { expect, test, type Page } from '@playwright/test';
import { NEUTRAL_SITE, stubNeutralSite } from './site.ts';
import { answerSteps, islandsReady, shortest, stepsTo, storedKeys, titleOf, tree } from './journeys.ts';
import { chromiumLaunchOptions } from '../../src/build-tools/browser.ts';
import { HELP, KIOSK_START, guideHref, helpNode } from '../../src/lib/routes.ts';

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

/** On a page of the guide: no answer is marked, no summary of answers, nothing stored. */
async function expectNothingRemembered(page: Page, where: string) {
  const origin = new URL(page.url()).origin;
  if (!/127\.0\.0\.1/.test(origin)) return; // the neutral site, or the blank start of the tab
  await islandsReady(page);
  await expect(page.locator('.tree__answer--chosen, .tree__answer[aria-current="true"]'), where).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Your answers' }), where).toHaveCount(0);
  await expect(page.locator('main'), where).not.toContainText('(your answer)');
  expect(await storedKeys(page), where).toEqual([]);
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
  test(`leaving from ${where} leaves nothing behind: Back up to 6 times and Forward show no answer`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Where do I go for help?' }).click();
    await islandsReady(page);
    await answerSteps(page, OUTCOME, answered);
    if (answered === depth) await expect(page).toHaveURL(new RegExp(`${helpNode(OUTCOME)}$`));
    await islandsReady(page);
    await leave(page, answered % 2 === 0 ? 'button' : 'shift');

    for (let i = 1; i <= 6; i++) {
      if (!(await travel(page, 'back'))) break;
      await expectNothingRemembered(page, `after Back ${i} times`);
    }
    for (let i = 1; i <= 6; i++) {
      await travel(page, 'forward');
      await expectNothingRemembered(page, `after Forward ${i} times`);
    }
  });
}

test('after leaving, a page of the guide kept in the browser cache shows no answers', async ({ page }) => {
  await page.goto(HELP);
  await islandsReady(page);
  await answerSteps(page, OUTCOME);
  await expect(page).toHaveURL(new RegExp(`${helpNode(OUTCOME)}$`));
  await expect(page.getByRole('region', { name: 'Your answers' })).toBeVisible();
  // Move on to another page, so the next-steps page is kept whole in the back/forward cache, then leave.
  await page.getByRole('contentinfo').getByRole('link', { name: 'Staying safe online' }).click();
  await leave(page, 'button');
  await travel(page, 'back');
  await expect(page).toHaveURL(new RegExp(`${helpNode(OUTCOME)}$`));
  expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type)).toBe('navigate'); // the same page, kept whole
  await expectNothingRemembered(page, 'the cached next-steps page');
  await travel(page, 'back');
  await expectNothingRemembered(page, 'the question before it');
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

    // Reach the outcome again, then use the menu: a question, and a way on to the next steps.
    await answerSteps(page, 'rent-arrears');
    await expect(page).toHaveURL(/\/help\/rent-arrears\/$/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Where do I go?' }).click();
    await islandsReady(page);
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

test('a plain link to the kiosk start does not turn kiosk mode on, so Leave this page still goes to the neutral site', async ({ page }) => {
  await page.goto(KIOSK_START);
  await islandsReady(page);
  await page.goto(guideHref('behind-with-rent'));
  await expect(page.locator('html')).not.toHaveClass(/\bkiosk\b/);
  await page.getByRole('link', { name: /Leave this page/ }).click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
});
