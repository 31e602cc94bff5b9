/**
 * Next steps on a phone: the single most important action, with its call or text button, is on the
 * first screen of every outcome; the other contacts follow in order of urgency; the long lists are
 * folded so the page is a few screens, and they print unfolded.
 */
import { expect, test } from '@playwright/test';
import { tree } from './journeys.ts';
import { helpNode } from '../../src/lib/site/routes.ts';
import { outcomeLengthTests } from './outcome-length.ts';

const outcomes = tree.nodes.filter((n) => n.type === 'outcome');

// At most about four and a half screens, and two printed pages (the same checks run on Bradford's site).
outcomeLengthTests('medway');

for (const viewport of [
  { width: 320, height: 640 },
  { width: 360, height: 740 },
]) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, isMobile: true, hasTouch: true });
    for (const o of outcomes) {
      test(`${o.id}: the main action and its call button are on the first screen`, async ({ page }) => {
        await page.goto(helpNode(o.id));
        const main = page.getByRole('region', { name: 'Do this first' });
        await expect(main).toBeVisible();
        const button = main.locator('a[href^="tel:"], a[href^="sms:"]').first();
        await expect(button).toBeInViewport({ ratio: 1 });
        await expect(button).toHaveAccessibleName(/^(Call|Text) /);
      });
    }
  });
}

test.describe('320×640', () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

  test('contacts with a phone come before services with no phone', async ({ page }) => {
    for (const o of outcomes) {
      await page.goto(helpNode(o.id));
      const cards = page.locator('article.outcome .agency-card');
      const withPhone = await cards.evaluateAll((els) =>
        els.map((e) => !!e.querySelector('a[href^="tel:"], a[href^="sms:"]')),
      );
      const firstWithout = withPhone.indexOf(false);
      if (firstWithout >= 0)
        expect(
          withPhone.slice(firstWithout),
          `${o.id}: a service with no phone comes before one with a phone`,
        ).not.toContain(true);
    }
  });

  test('the domestic abuse next steps put the helpline first', async ({ page }) => {
    await page.goto(helpNode('domestic-abuse'));
    const main = page.getByRole('region', { name: 'Do this first' });
    await expect(main).toContainText('Domestic Abuse Helpline');
  });

  test('folded parts open with a tap, and print unfolded', async ({ page }) => {
    // An outcome whose rights are not the point of it: they fold (reviews, notices and court hearings keep theirs open).
    const folded = outcomes.find((o) => o.rights.length > 0 && !o.rights_open)!;
    await page.goto(helpNode(folded.id));
    const rights = page.locator('details', { has: page.getByText('Your rights', { exact: true }) });
    await expect(rights).not.toHaveAttribute('open');
    await rights.locator('summary').tap();
    await expect(rights).toHaveAttribute('open');
    await page.reload();
    await page.emulateMedia({ media: 'print' });
    let printed = 0;
    for (const d of await page.locator('article.outcome details').all()) {
      // The sources stay on screen only, so the sheet keeps to two pages.
      if (await d.evaluate((e) => !!e.closest('.no-print'))) continue;
      // A list of steps or rights, or the meanings of words.
      await expect(d.locator('li, dd').first()).toBeVisible();
      printed++;
    }
    expect(printed).toBeGreaterThanOrEqual(3);
  });
});
