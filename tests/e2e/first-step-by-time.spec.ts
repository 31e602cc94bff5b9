/**
 * "Do this first" knows the time (Medway). The council's housing team has no opening hours in
 * its file, so the page cannot tell when it is closed: at every hour the content's order stays
 * (the housing team, then the out-of-hours line) and nothing claims "open now" or "closed".
 * When the council's hours are added, the out-of-hours line comes first while it is closed
 * (docs/decisions/0009-do-this-first-knows-the-time.md; the Bradford spec shows that at work).
 * Fixed clocks in London time (December is UTC+0).
 */
import { expect, test, type Page } from '@playwright/test';
import { helpNode } from '../../src/lib/site/routes.ts';

const TIMES = {
  'at 10:00 on a weekday': new Date('2026-12-08T10:00:00Z'),
  'at 22:30 on a weekday': new Date('2026-12-08T22:30:00Z'),
  'on a Sunday afternoon': new Date('2026-12-13T15:00:00Z'),
  'on a bank holiday (Christmas Day)': new Date('2026-12-25T11:00:00Z'),
};
const CONTENT_ORDER = ['Medway Council housing options', 'Medway Council out-of-hours emergency line'];

test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

const firstStep = (page: Page) => page.getByRole('region', { name: 'Do this first' });
const names = (page: Page) => firstStep(page).locator('.first-step__name').allTextContents();

for (const [when, instant] of Object.entries(TIMES)) {
  test(`sleeping rough ${when}: the content’s order, and no claim about the council’s hours`, async ({ page }) => {
    await page.clock.setFixedTime(instant);
    await page.goto(helpNode('sleeping-rough'));
    await expect(page.locator('html[data-quick-exit-ready]')).toHaveCount(1);
    expect(await names(page)).toEqual(CONTENT_ORDER);
    await expect(firstStep(page)).not.toContainText(/Open now|Closed now/);
    // The out-of-hours line says when it answers, in the council's words.
    await expect(firstStep(page).locator('.first-step__contact').nth(1)).toContainText(
      /Outside the council.s office hours/,
    );
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('sleeping rough shows both, in order, the out-of-hours line with when it answers', async ({ page }) => {
    await page.clock.setFixedTime(TIMES['at 22:30 on a weekday']);
    await page.goto(helpNode('sleeping-rough'));
    expect(await names(page)).toEqual(CONTENT_ORDER);
    await expect(firstStep(page).locator('a[href="tel:+441634304400"]')).toBeVisible();
    await expect(firstStep(page)).toContainText(/Outside the council.s office hours/);
  });
});

test('leaving hospital with no safe home names the council’s out-of-hours line', async ({ page }) => {
  await page.goto(helpNode('hospital-discharge'));
  await expect(page.locator('main a[href="tel:+441634304400"]').first()).toBeVisible();
});
