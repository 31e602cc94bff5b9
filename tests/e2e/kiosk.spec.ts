/**
 * Kiosk mode on a shared touch screen at a hub: started at /kiosk/, big targets, clears itself
 * when people walk away, never leaves the guide.
 */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { NEUTRAL_SITE, builtPages, startKiosk, stubNeutralSite, tapTo } from './site.ts';
import { precacheList } from '../../src/lib/site/offline-copy.ts';
import { EASY_READ_KEY, KIOSK_KEY, TREE_SESSION_KEY } from '../../src/lib/site/storage.ts';
import {
  DIRECTORY,
  EASY_READ,
  HELP,
  KIOSK_START,
  SEARCH,
  agencyHref,
  guideHref,
  helpNode,
  topicHref,
} from '../../src/lib/site/routes.ts';

test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true });

test('kiosk mode starts at /kiosk/ and stays on for the session, with no history to go back through', async ({
  page,
}) => {
  const entries = await startKiosk(page, '?idle=120');
  await expect(page).toHaveURL(/\/kiosk\/$/); // settings are kept out of the address
  await page
    .getByRole('link', { name: /Where do I go for help\?/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/help\/$/);
  await expect(page.locator('html')).toHaveClass(/kiosk/);
  await expect(page.locator('[data-tree][data-ready]')).toBeAttached();
  await page.getByRole('link', { name: 'No, no one is in danger right now', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you looking for help for?');
  // The in-page Back still works, but the browser history never grows.
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is anyone in danger right now?');
  expect(await page.evaluate(() => history.length)).toBe(entries);
  await expect(page.getByRole('button', { name: 'Copy a link to these answers' })).toBeHidden();
  // "Home" is the kiosk start.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' })).toHaveAttribute(
    'href',
    KIOSK_START,
  );
});

test('after 90 seconds without a touch it asks "Are you still there?", then starts again and clears the answers', async ({
  page,
}) => {
  await page.clock.install();
  const entries = await startKiosk(page);
  await tapTo(page, HELP);
  await expect(page.locator('[data-tree][data-ready]')).toBeAttached();
  await page.getByRole('link', { name: 'No, no one is in danger right now', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you looking for help for?');
  expect(await page.evaluate((k) => sessionStorage.getItem(k), TREE_SESSION_KEY)).toContain('danger');

  await page.clock.fastForward(85_000);
  await expect(page.getByRole('dialog', { name: 'Are you still there?' })).toBeHidden();
  await page.clock.fastForward(6_000);
  const prompt = page.getByRole('dialog', { name: 'Are you still there?' });
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText(/start again in \d+ seconds/);
  await page.clock.fastForward(31_000);
  await expect(page).toHaveURL(/\/kiosk\/$/);
  await expect(page.locator('html[data-kiosk-ready]')).toBeAttached();
  expect(await page.evaluate((k) => sessionStorage.getItem(k), TREE_SESSION_KEY)).toBeNull();
  expect(await page.evaluate((k) => sessionStorage.getItem(k), KIOSK_KEY)).not.toBeNull();
  expect(await page.evaluate(() => history.length)).toBe(entries);
  // The next person starts from the first question.
  await tapTo(page, HELP);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is anyone in danger right now?');
});

test('the same visitor coming back to the questions may carry on; after the idle reset the next one is not offered it', async ({
  page,
}) => {
  await page.clock.install();
  await startKiosk(page);
  await tapTo(page, HELP);
  await expect(page.locator('[data-tree][data-ready]')).toBeAttached();
  await page.getByRole('link', { name: 'No, no one is in danger right now', exact: true }).click();
  await page.getByRole('link', { name: 'Me', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which of these is closest to what is happening?');
  await tapTo(page, guideHref('behind-with-rent'));
  await tapTo(page, HELP);
  await expect(page.locator('[data-tree][data-ready]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Carry on, or start again?');
  await expect(page.getByRole('region', { name: 'Your answers' })).toHaveCount(0);
  const carryOn = page.getByRole('button', { name: 'Carry on where you left off' });
  await expect(carryOn).toBeVisible();

  // The visitor walks away from the offer: the screen starts again, and the next visitor starts afresh.
  await page.clock.fastForward(91_000);
  await expect(page.getByRole('dialog', { name: 'Are you still there?' })).toBeVisible();
  await page.clock.fastForward(31_000);
  await expect(page).toHaveURL(/\/kiosk\/$/);
  await expect(page.locator('html[data-kiosk-ready]')).toBeAttached();
  await tapTo(page, HELP);
  await expect(page.locator('[data-tree][data-ready]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is anyone in danger right now?');
  await expect(carryOn).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Your answers' })).toHaveCount(0);
  await expect(page.locator('.tree__answer--chosen')).toHaveCount(0);
  expect(await page.evaluate((k) => sessionStorage.getItem(k), TREE_SESSION_KEY)).toBeNull();
});

test('touching the screen dismisses the prompt and keeps the page', async ({ page }) => {
  await page.clock.install();
  await startKiosk(page);
  await tapTo(page, guideHref('behind-with-rent'));
  await page.clock.fastForward(92_000);
  const prompt = page.getByRole('dialog', { name: 'Are you still there?' });
  await expect(prompt).toBeVisible();
  await page.touchscreen.tap(540, 1800);
  await expect(prompt).toBeHidden();
  await page.clock.fastForward(60_000);
  await expect(page).toHaveURL(/\/guide\/behind-with-rent\/$/);
  await expect(prompt).toBeHidden();
  // The tap did not press the link it landed on.
  await expect(page).toHaveURL(/\/guide\/behind-with-rent\/$/);
  // The button works from the keyboard too (it has the focus).
  await page.clock.fastForward(35_000);
  await expect(prompt).toBeVisible();
  await expect(prompt.getByRole('button', { name: "Yes, I'm still here" })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(prompt).toBeHidden();
});

test('the idle time can be set for a screen in its start address', async ({ page }) => {
  await page.clock.install();
  await startKiosk(page, '?idle=300&prompt=20');
  await page.clock.fastForward(200_000);
  await expect(page.getByRole('dialog', { name: 'Are you still there?' })).toBeHidden();
  await page.clock.fastForward(101_000);
  await expect(page.getByRole('dialog', { name: 'Are you still there?' })).toContainText(/\d+ seconds/);
  await page.clock.fastForward(21_000);
  await expect(page).toHaveURL(/\/kiosk\/$/);
});

test('a link to another website shows its address and a QR code instead of going there', async ({ page }) => {
  const left: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) left.push(r.url());
  });
  await startKiosk(page);
  await tapTo(page, agencyHref('samaritans'));
  await page
    .getByRole('link', { name: /samaritans\.org/ })
    .first()
    .tap();
  const dialog = page.getByRole('dialog', { name: 'This is on another website' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('www.samaritans.org');
  await expect(dialog.locator('svg[role="img"]')).toHaveAttribute('aria-label', /QR code for www\.samaritans\.org/);
  await expect(page).toHaveURL(/\/services\/samaritans\/$/);
  await dialog.getByRole('button', { name: 'Close' }).tap();
  await expect(dialog).toBeHidden();
  expect(left).toEqual([]);
});

test('phone numbers are shown large, with "Ask a member of staff if you need a phone"', async ({ page }) => {
  await startKiosk(page);
  await tapTo(page, agencyHref('samaritans'));
  await expect(page.locator('main').getByText('Ask a member of staff if you need a phone.')).toBeVisible();
  const size = await page
    .locator('main .phone__number')
    .first()
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(size).toBeGreaterThanOrEqual(32);
  await page.locator('main a[href^="tel:"]').first().tap();
  const dialog = page.getByRole('dialog', { name: /Call Samaritans/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('116 123');
  await expect(dialog).toContainText('Ask a member of staff if you need a phone.');
});

test('the quick exit starts the kiosk again instead of leaving the guide', async ({ page }) => {
  await stubNeutralSite(page);
  await startKiosk(page);
  await tapTo(page, HELP);
  await page.getByRole('link', { name: 'No, no one is in danger right now', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you looking for help for?');
  await page.getByRole('link', { name: /Leave this page/ }).tap();
  await expect(page).toHaveURL(/\/kiosk\/$/);
  expect(page.url()).not.toContain(NEUTRAL_SITE);
  expect(await page.evaluate((k) => sessionStorage.getItem(k), TREE_SESSION_KEY)).toBeNull();
  await expect(page.locator('html')).toHaveClass(/kiosk/);
  // Shift three times does the same.
  await tapTo(page, DIRECTORY);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expect(page).toHaveURL(/\/kiosk\/$/);
});

test('a screen set up to start in easy read leads each visitor to the easy read pages, also after the reset', async ({
  page,
}) => {
  await stubNeutralSite(page);
  await page.goto(KIOSK_START);
  await page.getByText('For staff: set up this screen as a kiosk').click();
  await page.getByLabel('Start in easy read (short words and pictures)').check();
  await page.getByRole('button', { name: 'Start kiosk mode on this screen' }).click();
  await expect(page.locator('html[data-kiosk-ready][data-kiosk-easy-read]')).toBeAttached();
  await page.getByRole('link', { name: /Where do I go for help\?/ }).tap();
  await expect(page).toHaveURL(EASY_READ);
  expect(await page.evaluate((k) => sessionStorage.getItem(k), EASY_READ_KEY)).toBe('1');
  // "Leave this page" starts the screen again: easy read is cleared for the last visitor, then on again for the next.
  await page.getByRole('link', { name: /Leave this page/ }).tap();
  await expect(page).toHaveURL(/\/kiosk\/$/);
  await expect(page.locator('html[data-kiosk-ready][data-kiosk-easy-read]')).toBeAttached();
  await expect(page.getByRole('link', { name: /Where do I go for help\?/ })).toHaveAttribute('href', EASY_READ);
});

test('"Print my next steps" is offered only when the screen has a printer', async ({ page }) => {
  await startKiosk(page);
  await tapTo(page, helpNode('rent-arrears'));
  await expect(page.getByRole('button', { name: 'Print my next steps' })).toBeHidden();
  // Without a printer, a QR code lets people take the steps with them.
  await expect(page.locator('[data-outcome-qr] svg')).toBeVisible();
  // A new browser session, set up for a screen with a printer.
  await page.evaluate(() => sessionStorage.clear());
  await startKiosk(page, '?printer=yes');
  await tapTo(page, helpNode('rent-arrears'));
  await expect(page.getByRole('button', { name: 'Print my next steps' })).toBeVisible();
});

const KIOSK_PAGES = [
  KIOSK_START,
  HELP,
  helpNode('rent-arrears'),
  guideHref('behind-with-rent'),
  agencyHref('medway-safe-haven'),
  DIRECTORY,
  SEARCH,
  topicHref('tenancy'),
];

for (const path of KIOSK_PAGES) {
  test(`${path} in kiosk mode: every control is at least 56 by 56 pixels, and axe passes`, async ({ page }) => {
    await startKiosk(page);
    if (path !== KIOSK_START) await tapTo(page, path);
    if (path === HELP) await page.getByRole('link', { name: 'No, no one is in danger right now', exact: true }).click();
    if (path === SEARCH) {
      await page.locator('#search-page-input').fill('rent');
      await expect(page.locator('.search__result').first()).toBeVisible();
    }
    const small = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
        ),
      ]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          return (
            r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && !el.closest('.visually-hidden, [hidden]')
          );
        })
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 55.5 || r.height < 55.5)
        .map(
          ({ el, r }) =>
            `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(r.width)}x${Math.round(r.height)}`,
        ),
    );
    expect(small).toEqual([]);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('in kiosk mode no page scrolls sideways, even on a small screen', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await startKiosk(page);
  const wide: string[] = [];
  for (const path of builtPages()) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveClass(/kiosk/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0) wide.push(`${path} (${overflow}px too wide)`);
  }
  expect(wide).toEqual([]);
});

test('the dialogs pass axe too', async ({ page }) => {
  await startKiosk(page);
  await tapTo(page, agencyHref('samaritans'));
  await page.locator('main a[href^="tel:"]').first().tap();
  await expect(page.getByRole('dialog')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the kiosk start and its code are saved for offline use', () => {
  const saved = precacheList(readFileSync('dist/sw.js', 'utf8'));
  expect(saved).toContain('kiosk/index.html');
  expect(saved.filter((file) => /^_astro\/kiosk[^/]*\.js$/.test(file)).length).toBeGreaterThan(0);
});
