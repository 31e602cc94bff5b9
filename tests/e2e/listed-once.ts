/**
 * A page lists each service once: on every next-steps page (standard and easy read) and every
 * guide page of an edition, no service has two cards, or a card and a line in the folded "Also"
 * block. A person reading "Who else can help" and then "Also" should not meet the same name twice.
 * The pages come from the edition's built folder, so a new outcome or guide page is checked too.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { GUIDE_PAGES, HELP, SERVICE_PAGES, easyGuide, easyNode } from '../../src/lib/site/routes.ts';

/** Where services are listed on a page: cards (their names) and the "Also" block's lines. */
const LISTED = `main .agency-card__name a[href^="${SERVICE_PAGES}"], main .also__contacts > li > a[href^="${SERVICE_PAGES}"]`;

/** The folders of next-steps and guide pages, standard and easy read ("/help/", "/easy-read/guide/"...). */
const FOLDERS = [HELP, GUIDE_PAGES, easyNode('').slice(0, -1), easyGuide('').slice(0, -1)];

function pages(dir: string): string[] {
  const under = (folder: string) =>
    existsSync(join(dir, folder))
      ? readdirSync(join(dir, folder), { withFileTypes: true })
          .filter((d) => d.isDirectory() && existsSync(join(dir, folder, d.name, 'index.html')))
          .map((d) => `${folder}${d.name}/`)
      : [];
  return FOLDERS.flatMap(under);
}

export function listedOnceTests(dir: string) {
  const all = pages(dir);
  test('there are next-steps and guide pages to check', () => {
    expect(all.filter((p) => p.startsWith(HELP)).length).toBeGreaterThan(10);
    expect(all.filter((p) => p.startsWith(GUIDE_PAGES)).length).toBeGreaterThan(10);
  });
  for (const path of all) {
    test(`${path} lists each service once`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('main')).toBeVisible();
      const hrefs = await page.locator(LISTED).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      const twice = hrefs.filter((h, i) => hrefs.indexOf(h) !== i);
      expect(twice, `services listed more than once on ${path}`).toEqual([]);
    });
  }
}
