/**
 * "Do this first" knows the time (Bradford): children's social care has office hours, and the
 * Emergency Duty Team answers when it is closed. While the office is closed, the team comes first
 * and the office says when it opens; with JavaScript off both show, in the content's order, with
 * their hours. Fixed clocks in London time (December is UTC+0). The section's
 * data-first-step-order is the readiness signal: the order has been worked out.
 */
import { expect, test, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../src/build-tools/browser.ts';
import { HELP, helpNode } from '../../src/lib/site/routes.ts';
import { answerAll, shortest } from '../e2e/journeys.ts';

const CHILDREN_NAME = /Bradford Council children.s social care/;
const DUTY_TEAM = /Bradford Council Emergency Duty Team/;

const WEEKDAY_10AM = new Date('2026-12-08T10:00:00Z'); // Tuesday
const WEEKDAY_2230 = new Date('2026-12-08T22:30:00Z');
const SUNDAY_3PM = new Date('2026-12-13T15:00:00Z');
const NEW_YEAR_11AM = new Date('2027-01-01T11:00:00Z'); // Friday, a bank holiday on the site's list

// As on a real phone, the browser keeps whole pages in its back/forward cache (Playwright turns that off by default).
test.use({
  viewport: { width: 320, height: 640 },
  isMobile: true,
  hasTouch: true,
  launchOptions: { ...chromiumLaunchOptions(), ignoreDefaultArgs: ['--disable-back-forward-cache'] },
});

const firstStep = (page: Page) => page.getByRole('region', { name: 'Do this first' });
/** The names of "Do this first"'s contacts, in the order a screen reader meets them. */
const names = (page: Page) => firstStep(page).locator('.first-step__name').allTextContents();

/** Open the under-18 next steps and wait until the order for now is worked out. */
async function openUnder18(page: Page, order: 'content' | 'alternative-first') {
  await page.goto(helpNode('under-18'));
  await expect(firstStep(page)).toHaveAttribute('data-first-step-order', order);
}

test('at 10:00 on a weekday children’s social care comes first, open now', async ({ page }) => {
  await page.clock.setFixedTime(WEEKDAY_10AM);
  await openUnder18(page, 'content');
  expect(await names(page)).toEqual([expect.stringMatching(CHILDREN_NAME), expect.stringMatching(DUTY_TEAM)]);
  await expect(firstStep(page).locator('[data-open-state]').first()).toHaveText('Open now. Closes at 5pm.');
});

for (const [when, instant, opens] of [
  ['at 22:30 on a weekday', WEEKDAY_2230, 'Closed now. Opens at 8:30am tomorrow.'],
  ['on a Sunday afternoon', SUNDAY_3PM, 'Closed now. Opens at 8:30am tomorrow.'],
] as const) {
  test(`${when} the Emergency Duty Team comes first, open now, and children’s social care says when it opens`, async ({
    page,
  }) => {
    await page.clock.setFixedTime(instant);
    await openUnder18(page, 'alternative-first');
    expect(await names(page)).toEqual([expect.stringMatching(DUTY_TEAM), expect.stringMatching(CHILDREN_NAME)]);
    const items = firstStep(page).locator('.first-step__contact');
    await expect(items.nth(0).locator('[data-open-state]')).toHaveText(/^Open now/);
    await expect(items.nth(1).locator('[data-open-state]')).toHaveText(opens);
    // The first call button on the screen is the team's, and it is on the first screen.
    const button = firstStep(page).locator('a[href^="tel:"]').first();
    await expect(button).toHaveAttribute('href', 'tel:+441274431010');
    await expect(button).toBeInViewport({ ratio: 1 });
  });
}

test('on a bank holiday the team that is open comes first; the office may be closed, and says so', async ({ page }) => {
  await page.clock.setFixedTime(NEW_YEAR_11AM);
  await openUnder18(page, 'alternative-first');
  expect(await names(page)).toEqual([expect.stringMatching(DUTY_TEAM), expect.stringMatching(CHILDREN_NAME)]);
  await expect(firstStep(page).locator('.first-step__contact').nth(1).locator('[data-open-state]')).toContainText(
    'It is a bank holiday: it may be closed.',
  );
});

test('a printout keeps the content’s order: it has no "now"', async ({ page }) => {
  await page.clock.setFixedTime(WEEKDAY_2230);
  await openUnder18(page, 'alternative-first');
  await page.emulateMedia({ media: 'print' });
  const tops = await firstStep(page)
    .locator('.first-step__contact')
    .evaluateAll((els) =>
      els
        .map((e) => ({
          name: e.querySelector('.first-step__name')?.textContent ?? '',
          top: e.getBoundingClientRect().top,
        }))
        .sort((a, b) => a.top - b.top)
        .map((e) => e.name),
    );
  expect(tops).toEqual([expect.stringMatching(CHILDREN_NAME), expect.stringMatching(DUTY_TEAM)]);
});

test('the order stays right on Back and Forward, a reload, and a second visit through the questions', async ({
  page,
}) => {
  await page.clock.setFixedTime(WEEKDAY_2230);
  await openUnder18(page, 'alternative-first');
  const expectNightOrder = async (where: string) => {
    await expect(firstStep(page), where).toHaveAttribute('data-first-step-order', 'alternative-first');
    expect(await names(page), where).toEqual([expect.stringMatching(DUTY_TEAM), expect.stringMatching(CHILDREN_NAME)]);
  };
  // Away and Back: the page comes back whole from the back/forward cache, still in order, nothing lost or doubled.
  await page.goto(HELP);
  await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
  await page.goBack({ waitUntil: 'commit' });
  await expectNightOrder('after Back');
  await page.goForward({ waitUntil: 'commit' });
  await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
  await page.goBack({ waitUntil: 'commit' });
  await expectNightOrder('after Forward and Back');
  await page.reload();
  await expectNightOrder('after a reload');
  // The same next steps reached a second time in this tab, by answering the questions.
  await page.goto(HELP);
  await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
  expect(await answerAll(page, shortest('under-18'))).toBe('under-18');
  await expectNightOrder('reached again through the questions');
});

test('a page left open as the office closes changes its order within a minute', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-08T16:58:30Z') });
  await openUnder18(page, 'content');
  await page.clock.runFor('02:00');
  await expect(firstStep(page)).toHaveAttribute('data-first-step-order', 'alternative-first');
  expect(await names(page)).toEqual([expect.stringMatching(DUTY_TEAM), expect.stringMatching(CHILDREN_NAME)]);
  await expect(firstStep(page).locator('.first-step__contact').nth(1).locator('[data-open-state]')).toHaveText(
    'Closed now. Opens at 8:30am tomorrow.',
  );
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('both show in the content’s order, each with its hours written out', async ({ page }) => {
    await page.clock.setFixedTime(WEEKDAY_2230);
    await page.goto(helpNode('under-18'));
    expect(await names(page)).toEqual([expect.stringMatching(CHILDREN_NAME), expect.stringMatching(DUTY_TEAM)]);
    const items = firstStep(page).locator('.first-step__contact');
    // On screen, not only on paper.
    await expect(
      items.nth(0).getByText('Monday to Thursday: 8:30am to 5pm', { exact: true }).filter({ visible: true }),
    ).toHaveCount(1);
    await expect(
      items
        .nth(1)
        .getByText('Monday to Thursday: 5pm to 7:30am (the next morning)', { exact: true })
        .filter({ visible: true }),
    ).toHaveCount(1);
    await expect(firstStep(page)).not.toContainText(/Open now|Closed now/);
  });
});

test('sleeping rough: the council’s hours are not known, so the content’s order stays and nothing claims "open" or "closed"', async ({
  page,
}) => {
  for (const instant of [WEEKDAY_10AM, WEEKDAY_2230, SUNDAY_3PM, NEW_YEAR_11AM]) {
    await page.clock.setFixedTime(instant);
    await page.goto(helpNode('sleeping-rough'));
    await expect(page.locator('html[data-quick-exit-ready]')).toHaveCount(1);
    expect(await names(page), instant.toISOString()).toEqual([
      'Bradford Council Housing Options',
      'Bradford Council out-of-hours homelessness line',
    ]);
    await expect(firstStep(page)).not.toContainText(/Open now|Closed now/);
  }
});
