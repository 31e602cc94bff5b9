/** Helpers for the end-to-end tests: the built pages, and the neutral site used by quick exit. */
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';

const DIST = join(process.cwd(), 'dist');

/** Every page of the built site, as a path like /guide/behind-with-rent/. */
export function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run npm run build first (npm test does).');
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') out.push(`/${relative(DIST, dir).split('\\').join('/')}${dir === DIST ? '' : '/'}`);
      else if (name === '404.html') out.push('/404.html');
    }
  };
  walk(DIST);
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
