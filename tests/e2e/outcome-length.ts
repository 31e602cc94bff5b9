/**
 * How long next steps are, for each edition (its local steps and contacts make them longer): every
 * outcome is at most about four and a half phone screens at 320×640, with the long parts folded, and
 * prints on at most two A4 pages. Medway's spec and Bradford's call these on their own built site.
 */
import { expect, test, type Page } from '@playwright/test';
import { tree } from './journeys.ts';
import { helpNode } from '../../src/lib/site/routes.ts';

const outcomes = tree.nodes.filter((n) => n.type === 'outcome');

/** Press "Print my next steps" with the browser's print dialog stubbed; resolves once the sheet is ready to print (its QR code drawn). */
export async function pressPrint(page: Page) {
  await page.evaluate(() => {
    window.print = () => document.documentElement.setAttribute('data-test-printed', '');
  });
  await page.getByRole('button', { name: 'Print my next steps' }).click();
  await expect(page.locator('html[data-test-printed]')).toBeAttached();
  await expect(page.locator('[data-outcome-qr] svg')).toBeAttached();
}

/** Times in London (December is UTC+0): offices open, and closed with the out-of-hours lines first. */
const CLOCKS = [
  { name: 'at 10:00 on a weekday', at: new Date('2026-12-08T10:00:00Z') },
  { name: 'at 22:30 on a weekday', at: new Date('2026-12-08T22:30:00Z') },
];

/** Wait until the page has said which services are open now and put "Do this first" in its order. */
async function settled(page: Page) {
  await expect(
    page.locator('[data-open-now]:not([data-open-state]), [data-first-step]:not([data-first-step-order])'),
  ).toHaveCount(0);
}

export function outcomeLengthTests(edition: string) {
  test.describe(`${edition}: 320×640`, () => {
    test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

    for (const clock of CLOCKS)
      test(`${edition}: ${clock.name}, every outcome is at most about four and a half screens long, with the long parts folded`, async ({
        page,
      }) => {
        test.setTimeout(120_000);
        await page.clock.setFixedTime(clock.at);
        const tooLong: string[] = [];
        for (const o of outcomes) {
          await page.goto(helpNode(o.id));
          await settled(page);
          const height = (await page.locator('article.outcome').boundingBox())!.height;
          if (height > 4.5 * 640) tooLong.push(`${o.id}: next steps ${Math.round(height)}px tall`);
        }
        expect(tooLong, `taller than ${4.5 * 640}px`).toEqual([]);
      });
  });

  test(`${edition}: every outcome prints on at most two A4 pages`, async ({ page }) => {
    test.setTimeout(240_000);
    const tooLong: string[] = [];
    for (const o of outcomes) {
      await page.goto(helpNode(o.id));
      await pressPrint(page);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      if (pages > 2) tooLong.push(`${o.id} prints on ${pages} pages`);
    }
    expect(tooLong).toEqual([]);
  });
}
