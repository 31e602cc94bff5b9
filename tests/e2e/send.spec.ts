/**
 * "Send these next steps": every next-steps page and service page offers to send its text to the
 * person's own phone (sms:), email (mailto:), share sheet (where the browser has one) or clipboard.
 * The site sends nothing; the text holds no answers; the links work without JavaScript; the part
 * is hidden in print and on a kiosk (which shows the QR code instead).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages, startKiosk, stubNeutralSite, tapTo } from './site.ts';
import { axeProblems } from './page-checks.ts';
import { answerAll, byId, shortest, stepsTo } from './journeys.ts';
import { agencyHref, HELP, helpNode } from '../../src/lib/site/routes.ts';
import type { Outcome } from '../../src/lib/tree/tree.ts';

const OUTCOME = 'rent-arrears';
const outcome = byId.get(OUTCOME) as Outcome;
/** The first step as a text carries it: plain quotes, so the text stays in the cheaper GSM set. */
const firstStep = outcome.first.do.replace(/[‘’]/g, "'");
const answerLabels = stepsTo(OUTCOME)
  .map((s) => s.label)
  .filter((l) => l.length >= 10);

/** The part, opened (it is folded so the page stays short on a phone). */
async function opened(page: Page, name: string) {
  const part = page.getByRole('region', { name });
  const details = part.locator('details');
  if ((await details.getAttribute('open')) === null) await part.getByText(name).click();
  await expect(details).toHaveAttribute('open', '');
  return part;
}
const section = (page: Page) => opened(page, 'Send these next steps');
const serviceSection = (page: Page) => opened(page, 'Send these contact details');
const bodyOf = async (link: Locator) => {
  const href = (await link.getAttribute('href'))!;
  return decodeURIComponent(new URL(href.replace(/^sms:/, 'sms://x/')).searchParams.get('body') ?? '');
};
/** The numbers "Do this first" shows, as people read them. */
const firstNumbers = (page: Page) =>
  page
    .locator('.first-step__phones a[href^="tel:"], .first-step__phones a[href^="sms:"]')
    .evaluateAll((as) => as.map((a) => /\d[\d ]*\d/.exec(a.textContent ?? '')?.[0] ?? ''));

async function expectSendsNextSteps(page: Page) {
  const s = await section(page);
  await expect(s).toBeVisible();
  await expect(s).toHaveAttribute('data-send-ready', '');
  await expect(s).toContainText('The guide sends nothing');
  const body = await bodyOf(s.getByRole('link', { name: 'Send to a phone' }));
  expect(body.split('\n')[0]).toBe(firstStep);
  for (const n of await firstNumbers(page)) expect(body).toContain(n);
  expect(body.split('\n').at(-1)).toBe(new URL(helpNode(OUTCOME), page.url()).href);
  for (const label of answerLabels) expect(body).not.toContain(label);
  const mail = (await s.getByRole('link', { name: 'Email' }).getAttribute('href'))!;
  expect(mail).toMatch(/^mailto:\?subject=[^&]+&body=[^&]+$/);
  expect(decodeURIComponent(mail.split('&body=')[1]!)).toBe(body);
  await expect(s).toContainText(/This is \d+ text messages?( long)?\./);
  return body;
}

const SERVICE = agencyHref('samaritans');
/** A service page's part: that one service's name and numbers, then the page's address; the email carries the same. */
async function expectSendsService(page: Page) {
  const s = await serviceSection(page);
  await expect(s).toHaveAttribute('data-send-ready', '');
  await expect(s).toContainText('The guide sends nothing');
  const body = await bodyOf(s.getByRole('link', { name: 'Send to a phone' }));
  expect(body.split('\n')[0]).toMatch(/^Samaritans: 116 123/);
  expect(body.split('\n').at(-1)).toBe(new URL(SERVICE, page.url()).href);
  const mail = (await s.getByRole('link', { name: 'Email' }).getAttribute('href'))!;
  expect(decodeURIComponent(mail.split('&body=')[1]!)).toBe(body);
  return body;
}

/** A share sheet that records what it is given (Chromium on Linux has none). */
async function stubShare(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { shared: unknown[] }).shared = [];
    navigator.share = async (data) => {
      (window as unknown as { shared: unknown[] }).shared.push(data);
    };
  });
}
const sharedTexts = (page: Page) =>
  page.evaluate(() => (window as unknown as { shared: { text: string }[] }).shared.map((d) => d.text));

for (const width of [320, 1280]) {
  test.describe(`at ${width}px wide`, () => {
    test.use({ viewport: { width, height: width === 320 ? 640 : 800 } });

    test('the next steps go to a phone, an email or the clipboard, with no answers, twice in one tab, Back, reload and after leaving', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await stubNeutralSite(page);
      await page.goto('/');
      for (let round = 1; round <= 2; round++) {
        await page.goto(HELP);
        await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
        if (round === 2) await page.getByRole('link', { name: 'Start again' }).first().click();
        await answerAll(page, shortest(OUTCOME));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcome.title);
        const body = await expectSendsNextSteps(page);
        await (await section(page)).getByRole('button', { name: 'Copy' }).click();
        await expect((await section(page)).getByRole('status')).toHaveText(
          'Copied. You can paste it into a message or a note.',
        );
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);
        expect(await axeProblems(page)).toEqual([]);
      }
      await page.goto(agencyHref('samaritans'));
      await page.goBack();
      await expectSendsNextSteps(page);
      await page.goForward();
      await page.goBack();
      await page.reload();
      await expectSendsNextSteps(page);
      await page
        .getByRole('link', { name: /Leave this page/ })
        .first()
        .click();
      await page.goto(helpNode(OUTCOME));
      await expectSendsNextSteps(page);
    });

    test('without JavaScript the text and email links are still there, built into the page', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(helpNode(OUTCOME));
      const s = await section(page);
      await expect(s).toBeVisible();
      const body = await bodyOf(s.getByRole('link', { name: 'Send to a phone' }));
      expect(body.split('\n')[0]).toBe(firstStep);
      for (const n of await firstNumbers(page)) expect(body).toContain(n);
      await expect(s.getByRole('link', { name: 'Email' })).toHaveAttribute('href', /^mailto:\?subject=.+&body=.+/);
      await expect(s.getByRole('button')).toHaveCount(0);
      await expect(s).toContainText(/This is \d+ text messages?\./);
      // (axe runs on the same markup in the tests with JavaScript on: it needs scripts to run.)
      await context.close();
    });

    test('a service page sends its contact details to a phone, an email or the clipboard, twice in one tab, Back, reload and after leaving', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await stubNeutralSite(page);
      const copied = async () => {
        const body = await expectSendsService(page);
        await (await serviceSection(page)).getByRole('button', { name: 'Copy' }).click();
        await expect((await serviceSection(page)).getByRole('status')).toHaveText(
          'Copied. You can paste it into a message or a note.',
        );
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);
      };
      for (let round = 1; round <= 2; round++) {
        await page.goto(SERVICE);
        await copied();
      }
      await page.goto(helpNode(OUTCOME));
      await page.goBack();
      await copied();
      await page.goForward();
      await page.goBack();
      await page.reload();
      await copied();
      await page
        .getByRole('link', { name: /Leave this page/ })
        .first()
        .click();
      await page.goto(SERVICE);
      await copied();
    });

    test('without JavaScript a service page still has its text and email links', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 } });
      const page = await context.newPage();
      for (let round = 1; round <= 2; round++) {
        await page.goto(SERVICE);
        const s = await serviceSection(page);
        const body = await bodyOf(s.getByRole('link', { name: 'Send to a phone' }));
        expect(body.split('\n')[0]).toMatch(/^Samaritans: 116 123/);
        const mail = (await s.getByRole('link', { name: 'Email' }).getAttribute('href'))!;
        expect(decodeURIComponent(mail.split('&body=')[1]!)).toBe(body);
        await expect(s.getByRole('button')).toHaveCount(0);
      }
      await context.close();
    });

    test('on a next-steps page the share sheet gets the same text as the text link', async ({ page }) => {
      await stubShare(page);
      await page.goto(helpNode(OUTCOME));
      const body = await expectSendsNextSteps(page);
      await (await section(page)).getByRole('button', { name: 'Share' }).click();
      await expect.poll(() => sharedTexts(page)).toEqual([body]);
    });

    test('a service page sends that one service, and the share sheet gets the same text', async ({ page }) => {
      await stubShare(page);
      await page.goto(SERVICE);
      const body = await expectSendsService(page);
      await (await serviceSection(page)).getByRole('button', { name: 'Share' }).click();
      await expect.poll(() => sharedTexts(page)).toEqual([body]);
      expect(await axeProblems(page)).toEqual([]);
    });
  });
}

test('without a share sheet there is no Share button, and Copy falls back to selecting the text', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: undefined });
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  });
  await page.goto(SERVICE);
  const service = await serviceSection(page);
  await expect(service).toHaveAttribute('data-send-ready', '');
  await expect(service.getByRole('button', { name: 'Copy' })).toBeVisible();
  await expect(service.getByRole('button', { name: 'Share' })).toHaveCount(0);
  await page.goto(helpNode(OUTCOME));
  const s = await section(page);
  await expect(s).toHaveAttribute('data-send-ready', '');
  await expect(s.getByRole('button', { name: 'Copy' })).toBeVisible();
  await expect(s.getByRole('button', { name: 'Share' })).toHaveCount(0);
  await s.getByRole('button', { name: 'Copy' }).click();
  await expect(s.getByRole('status')).toHaveText('The text is selected. Copy it with your device’s copy command.');
  expect(await page.evaluate(() => getSelection()?.toString())).toContain(
    outcome.first.do.slice(0, 20).replace(/[‘’]/g, "'"),
  );
});

test('the send part is not printed, on a next-steps page or a service page', async ({ page }) => {
  for (const [path, open] of [
    [helpNode(OUTCOME), section],
    [SERVICE, serviceSection],
  ] as const) {
    await page.goto(path);
    const s = await open(page);
    await expect(s).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(s).toBeHidden();
    await page.emulateMedia({ media: null });
  }
});

test('on a kiosk the send part is hidden (its links could open nothing), and the QR code stays', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await startKiosk(page);
  for (const path of [agencyHref('samaritans'), helpNode(OUTCOME)]) {
    await tapTo(page, path);
    await expect(page.locator('[data-send]')).toBeAttached();
    await expect(page.locator('[data-send]')).toBeHidden();
  }
  // The next-steps page shows its QR code on screen instead.
  await expect(page.locator('[data-outcome-qr] svg')).toBeVisible();
});

test('every next-steps page and every service page has the links, built into the page', () => {
  const pages = builtPages();
  const outcomes = pages.filter((p) => {
    const m = /^\/help\/([^/]+)\/$/.exec(p);
    return m && byId.get(m[1]!)?.type === 'outcome';
  });
  const services = pages.filter((p) => /^\/services\/[^/]+\/$/.test(p));
  expect(outcomes.length).toBeGreaterThan(10);
  expect(services.length).toBeGreaterThan(10);
  const missing = [...outcomes, ...services].filter((p) => {
    const html = readFileSync(`dist${p}index.html`, 'utf8');
    return !html.includes('href="sms:?body=') || !html.includes('href="mailto:?subject=');
  });
  expect(missing).toEqual([]);
});
