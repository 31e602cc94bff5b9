/**
 * "Prepare a duty to refer referral" (/help/professional-referral/refer/), linked from the
 * professional outcome: consent first, then which council, the reason, mental health, risks and
 * contact details; a summary to print, copy or email through the professional's own mail app.
 * What is typed stays in the tab (never in the address or history state) and goes with "Leave this
 * page". With JavaScript off the form is a printable checklist that never submits.
 * The form's data-ready is the readiness signal: its script has restored and wired the fields.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeProblems } from './page-checks.ts';
import { NEUTRAL_SITE, startKiosk, stubNeutralSite, tapTo, walkAway } from './site.ts';
import { storedKeys } from './journeys.ts';
import { helpNode, REFER } from '../../src/lib/site/routes.ts';
import { REFER_KEY } from '../../src/lib/site/storage.ts';

const GUIDE_URL = 'https://www.gov.uk/government/publications/homelessness-duty-to-refer/a-guide-to-the-duty-to-refer';
const CODE_URL =
  'https://www.gov.uk/guidance/homelessness-code-of-guidance-for-local-authorities/chapter-4-the-duty-to-refer-cases-in-england-to-housing-authorities';
const SECRET_REASON = 'Landlord notice ends 3 January, sofa surfing after';
const SECRET_NAME = 'Alex Testperson';

const form = (page: Page) => page.locator('form[data-refer]');
const ready = (page: Page) => expect(page.locator('form[data-refer][data-ready]')).toBeAttached();
const consent = (page: Page) => page.getByRole('checkbox', { name: 'The person agrees to be referred to the council' });
const contactConsent = (page: Page) =>
  page.getByRole('checkbox', { name: 'The person agrees that the council can have their contact details' });
const reason = (page: Page) => page.getByRole('textbox', { name: /Why they may be homeless/ });
const fullName = (page: Page) => page.getByRole('textbox', { name: 'Their full name' });

async function fillIn(page: Page, name = SECRET_NAME) {
  await consent(page).check();
  await contactConsent(page).check();
  await page.getByRole('radio', { name: 'Medway Council' }).check();
  await reason(page).fill(SECRET_REASON);
  await page.getByRole('textbox', { name: /How their mental health affects them/ }).fill('Finds phone calls hard');
  await page.getByRole('textbox', { name: /Risks the council should know about/ }).fill('None known');
  await fullName(page).fill(name);
  await page.getByRole('textbox', { name: 'Phone number' }).fill('07700 900123');
  await page.getByRole('textbox', { name: 'Best time to call' }).fill('Mornings');
}

/** Nothing typed is in the address or in any history entry's state. */
async function expectNothingInAddressOrHistory(page: Page) {
  expect(page.url()).not.toMatch(/Testperson|Landlord|07700|\?/);
  const state = await page.evaluate(() => JSON.stringify(history.state ?? null));
  expect(state).not.toMatch(/Testperson|Landlord|07700/);
}

for (const width of [320, 1280]) {
  test.describe(`at ${width}px`, () => {
    test.use({ viewport: { width, height: 640 } });

    test.describe('JavaScript on', () => {
      test('the professional outcome leads to the form; consent comes first and opens the rest', async ({ page }) => {
        await page.goto(helpNode('professional-referral'));
        await page.getByRole('link', { name: 'Prepare a duty to refer referral' }).click();
        await expect(page).toHaveURL(new RegExp(`${REFER}$`));
        await ready(page);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prepare a duty to refer referral');
        await expect(page.getByText(/Consent means/)).toBeVisible();
        // The form follows GOV.UK's guidance and cites it where the professional reads the rules.
        await expect(form(page).getByRole('link', { name: 'A guide to the duty to refer' })).toHaveAttribute(
          'href',
          GUIDE_URL,
        );
        await expect(
          form(page).getByRole('link', { name: 'chapter 4 of the Homelessness code of guidance' }),
        ).toHaveAttribute('href', CODE_URL);
        // Its words for what the person agrees to, and for the reason, are the Code's (paragraph 4.1).
        await expect(contactConsent(page)).toHaveAccessibleName(/so it can contact them about the referral$/);
        await expect(reason(page)).toHaveAccessibleName(/likely to become homeless in the next 56 days$/);
        // Until the person has agreed to both, the rest cannot be filled in.
        await expect(reason(page)).toBeDisabled();
        await consent(page).check();
        await expect(reason(page)).toBeDisabled();
        await contactConsent(page).check();
        await expect(reason(page)).toBeEnabled();
        expect(await axeProblems(page)).toEqual([]);
        for (const box of await form(page).locator('input:not([type=checkbox]):not([type=radio]), textarea').all())
          await expect(box).toHaveAttribute('autocomplete', 'off');
        // The route of the edition's own council, from its content, and a free choice of any other.
        await expect(page.getByRole('link', { name: 'Medway Council’s duty to refer page' })).toBeVisible();
        await page.getByRole('radio', { name: 'Another council in England' }).check();
        await page.getByRole('textbox', { name: 'Which council' }).fill('Leeds City Council');
        await expect(page.getByRole('region', { name: 'Your referral' })).toContainText('Leeds City Council');
        expect(await axeProblems(page)).toEqual([]);
      });

      test('the summary holds what was typed, and the email link carries only a subject and that summary', async ({
        page,
      }) => {
        await page.goto(REFER);
        await ready(page);
        await fillIn(page);
        const summary = page.getByRole('region', { name: 'Your referral' });
        await expect(summary).toContainText(SECRET_REASON);
        await expect(summary).toContainText('Medway Council');
        await expect(summary).toContainText('Best time to call:\nMornings');
        const href = (await page.getByRole('link', { name: 'Email the summary' }).getAttribute('href')) ?? '';
        const url = new URL(href);
        expect(url.protocol).toBe('mailto:');
        expect(url.pathname).toBe('');
        expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
        expect(url.searchParams.get('body')).toContain(SECRET_NAME);
        await expect(page.getByRole('button', { name: 'Print the summary' })).toBeVisible();
        await expect(page.getByRole('button', { name: 'Copy the summary' })).toBeVisible();
        expect(await axeProblems(page)).toEqual([]);
        // Enter in a field sends nothing and adds nothing to the address.
        await fullName(page).press('Enter');
        await expectNothingInAddressOrHistory(page);
        await expect(fullName(page)).toHaveValue(SECRET_NAME);
      });

      test('what is typed survives a reload and Back, stays out of the address, and "Clear the form" empties it for the next person', async ({
        page,
      }) => {
        await page.goto(helpNode('professional-referral'));
        await page.getByRole('link', { name: 'Prepare a duty to refer referral' }).click();
        await ready(page);
        await fillIn(page);
        await expectNothingInAddressOrHistory(page);
        expect(await storedKeys(page)).toContain(REFER_KEY);
        await page.reload();
        await ready(page);
        await expect(reason(page)).toHaveValue(SECRET_REASON);
        await page.goBack();
        await expect(page).toHaveURL(new RegExp(`${helpNode('professional-referral')}$`));
        await page.goForward();
        await ready(page);
        await expect(fullName(page)).toHaveValue(SECRET_NAME);
        await expectNothingInAddressOrHistory(page);

        // The next person, in the same tab.
        await page.getByRole('button', { name: 'Clear the form' }).click();
        await expect(fullName(page)).toHaveValue('');
        await expect(consent(page)).not.toBeChecked();
        await expect(reason(page)).toBeDisabled();
        expect(await storedKeys(page)).not.toContain(REFER_KEY);
        await fillIn(page, 'Sam Secondperson');
        const summary = page.getByRole('region', { name: 'Your referral' });
        await expect(summary).toContainText('Sam Secondperson');
        await expect(summary).not.toContainText(SECRET_NAME);
        await page.reload();
        await ready(page);
        await expect(fullName(page)).toHaveValue('Sam Secondperson');
      });

      test('"Leave this page" clears what was typed; opening the form again shows nothing of it', async ({ page }) => {
        await stubNeutralSite(page);
        await page.goto(REFER);
        await ready(page);
        await fillIn(page);
        await page.getByRole('link', { name: /Leave this page/ }).click();
        await expect(page).toHaveURL(NEUTRAL_SITE);
        await page.goto(REFER);
        await ready(page);
        expect(await storedKeys(page)).not.toContain(REFER_KEY);
        await expect(fullName(page)).toHaveValue('');
        await expect(consent(page)).not.toBeChecked();
        await expect(page.locator('main')).not.toContainText(SECRET_NAME);
      });

      test('closing the tab clears what was typed: a new tab, or the browser opened again, shows an empty form', async ({
        page,
        context,
        browser,
      }) => {
        await page.goto(REFER);
        await ready(page);
        await fillIn(page);
        expect(await storedKeys(page)).toContain(REFER_KEY);
        await page.close();
        // The next person opens the form in a new tab of the same browser.
        const next = await context.newPage();
        await next.goto(REFER);
        await ready(next);
        expect(await storedKeys(next)).not.toContain(REFER_KEY);
        await expect(fullName(next)).toHaveValue('');
        await expect(consent(next)).not.toBeChecked();
        await expect(reason(next)).toBeDisabled();
        await expect(next.locator('main')).not.toContainText(SECRET_NAME);
        // And in a browser opened afresh.
        const fresh = await browser.newContext({ viewport: { width, height: 640 } });
        const other = await fresh.newPage();
        await other.goto(REFER);
        await ready(other);
        expect(await storedKeys(other)).not.toContain(REFER_KEY);
        await expect(fullName(other)).toHaveValue('');
        await fresh.close();
      });

      test('on paper the summary prints, and the form does not', async ({ page }) => {
        await page.goto(REFER);
        await ready(page);
        await fillIn(page);
        await page.emulateMedia({ media: 'print' });
        await expect(page.getByRole('region', { name: 'Your referral' })).toBeVisible();
        await expect(page.getByRole('region', { name: 'Your referral' })).toContainText(SECRET_REASON);
        await expect(fullName(page)).toBeHidden();
        await expect(page.getByRole('button', { name: 'Print the summary' })).toBeHidden();
      });
    });

    test.describe('JavaScript off', () => {
      test.use({ javaScriptEnabled: false });

      test('a printable checklist: every question shows and prints, and nothing can be sent', async ({ page }) => {
        await page.goto(helpNode('professional-referral'));
        await page.getByRole('link', { name: 'Prepare a duty to refer referral' }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prepare a duty to refer referral');
        await expect(page.getByText(/Consent means/)).toBeVisible();
        await expect(reason(page)).toBeEnabled();
        await expect(page.getByRole('region', { name: 'Your referral' })).toBeHidden();
        await expect(page.getByRole('button', { name: 'Copy the summary' })).toBeHidden();
        await expect(page.getByText(/print this page and fill it in by hand/i)).toBeVisible();
        await expect(form(page).getByRole('link', { name: 'A guide to the duty to refer' })).toBeVisible();
        // (axe needs scripts, so it reads this markup in the tests with JavaScript on.)
        await fullName(page).fill(SECRET_NAME);
        await fullName(page).press('Enter');
        // (history.state cannot be read with scripts off; there is no script to write it either.)
        await expect(fullName(page)).toHaveValue(SECRET_NAME);
        expect(page.url()).toMatch(new RegExp(`${REFER}$`));
        await page.emulateMedia({ media: 'print' });
        await expect(fullName(page)).toBeVisible();
        await expect(page.getByText(/Consent means/)).toBeVisible();
      });
    });
  });
}

test.describe('on a kiosk', () => {
  test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true });

  test('the idle reset clears what was typed, so the next visitor sees an empty form', async ({ page }) => {
    await page.clock.install();
    await startKiosk(page);
    await tapTo(page, REFER);
    await ready(page);
    await fillIn(page);
    expect(await storedKeys(page)).toContain(REFER_KEY);
    // The visitor walks away: "Are you still there?", then the screen starts again.
    await walkAway(page);
    expect(await storedKeys(page)).not.toContain(REFER_KEY);
    await tapTo(page, REFER);
    await ready(page);
    await expect(fullName(page)).toHaveValue('');
    await expect(consent(page)).not.toBeChecked();
  });
});
