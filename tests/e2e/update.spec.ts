/**
 * A new version of the guide is published while someone has it open: they are told, nothing
 * changes under them, and Reload brings the new content. Uses its own copy of the built site
 * so that "publishing" does not disturb the other tests.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** A plain static server for the copy of the site (test equipment, like a web host). */
function serve(root: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': TYPES['.html'] }).end(readFileSync(join(root, '404.html')));
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

test.use({ serviceWorkers: 'allow' });

test('a newer version is offered, and shown only after Reload', async ({ browser }) => {
  const root = mkdtempSync(join(tmpdir(), 'guide-site-'));
  cpSync('dist', root, { recursive: true });
  const { server, base } = await serve(root);
  const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: base });
  const page = await context.newPage();
  try {
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload(); // now the page is controlled by the service worker
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

    // Publish a new version: new home page text, and a service worker that knows about it.
    const home = join(root, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('This guide helps you find help', 'NEW VERSION. This guide helps you find help'));
    const sw = join(root, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/url:"index.html",revision:"[^"]+"/, 'url:"index.html",revision:"new-version"'));

    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByText('A newer version of this guide is ready.')).toBeVisible();
    await expect(page.locator('main')).not.toContainText('NEW VERSION'); // nothing changes under the person

    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('main')).toContainText('NEW VERSION');
    await expect(page.getByText('A newer version of this guide is ready.')).toBeHidden();
  } finally {
    await context.close();
    server.close();
  }
});
