/**
 * The second edition (Bradford), built into dist-bradford/ and served on its own port:
 * every outcome of the tree is reached by answering questions, names Bradford's own help
 * for the roles it asks for, and has a number to call.
 */
import { existsSync, readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pathsToOutcomes } from '../../src/lib/tree/tree.ts';
import { answerAll } from '../e2e/journeys.ts';
import { DIRECTORY, HELP, agencyHref, helpNode } from '../../src/lib/site/routes.ts';
import { readTree, readEdition } from '../../src/build-tools/content-reader.ts';

const tree = readTree(process.cwd());
const edition = readEdition(process.cwd(), 'bradford')!;
const paths = pathsToOutcomes(tree);
const outcomes = tree.nodes.filter((n) => n.type === 'outcome');

test('the home page and the crisis panel are Bradford’s', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Bradford');
  // The local crisis line (First Response) is on every page.
  await expect(page.locator('#crisis-help a[href="tel:+448009521181"]')).toBeVisible();
  await expect(page.locator('body')).not.toContainText('Medway');
});

test.describe('every outcome, with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
  for (const o of outcomes) {
    test(`reaches "${o.id}" and names Bradford help for its roles`, async ({ page }) => {
      const answers = (paths.get(o.id) ?? []).sort((a, b) => Object.keys(a).length - Object.keys(b).length)[0];
      expect(answers, `no path reaches ${o.id}`).toBeDefined();
      await page.goto(HELP);
      expect(await answerAll(page, answers)).toBe(o.id);
      await expect(page).toHaveURL(new RegExp(`${helpNode(o.id)}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(o.type === 'outcome' ? o.title : '');
      const main = page.locator('main');
      await expect(main.locator('a[href^="tel:"]').first()).toBeVisible();
      for (const role of o.type === 'outcome' ? o.roles : []) {
        for (const id of edition.roles[role] ?? []) {
          await expect(
            main.locator(`a[href="${agencyHref(id)}"]`).first(),
            `${o.id} should name ${id} for ${role}`,
          ).toBeVisible();
        }
      }
    });
  }
});

test('with JavaScript on, nowhere to stay tonight gives Bradford’s out-of-hours number', async ({ page }) => {
  await page.goto(HELP);
  await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
  const answers = (paths.get('nowhere-tonight') ?? []).sort((a, b) => Object.keys(a).length - Object.keys(b).length)[0];
  expect(await answerAll(page, answers)).toBe('nowhere-tonight');
  await expect(page.locator('main a[href="tel:+441274435999"]').first()).toBeVisible();
});

// One test per Bradford service page (from the built site), each with its own time limit.
const LOCAL_SERVICES = readdirSync('dist-bradford/services').filter((id) => !existsSync(`content/agencies/${id}.yaml`));

test('every Bradford service is in the directory', async ({ page }) => {
  expect(LOCAL_SERVICES.length).toBeGreaterThanOrEqual(10);
  await page.goto(DIRECTORY);
  for (const id of LOCAL_SERVICES) await expect(page.locator(`main a[href="${agencyHref(id)}"]`).first()).toBeVisible();
});

for (const id of LOCAL_SERVICES) {
  test(`${agencyHref(id)} passes axe and shows its sources`, async ({ page }) => {
    await page.goto(agencyHref(id));
    await expect(page.getByRole('heading', { name: 'Where this information comes from' })).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
