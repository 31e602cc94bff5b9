/**
 * A new version of the guide is published while someone has it open: they are told, nothing
 * changes under them, and Reload brings the new content. Uses its own copy of the built site
 * so that "publishing" does not disturb the other tests.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serveStatic } from '../../src/build-tools/static-server.ts';

test.use({ serviceWorkers: 'allow' });

test('a newer version is offered in every open tab, and each shows it only after Reload', async ({ browser }) => {
  const root = mkdtempSync(join(tmpdir(), 'guide-site-'));
  cpSync('dist', root, { recursive: true });
  const { server, base } = await serveStatic(root);
  const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: base });
  const page = await context.newPage();
  try {
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload(); // now the page is controlled by the service worker
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    // A second tab on the guide, as people keep several open.
    const second = await context.newPage();
    await second.goto('/');
    await expect.poll(() => second.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    // Publish a new version: new home page text, and a service worker that knows about it.
    const home = join(root, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace(/(<main[^>]*>)/, '$1<p>NEW VERSION</p>'));
    const sw = join(root, 'sw.js');
    const newer = readFileSync(sw, 'utf8').replace(/(\burl:(["'`])index\.html\2,revision:)(["'`])[^"'`]+\3/, '$1"new-version"');
    expect(newer).toContain('"new-version"');
    writeFileSync(sw, newer);

    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    for (const p of [page, second]) {
      await expect(p.getByText('A newer version of this guide is ready.')).toBeVisible();
      await expect(p.locator('main')).not.toContainText('NEW VERSION'); // nothing changes under the person
    }

    // The first tab applies the update; the second tab's Reload still loads the new version.
    for (const p of [page, second]) {
      await p.getByRole('button', { name: 'Reload' }).click();
      await expect(p.locator('main')).toContainText('NEW VERSION');
      await expect(p.getByText('A newer version of this guide is ready.')).toBeHidden();
    }
  } finally {
    await context.close();
    server.close();
  }
});
