/** Helpers for the end-to-end tests: the built pages, and the neutral site used by quick exit. */
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { helpNode } from '../../src/lib/routes.ts';

const DIST = join(process.cwd(), 'dist');

/** Every page of a built site (dist/ unless another folder is given), as a path like /guide/behind-with-rent/. */
export function builtPages(dir: string = DIST): string[] {
  const root = resolve(dir);
  if (!existsSync(root)) throw new Error(`${relative(process.cwd(), root)}/ is missing: run npm run build first (npm test does).`);
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') out.push(`/${relative(root, folder).split('\\').join('/')}${folder === root ? '' : '/'}`);
      else if (name === '404.html') out.push('/404.html');
    }
  };
  walk(root);
  return out.map((p) => p.replace(/^\/\//, '/')).sort();
}

export const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather';

/** Answer requests to the neutral site locally, so tests never leave this machine. */
export async function stubNeutralSite(page: Page) {
  await page
    .context()
    .route('https://www.bbc.co.uk/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
    );
}

/**
 * Opens an outcome page, ready, with the list of scripts it has requested so far (it grows as the
 * page loads more): for checking that code such as the QR code's loads only when needed.
 */
export async function openOutcomeWatchingScripts(page: Page, node: string) {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(helpNode(node));
  await expect(page.locator('[data-outcome-answers][data-ready]')).toBeAttached();
  const qr = page.locator('[data-outcome-qr]');
  await expect(qr.locator('svg')).toHaveCount(0);
  return { scripts, qr };
}
