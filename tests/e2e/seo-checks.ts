/** Checks shared by the search-engine tests of each edition. */
import { expect, type Page } from '@playwright/test';

/** The page's Schema.org data blocks, parsed. */
export async function structuredData(page: Page): Promise<Record<string, unknown>[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.map((t) => JSON.parse(t) as Record<string, unknown>);
}

/** A service page's JSON-LD names the service as its heading does and gives the phone numbers shown on the page. */
export async function expectServiceDataMatchesPage(page: Page, path: string) {
  await page.goto(path);
  const [data, ...more] = await structuredData(page);
  expect(more).toHaveLength(0);
  expect(data['@type']).toBe('Service');
  expect(data.name).toBe((await page.getByRole('heading', { level: 1 }).textContent())?.trim());
  const shown = (await page.locator('.agency__phones a[href^="tel:"] .phone__number').allTextContents()).map((t) =>
    t.trim(),
  );
  expect(shown.length).toBeGreaterThan(0);
  const channels = (data.availableChannel ?? []) as { servicePhone?: { telephone: string } }[];
  expect(channels.flatMap((c) => (c.servicePhone ? [c.servicePhone.telephone] : []))).toEqual(shown);
  return data;
}

export async function robotsOf(page: Page): Promise<string | null> {
  return page.locator('meta[name="robots"]').getAttribute('content');
}
