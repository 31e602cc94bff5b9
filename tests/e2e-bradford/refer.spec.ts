/**
 * "Prepare a duty to refer referral" in Bradford: the edition publishes no referral route for
 * Bradford Council (content/editions/bradford/local.yaml has no council.duty_to_refer), so the form
 * says so and points to the council's housing options page, and still lets the person choose any
 * council in England.
 */
import { expect, test } from '@playwright/test';
import { agencyHref, helpNode, REFER } from '../../src/lib/site/routes.ts';
import { axeProblems } from '../e2e/page-checks.ts';

for (const width of [320, 1280]) {
  test(`at ${width}px Bradford says it has no published referral route, and links its housing options page`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 640 });
    await page.goto(helpNode('professional-referral'));
    await page.getByRole('link', { name: 'Prepare a duty to refer referral' }).click();
    await expect(page.locator('form[data-refer][data-ready]')).toBeAttached();
    await page.getByRole('checkbox', { name: 'The person agrees to be referred to the council' }).check();
    await page
      .getByRole('checkbox', { name: 'The person agrees that the council can have their contact details' })
      .check();
    const own = page.getByRole('radio', { name: 'City of Bradford Metropolitan District Council' });
    await expect(own).toBeVisible();
    await expect(
      page.getByText(/has not published a duty to refer form or email address that we could check/),
    ).toBeVisible();
    const link = page.getByRole('link', { name: /housing options$/ });
    await expect(link).toHaveAttribute('href', agencyHref('bradford-council-housing-options'));
    await expect(page.getByRole('radio', { name: 'Another council in England' })).toBeVisible();
    await own.check();
    await expect(page.getByRole('region', { name: 'Your referral' })).toContainText(
      'City of Bradford Metropolitan District Council',
    );
    expect(page.url()).toMatch(new RegExp(`${REFER}$`));
    expect(await axeProblems(page)).toEqual([]);
  });
}
