/**
 * Speed and size budgets, measured on the built site (run `npm run bench`).
 * Prints a table; exits non-zero if a budget is broken. Budgets live here, not in timed tests.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright';
import { chromiumLaunchOptions } from '../src/build-tools/browser.ts';
import { FIRST_SEARCH_CAP, PRECACHE_CAP } from '../src/build-tools/budget-rules.ts';
import { precacheList } from '../src/lib/site/offline-copy.ts';
import { DIRECTORY_SEARCH } from '../src/lib/site/search-indexes.ts';
import { BUILD_COMMAND } from '../src/build-tools/build-env.ts';

// The per-page caps that npm test enforces are in src/build-tools/budget-rules.ts (npm run budgets); these are
// the looser whole-page figures measured in a real browser.
const BUDGETS = {
  /** What the service worker saves on the first visit: a fixed set of essentials (src/lib/site/offline-copy.ts). */
  precacheBytes: PRECACHE_CAP,
  firstSearchBytes: FIRST_SEARCH_CAP,
  jsPerPageGzip: 30 * 1024,
  pageWeightGzip: 120 * 1024,
};
const PORT = 4480;
const BASE = `http://127.0.0.1:${PORT}`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function timeBuild(): number {
  const start = Date.now();
  execFileSync(process.execPath, [...BUILD_COMMAND], { stdio: 'ignore' });
  return Date.now() - start;
}

/** What the service worker saves on the first visit (its precache manifest), in bytes as stored. */
export function precacheBytes(dist = 'dist'): number {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = precacheList(sw);
  return urls.reduce((sum, u) => sum + statSync(join(dist, u)).size, 0);
}

/** The address of every built page. */
export function pages(dist = 'dist'): string[] {
  return globSync('**/index.html', { cwd: dist, exclude: ['**/pagefind/**', '**/_astro/**'] })
    .map(
      (f) =>
        `/${f
          .split('\\')
          .join('/')
          .replace(/index\.html$/, '')}`,
    )
    .sort();
}

/** Starts `astro preview` of `cwd`'s built site on `port` and waits until it answers. */
export async function startPreview(port: number, cwd = '.'): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      stdio: 'ignore',
      cwd,
    },
  );
  // A busy machine can take a while to start it: wait up to two minutes, then say so.
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  server.kill();
  throw new Error(`The preview server on port ${port} did not start within two minutes.`);
}

/**
 * First search: what the browser downloads for one query (gzip, like the page table), counting
 * every Pagefind file, including its worker, until the first results are on screen; and all of
 * it, once the services' own index (src/lib/site/search-indexes.ts) has answered too. The services'
 * index is held back until the first results show, so that nothing it loads is counted in the first.
 */
export async function searchBytes(
  browser: Browser,
  base: string,
  query = 'eviction',
): Promise<{ first: number; all: number }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const searchBodies: Promise<number>[] = [];
  page.on('response', (res) => {
    if (res.url().includes('/pagefind/'))
      searchBodies.push(
        res.body().then(
          (b) => gzipSync(b).length,
          () => 0,
        ),
      );
  });
  let release!: () => void;
  const firstShown = new Promise<void>((r) => (release = r));
  await page.route(`**${DIRECTORY_SEARCH}**`, async (route) => {
    await firstShown;
    await route.continue();
  });
  const sum = async (bodies: Promise<number>[]) => (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
  await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
  await page.locator('[data-search-ready]').waitFor();
  await page.locator('#search-page-input').fill(query);
  await page.locator('.search__result').first().waitFor();
  const first = await sum([...searchBodies]);
  release();
  await page
    .locator('.search__status')
    .filter({ hasText: /results? for/ })
    .waitFor();
  await page.waitForLoadState('networkidle');
  const all = await sum(searchBodies);
  await context.close();
  return { first, all };
}

async function main() {
  const buildMs = timeBuild();
  const server = await startPreview(PORT);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const rows: { page: string; html: number; js: number; total: number }[] = [];
  const foreign = new Set<string>();
  try {
    for (const path of pages()) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const bodies: { type: string; size: number }[] = [];
      page.on('response', async (res) => {
        if (!res.url().startsWith(BASE)) foreign.add(res.url());
        try {
          const body = await res.body();
          bodies.push({ type: res.request().resourceType(), size: gzipSync(body).length });
        } catch {
          /* redirects have no body */
        }
      });
      await page.goto(BASE + path, { waitUntil: 'networkidle' });
      rows.push({
        page: path,
        html: bodies.filter((b) => b.type === 'document').reduce((s, b) => s + b.size, 0),
        js: bodies.filter((b) => b.type === 'script').reduce((s, b) => s + b.size, 0),
        total: bodies.reduce((s, b) => s + b.size, 0),
      });
      await context.close();
    }
    const search = await searchBytes(browser, BASE);

    const precache = precacheBytes();
    const maxJs = Math.max(...rows.map((r) => r.js));
    const maxTotal = Math.max(...rows.map((r) => r.total));
    console.log('\nPage weight (gzip, as sent by a typical server)\n');
    console.log('| page | HTML | JavaScript | everything |');
    console.log('|---|---:|---:|---:|');
    for (const r of rows) console.log(`| ${r.page} | ${kb(r.html)} | ${kb(r.js)} | ${kb(r.total)} |`);
    const checks = [
      ['build time', `${(buildMs / 1000).toFixed(1)} s for ${rows.length} pages`, '', true],
      [
        'offline copy saved on the first visit',
        kb(precache),
        `≤ ${kb(BUDGETS.precacheBytes)}`,
        precache <= BUDGETS.precacheBytes,
      ],
      [
        'first search downloads',
        kb(search.first),
        `< ${kb(BUDGETS.firstSearchBytes)}`,
        search.first < BUDGETS.firstSearchBytes,
      ],
      ['the whole search, with the services', kb(search.all), '', true],
      ['most JavaScript on a page', kb(maxJs), `< ${kb(BUDGETS.jsPerPageGzip)}`, maxJs < BUDGETS.jsPerPageGzip],
      ['heaviest page', kb(maxTotal), `< ${kb(BUDGETS.pageWeightGzip)}`, maxTotal < BUDGETS.pageWeightGzip],
      ['requests to other sites', String(foreign.size), '0', foreign.size === 0],
    ] as const;
    console.log('\nBudgets\n');
    console.log('| measure | value | budget | ok |');
    console.log('|---|---:|---:|---|');
    for (const [name, value, budget, ok] of checks)
      console.log(`| ${name} | ${value} | ${budget} | ${ok ? 'yes' : 'NO'} |`);
    if (checks.some((c) => !c[3])) process.exitCode = 1;
  } finally {
    await browser.close();
    server.kill();
  }
}

// Run as a script (npm run bench); scripts/bench-scale.ts imports the measures above.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
