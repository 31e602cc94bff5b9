/**
 * What decides a person's next move is on the outcome itself, on a phone, with or without
 * JavaScript: rights stay open where they are the point (a review, a notice, a court hearing,
 * intentional homelessness).
 */
import { expect, test } from '@playwright/test';
import { tree } from './journeys.ts';
import { helpNode } from '../../src/lib/site/routes.ts';

const outcomes = tree.nodes.filter((n) => n.type === 'outcome');
const PHONE = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true };

for (const javaScriptEnabled of [true, false]) {
  test.describe(`320px, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ ...PHONE, javaScriptEnabled });

    test('rights stay open where they are the point of the outcome, and fold elsewhere', async ({ page }) => {
      const open = outcomes.filter((o) => o.rights_open).map((o) => o.id);
      expect(open).toEqual(expect.arrayContaining(['council-review', 'landlord-notice', 'court-hearing']));
      for (const o of outcomes.filter((x) => x.rights.length > 0)) {
        await page.goto(helpNode(o.id));
        const first = page.locator('article.outcome .rights .right__text').first();
        if (o.rights_open) await expect(first, `${o.id}: rights open`).toBeVisible();
        else await expect(first, `${o.id}: rights folded`).toBeHidden();
      }
    });

    test('told they are intentionally homeless, a person sees at once that a council must still house them for a time', async ({
      page,
    }) => {
      await page.goto(helpNode('council-review'));
      const right = page.locator('article.outcome .right', { hasText: 'intentionally homeless' });
      await expect(right).toBeVisible();
      await expect(right).toContainText('priority need');
      await expect(right).toContainText('somewhere to stay');
      await expect(right.getByRole('link', { name: 'Housing Act 1996, section 190' })).toHaveAttribute(
        'href',
        'https://www.legislation.gov.uk/ukpga/1996/52/section/190',
      );
    });
  });
}
