/** The directory as Open Referral UK open data: linked from the directory page, and every file valid. */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { expect, test } from '@playwright/test';
import { ORUK_PAGE_SCHEMA, ORUK_SERVICE_SCHEMA } from '../../src/lib/directory/oruk-schema.ts';
import { DIRECTORY } from '../../src/lib/site/routes.ts';

test('the directory page links to the open data, its schema and its licence', async ({ page }) => {
  await page.goto(DIRECTORY);
  const section = page.locator('[data-open-data]');
  await expect(section.getByRole('heading', { name: 'Use this data' })).toBeVisible();
  await expect(section.getByRole('link', { name: 'all services (JSON)' })).toHaveAttribute(
    'href',
    '/open-data/services.json',
  );
  await expect(section.locator('[data-licence]')).toHaveText('Open Government Licence v3.0');
});

test('services.json and every per-service file are valid against the published schema', async ({ request }) => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addSchema(ORUK_SERVICE_SCHEMA);
  const validPage = ajv.compile(ORUK_PAGE_SCHEMA);
  const validService = ajv.getSchema('oruk-service')!;

  const res = await request.get('/open-data/services.json');
  expect(res.ok()).toBe(true);
  expect(res.headers()['content-type']).toMatch(/json/);
  const list = await res.json();
  expect(validPage(list), ajv.errorsText(validPage.errors)).toBe(true);
  // Every service in the directory is there, with the date it was last checked.
  const names = list.contents.map((s: { name: string }) => s.name);
  expect(names).toEqual(expect.arrayContaining(['Medway Council housing options', 'Samaritans']));
  for (const s of list.contents) {
    const one = await request.get(`/open-data/services/${s.id}.json`);
    expect(one.ok(), s.name).toBe(true);
    const body = await one.json();
    expect(validService(body), `${s.name}: ${ajv.errorsText(validService.errors)}`).toBe(true);
    expect(body).toEqual(s);
  }

  // The published schema is the one the test used.
  const schema = await (await request.get('/open-data/schema.json')).json();
  const ajv2 = new Ajv({ strict: false });
  addFormats(ajv2);
  expect(ajv2.validate(schema, list), ajv2.errorsText(ajv2.errors)).toBe(true);
});
