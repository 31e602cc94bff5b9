/** After one visit the whole guide works with no connection at all. */
import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';

const PORT = 4390 + Math.floor(Math.random() * 50);
const BASE = `http://127.0.0.1:${PORT}`;

async function startServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error('preview server did not start');
}

async function stopServer(server: ChildProcess) {
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  await exited;
  await expect.poll(async () => fetch(`${BASE}/`).then(() => 'up', () => 'down')).toBe('down');
}

test.use({ serviceWorkers: 'allow' });
test.setTimeout(90_000);

test('after one visit, every part of the guide works with the server gone', async ({ browser }) => {
  const server = await startServer();
  const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: BASE });
  const page = await context.newPage();
  try {
    await page.goto('/');
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      if (reg.active?.state !== 'activated') await new Promise((r) => reg.active!.addEventListener('statechange', r));
    });
  } finally {
    await stopServer(server);
  }

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('where to get help in Medway');

  for (const [path, heading] of [
    ['/topics/', 'Topics'],
    ['/directory/', 'Directory of services'],
    ['/services/samaritans/', 'Samaritans'],
    ['/guide/behind-with-rent/', 'Behind with rent'],
    ['/help/flowchart/', 'Where do I go for help? The flowchart'],
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }

  // A journey through the step-by-step guide.
  await page.goto('/help/');
  await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
  await page.getByRole('link', { name: 'No, no one is in danger right now' }).click();
  await page.getByRole('link', { name: 'Me', exact: true }).click();
  await page.getByRole('link', { name: 'Struggling to keep my home going' }).click();
  await page.getByRole('link', { name: 'Money, rent or benefits' }).click();
  await expect(page).toHaveURL(/\/help\/rent-arrears\/$/);
  await expect(page.locator('main')).toContainText('Discretionary Housing Payment');
  // Start again, and the menu, bring back a question (never a blank page), offline too.
  await page.getByRole('main').getByRole('link', { name: 'Start again' }).click();
  await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is anyone in danger right now?');
  await page.getByRole('link', { name: 'No, no one is in danger right now' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Where do I go?' }).click();
  await expect(page.locator('[data-tree][data-ready]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who are you looking for help for?');

  // Search, with its index from the cache.
  await page.goto('/search/?q=eviction');
  await expect(page.locator('.search__result').first()).toBeVisible();

  // An address that was never saved shows the offline page, not an error.
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await expect(page.locator('#crisis-help a[href="tel:999"]')).toBeVisible();

  // Kiosk mode, with its code and the QR codes it draws, from the cache.
  await page.goto('/kiosk/');
  await page.getByText('For staff: set up this screen as a kiosk').click();
  await page.getByRole('button', { name: 'Start kiosk mode on this screen' }).click();
  await expect(page.locator('html[data-kiosk-ready]')).toBeAttached();
  await page.getByRole('link', { name: /Find a service/ }).click();
  await expect(page).toHaveURL(/\/directory\/$/);
  await page.goto('/services/samaritans/');
  await expect(page.locator('html[data-kiosk-ready]')).toBeAttached();
  await page.getByRole('link', { name: /samaritans\.org/ }).first().click();
  await expect(page.getByRole('dialog', { name: 'This is on another website' }).locator('svg[role="img"]')).toBeVisible();

  // The quiet notice.
  await context.setOffline(true);
  await page.goto('/');
  await expect(page.getByText('You are offline: pages saved on this device still work.')).toBeVisible();
  await context.close();
});
