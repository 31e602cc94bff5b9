/**
 * A shared phone or ward computer: opening "Where do I go for help?" in a tab that still holds
 * someone's answers offers "Carry on where you left off" or "Start again", and shows nothing of
 * those answers or where they led until the person chooses to carry on.
 */
import { expect, test, type Page } from '@playwright/test';
import { stubNeutralSite } from './site.ts';
import { axeProblems } from './page-checks.ts';
import { answerAll, answerSteps, shortest, stepsTo, titleOf, tree } from './journeys.ts';
import { TREE_SESSION_KEY } from '../../src/lib/site/storage.ts';
import { HELP, helpNode } from '../../src/lib/site/routes.ts';

const OUTCOME = 'rent-arrears';
const steps = stepsTo(OUTCOME);
const lastQuestion = steps[steps.length - 1]!.question.question;
/** Answer labels long enough to be told apart from other words on the page. */
const telling = steps.map((s) => s.label).filter((l) => l.length >= 10);

const storedAnswers = (page: Page) => page.evaluate((k) => sessionStorage.getItem(k), TREE_SESSION_KEY);

async function openFromMenu(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Where do I go?' }).click();
  await expect(page).toHaveURL(/\/help\/$/);
}

/** The offer to carry on or start again, and nothing of the earlier answers or where they led. */
async function expectOffer(page: Page) {
  await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Carry on, or start again?');
  await expect(page.getByRole('button', { name: 'Carry on where you left off' })).toBeVisible();
  await expect(page.locator('[data-tree]').getByRole('link', { name: 'Start again' })).toBeVisible();
  const main = page.locator('main');
  await expect(main).not.toContainText(titleOf(OUTCOME));
  await expect(main).not.toContainText(/lead to/i);
  for (const label of telling) await expect(main).not.toContainText(label);
  await expect(page.getByRole('region', { name: 'Your answers' })).toHaveCount(0);
  await expect(page.locator('.tree__answer')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy a link to these answers' })).toHaveCount(0);
  expect(await page.title()).not.toContain(titleOf(OUTCOME));
  await expect(page).toHaveURL(/\/help\/$/);
}

/** The first question, with nothing answered and no offer to carry on. */
async function expectFirstQuestion(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf(tree.start));
  await expect(page.locator('.tree__answer')).not.toHaveCount(0);
  await expect(page.locator('.tree__answer--chosen')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Your answers' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Carry on where you left off' })).toHaveCount(0);
}

for (const width of [320, 1280]) {
  test.describe(`at ${width}px wide`, () => {
    test.use({ viewport: { width, height: width === 320 ? 640 : 800 } });

    test('opening the guide again offers to carry on or start again, naming nothing, twice in one tab', async ({
      page,
    }) => {
      await page.goto('/');
      for (let round = 1; round <= 2; round++) {
        await openFromMenu(page);
        await answerSteps(page, OUTCOME);
        await expect(page).toHaveURL(new RegExp(`${helpNode(OUTCOME)}$`));

        // The next person opens the guide from the menu, then reloads it: the offer, and nothing else.
        await openFromMenu(page);
        await expectOffer(page);
        await page.reload();
        await expectOffer(page);

        // Carry on: the person chose it, so the answers show, with the way on to the next steps.
        await page.getByRole('button', { name: 'Carry on where you left off' }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(lastQuestion);
        await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
        await expect(page.getByRole('region', { name: 'Your answers' })).toContainText(steps[0]!.label);
        // Back offers the choice again, naming nothing; Forward returns to the answers.
        await page.goBack();
        await expectOffer(page);
        await page.goForward();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(lastQuestion);
        await page.getByRole('link', { name: 'Continue to your next steps' }).click();
        await expect(page).toHaveURL(new RegExp(`${helpNode(OUTCOME)}$`));

        // Start again from the offer deletes the answers: Back and Forward then show none of them.
        await openFromMenu(page);
        await expectOffer(page);
        await page.locator('[data-tree]').getByRole('link', { name: 'Start again' }).click();
        await expectFirstQuestion(page);
        expect(await storedAnswers(page)).toBeNull();
        await page.goBack();
        await expectFirstQuestion(page);
        await page.goBack();
        await expect(page).toHaveURL(new RegExp(`${helpNode(OUTCOME)}$`));
        await expect(page.locator('[data-outcome-answers][data-ready]')).toBeAttached();
        await expect(page.getByRole('region', { name: 'Your answers' })).toHaveCount(0);
        await page.goForward();
        await expect(page).toHaveURL(/\/help\/$/);
        await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
        await expectFirstQuestion(page);
      }
    });

    test('a next-steps page opened afresh shows none of the answers in the tab; reached from the questions, it does', async ({
      page,
    }) => {
      const answers = page.getByRole('region', { name: 'Your answers' });
      const ready = () => expect(page.locator('[data-outcome-answers][data-ready]')).toBeAttached();
      await page.goto(HELP);
      await answerSteps(page, OUTCOME);
      await expect(page).toHaveURL(new RegExp(`${helpNode(OUTCOME)}$`));
      await ready();
      await expect(answers).toBeVisible();
      await page.reload();
      await ready();
      await expect(answers).toBeVisible();
      // The next person opens the same next-steps page another way (a bookmark, a link on another page).
      await page.goto('/');
      await page.goto(helpNode(OUTCOME));
      await ready();
      await expect(answers).toHaveCount(0);
      await expect(page.locator('main')).not.toContainText(steps[0]!.label);
      // The first person's own entry, reached by Back, still shows their answers.
      await page.goBack();
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`${helpNode(OUTCOME)}$`));
      await ready();
      await expect(answers).toBeVisible();
    });

    test('the offer to carry on passes axe, and Tab reaches both choices', async ({ page }) => {
      await page.goto(HELP);
      await answerSteps(page, OUTCOME, 1);
      await page.goto('/');
      await openFromMenu(page);
      await expectOffer(page);
      expect(await axeProblems(page)).toEqual([]);
      const carry = page.getByRole('button', { name: 'Carry on where you left off' });
      await carry.focus();
      await page.keyboard.press('Tab');
      await expect(page.locator('[data-tree]').getByRole('link', { name: 'Start again' })).toBeFocused();
    });

    test('part way through, opening the guide again also offers the choice; carrying on goes on to the next question', async ({
      page,
    }) => {
      await page.goto(HELP);
      await answerSteps(page, OUTCOME, 2);
      await page.goto('/');
      await openFromMenu(page);
      await expectOffer(page);
      await page.getByRole('button', { name: 'Carry on where you left off' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(steps[2]!.question.question);
      await expect(page.getByRole('region', { name: 'Your answers' }).locator('dt')).toHaveCount(2);
    });

    test('after "Leave this page" the guide opens at the first question, with nothing to carry on', async ({
      page,
    }) => {
      await stubNeutralSite(page);
      await page.goto(HELP);
      await answerSteps(page, OUTCOME, 2);
      await page.getByRole('link', { name: /Leave this page/ }).click();
      await expect(page).toHaveURL(/bbc\.co\.uk/);
      await page.goto(HELP);
      await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
      await expectFirstQuestion(page);
      expect(await storedAnswers(page)).toBeNull();
    });

    test('answers stored by an older version of the guide open at the first question, and are deleted', async ({
      page,
    }) => {
      await page.goto('/');
      for (const stale of [
        '{"answers":{"gone":"x"},"steps":{"0":"gone"}}',
        '{"answers":{"danger":"maybe"},"steps":{}}',
        '{"answers":',
      ]) {
        await page.evaluate(([k, v]) => sessionStorage.setItem(k, v), [TREE_SESSION_KEY, stale]);
        await openFromMenu(page);
        await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
        await expectFirstQuestion(page);
        expect(await storedAnswers(page)).toBeNull();
        await page.goto('/');
      }
    });

    test('with JavaScript off nothing is stored: the guide opens at the first question every time, twice in one tab', async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto('/');
      for (let round = 1; round <= 2; round++) {
        await openFromMenu(page);
        expect(await answerAll(page, shortest(OUTCOME))).toBe(OUTCOME);
        await expect(page).toHaveURL(new RegExp(`${helpNode(OUTCOME)}$`));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf(OUTCOME));
        await openFromMenu(page);
        await expectFirstQuestion(page);
      }
      await context.close();
    });
  });
}
