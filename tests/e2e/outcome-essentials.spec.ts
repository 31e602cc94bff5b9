/**
 * What decides a person's next move is on the outcome itself, on a phone, with or without
 * JavaScript: rights stay open where they are the point (a review, a notice, a court hearing,
 * intentional homelessness); free ways to get help come before the steps, on screen and on paper;
 * a second need ("Also: ...") follows the contacts on screen (the booklet prints it; the two-page
 * sheet leaves it off).
 */
import { expect, test } from '@playwright/test';
import { tree } from './journeys.ts';
import { helpNode } from '../../src/lib/site/routes.ts';
import { isFreeToCall } from '../../src/lib/directory/phone.ts';

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
      // The law behind it shows at once with JavaScript off; with it on, after "Show the law".
      if (javaScriptEnabled)
        await page.locator('[data-show-law][data-ready]').getByRole('button', { name: 'Show the law' }).click();
      await expect(right.getByRole('link', { name: 'Housing Act 1996, section 190' })).toHaveAttribute(
        'href',
        'https://www.legislation.gov.uk/ukpga/1996/52/section/190',
      );
    });

    test('free ways to get help come before the steps, and list only numbers that cost nothing', async ({ page }) => {
      let shown = 0;
      for (const o of outcomes) {
        await page.goto(helpNode(o.id));
        const free = page.locator('article.outcome [data-free-routes]');
        if ((await free.count()) === 0) continue;
        shown++;
        await expect(free, `${o.id}: free routes visible`).toBeVisible();
        const top = (await free.boundingBox())!.y;
        const steps = (await page.getByRole('heading', { name: 'What to do next' }).boundingBox())!.y;
        expect(top, `${o.id}: free routes above the steps`).toBeLessThan(steps);
        for (const href of await free
          .locator('a[href^="tel:"]')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
          expect(isFreeToCall(href.slice(4).replace(/^\+44/, '0')), `${o.id}: ${href} is free`).toBe(true);
      }
      expect(shown).toBeGreaterThanOrEqual(5);
      await page.goto(helpNode('emergency'));
      await expect(page.locator('article.outcome [data-free-routes]')).toContainText('costs nothing to call');
      // A place to walk in to, with its hours (the Medway edition's safe haven on the urgent mental health outcome).
      await page.goto(helpNode('urgent-mental-health'));
      await expect(page.locator('article.outcome [data-free-route="visit"]')).toContainText(/Walk in: .+\d/);
    });

    test('a second need ("Also: ...") follows the contacts, folded, and opens with a tap', async ({ page }) => {
      const withAlso = outcomes.filter((o) => o.also);
      expect(withAlso.map((o) => o.id)).toEqual(
        expect.arrayContaining(['rent-arrears', 'could-lose-home', 'home-conditions', 'domestic-abuse']),
      );
      for (const o of withAlso) {
        await page.goto(helpNode(o.id));
        const also = page.locator('article.outcome [data-also]');
        const heading = also.getByRole('heading', { name: `Also: ${o.also!.title}` });
        await expect(heading, `${o.id}: also heading`).toBeVisible();
        const contacts = page.getByRole('heading', { name: /Who else can help|Who to contact/ });
        if (await contacts.count())
          expect((await also.boundingBox())!.y, `${o.id}: after the contacts`).toBeGreaterThan(
            (await contacts.boundingBox())!.y,
          );
        await expect(also.getByText(o.also!.text)).toBeHidden();
        await heading.click();
        await expect(also.getByText(o.also!.text)).toBeVisible();
      }
    });

    test('the domestic abuse next steps name the local domestic abuse service and a refuge, and say children can come', async ({
      page,
    }) => {
      await page.goto(helpNode('domestic-abuse'));
      const also = page.locator('article.outcome [data-also]');
      await also.getByRole('heading').click();
      await expect(also).toContainText('refuge');
      await expect(also).toContainText('children can come with you');
      await expect(
        also.getByRole('link', {
          name: 'Kent and Medway domestic abuse support (through Victim Support)',
          exact: true,
        }),
      ).toBeVisible();
    });
  });
}

test('free ways to get help print with the next steps', async ({ page }) => {
  await page.goto(helpNode('ask-the-council'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('article.outcome [data-free-routes]')).toBeVisible();
});
