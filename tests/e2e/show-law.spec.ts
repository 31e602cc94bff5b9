/**
 * "Show the law" on a next-steps page: a professional presses it to see, under each right, the Act
 * and section or GOV.UK page it rests on, with links. It is remembered in this tab only, and
 * "Leave this page" and the kiosk reset forget it. Off, the rights read calmly, with no citations on
 * screen; on paper the law's name still follows each right. With JavaScript off the law shows.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeProblems } from './page-checks.ts';
import { startKiosk, stubNeutralSite, tapTo, walkAway } from './site.ts';
import { storedKeys } from './journeys.ts';
import { helpNode } from '../../src/lib/site/routes.ts';
import { STORAGE_PREFIX } from '../../src/lib/site/storage.ts';

/** The review outcome keeps its rights open (rights_open), so they show without a tap. */
const REVIEW = helpNode('council-review');
/** An outcome with a right that a charity's page also explains, and its rights folded. */
const NOTICE = helpNode('landlord-notice');
const RIGHT = 'You can ask for a review within 21 days';
const LAW = 'Housing Act 1996, section 202';
const LAW_URL = 'https://www.legislation.gov.uk/ukpga/1996/52/section/202';
const KEY = `${STORAGE_PREFIX}show-law`;

const lawSwitch = (page: Page) => page.getByRole('button', { name: 'Show the law' });
const right = (page: Page) => page.locator('[data-right]').filter({ hasText: RIGHT });

/** The switch is wired up (its script has run). */
async function ready(page: Page) {
  await expect(page.locator('[data-show-law][data-ready]')).toBeVisible();
}

/** The switch's state, and whether the right's law shows on screen as a link to the section. */
async function expectLaw(page: Page, shown: boolean) {
  await ready(page);
  await expect(lawSwitch(page)).toHaveAttribute('aria-pressed', String(shown));
  await expect(right(page).locator('.right__text')).toBeVisible();
  const link = right(page).getByRole('link', { name: LAW });
  if (shown) {
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', LAW_URL);
  } else {
    await expect(right(page).locator('[data-right-law]')).toBeHidden();
  }
}

/** On paper: the law's name after the right, and whether its web address is printed too. */
async function expectPrinted(page: Page, withAddress: boolean) {
  await page.emulateMedia({ media: 'print' });
  // The switch itself is not printed.
  await expect(page.locator('[data-show-law]')).toBeHidden();
  const law = right(page).locator('[data-right-law]');
  await expect(law).toBeVisible();
  await expect(law).toContainText(LAW);
  const after = await law
    .locator('a')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  if (withAddress) expect(after).toContain(LAW_URL);
  else expect(after).not.toContain('legislation.gov.uk');
  await page.emulateMedia({ media: null });
}

for (const width of [320, 1280]) {
  test.describe(`at ${width}px wide`, () => {
    test.use({ viewport: { width, height: width === 320 ? 640 : 800 } });

    test('the switch shows and hides the law under each right, twice in one tab, by keyboard, and passes axe', async ({
      page,
    }) => {
      await page.goto(REVIEW);
      await expectLaw(page, false);
      expect(await axeProblems(page)).toEqual([]);
      for (let round = 1; round <= 2; round++) {
        await lawSwitch(page).focus();
        await page.keyboard.press(round === 1 ? 'Enter' : 'Space');
        await expectLaw(page, true);
        // Every right then shows its law as a link.
        for (const r of await page.locator('section.outcome__rights [data-right]').all())
          await expect(r.locator('[data-right-law] a').first()).toBeVisible();
        if (round === 1) expect(await axeProblems(page)).toEqual([]);
        await lawSwitch(page).click();
        await expectLaw(page, false);
      }
    });

    test('it is remembered in this tab: on the next outcome, after reload, Back and Forward', async ({ page }) => {
      await page.goto(REVIEW);
      await ready(page);
      await lawSwitch(page).click();
      await expectLaw(page, true);
      await page.reload();
      await expectLaw(page, true);
      await page.goto(NOTICE);
      await ready(page);
      const notice = page.locator('section.outcome__rights');
      if (await notice.locator('details:not([open])').count()) await notice.locator('summary').click();
      await expect(lawSwitch(page)).toHaveAttribute('aria-pressed', 'true');
      const evicted = page.locator('[data-right]').filter({ hasText: 'without a court order' }).first();
      await expect(evicted.locator('[data-right-law] a').first()).toBeVisible();
      await expect(evicted).toContainText('Also explained by: Excluded occupiers (Shelter Legal) (not the law itself)');
      await page.goBack();
      await expectLaw(page, true);
      await page.goForward();
      await ready(page);
      await expect(lawSwitch(page)).toHaveAttribute('aria-pressed', 'true');
    });

    test('on paper the law follows each right; with the switch on its web address is printed too', async ({ page }) => {
      await page.goto(REVIEW);
      await expectLaw(page, false);
      await expectPrinted(page, false);
      await expectLaw(page, false);
      await lawSwitch(page).click();
      await expectLaw(page, true);
      await expectPrinted(page, true);
      await expectLaw(page, true);
    });

    test('on paper the pages that only restate the law are left off with the switch off, and printed with it on', async ({
      page,
    }) => {
      await page.goto(NOTICE);
      await ready(page);
      const rights = page.locator('section.outcome__rights');
      if (await rights.locator('details:not([open])').count()) await rights.locator('summary').click();
      const evicted = page.locator('[data-right]').filter({ hasText: 'without a court order' }).first();
      const also = evicted.locator('.right__also');
      await page.emulateMedia({ media: 'print' });
      await expect(evicted.locator('[data-right-law]')).toBeVisible();
      await expect(also).toBeHidden();
      await page.emulateMedia({ media: null });
      await lawSwitch(page).click();
      await expect(lawSwitch(page)).toHaveAttribute('aria-pressed', 'true');
      await page.emulateMedia({ media: 'print' });
      await expect(evicted.locator('[data-right-law]')).toBeVisible();
      await expect(also).toBeVisible();
      await expect(also).toContainText('Excluded occupiers (Shelter Legal)');
    });

    test('"Leave this page" forgets the switch', async ({ page }) => {
      await stubNeutralSite(page);
      await page.goto(REVIEW);
      await ready(page);
      await lawSwitch(page).click();
      await expectLaw(page, true);
      expect(await storedKeys(page)).toContain(KEY);
      await page.getByRole('link', { name: /Leave this page/ }).click();
      await expect(page).toHaveURL(/bbc\.co\.uk/);
      await page.goto(REVIEW);
      await expectLaw(page, false);
      expect(await storedKeys(page)).not.toContain(KEY);
    });

    test("with JavaScript off the law shows under each right, there is no switch, and paper prints the law's names", async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 } });
      const page = await context.newPage();
      for (let round = 1; round <= 2; round++) {
        await page.goto(REVIEW);
        await expect(right(page).getByRole('link', { name: LAW })).toBeVisible();
        await expect(lawSwitch(page)).toHaveCount(0);
      }
      // On paper it prints as with the switch off: the law's names, without their web addresses.
      await expectPrinted(page, false);
      await context.close();
    });
  });
}

test('the kiosk reset forgets the switch for the next person', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  const page = await context.newPage();
  await startKiosk(page);
  // A visitor opens the review outcome by touching a link, so kiosk mode handles it.
  await tapTo(page, REVIEW);
  await ready(page);
  await lawSwitch(page).click();
  await expectLaw(page, true);
  await page
    .getByRole('link', { name: /Leave this page|Start again for the next person/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/kiosk\/$/);
  await expect(page.locator('html[data-kiosk-ready]')).toBeAttached();
  expect(await storedKeys(page)).not.toContain(KEY);
  await tapTo(page, REVIEW);
  await expectLaw(page, false);
  await context.close();
});

test('on a kiosk the idle reset forgets the switch, so the next visitor sees the rights without citations', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
  const page = await context.newPage();
  await page.clock.install();
  await startKiosk(page);
  await tapTo(page, REVIEW);
  await ready(page);
  await lawSwitch(page).click();
  await expectLaw(page, true);
  // The visitor walks away: "Are you still there?", then the screen starts again.
  await walkAway(page);
  expect(await storedKeys(page)).not.toContain(KEY);
  await tapTo(page, REVIEW);
  await expectLaw(page, false);
  await context.close();
});
