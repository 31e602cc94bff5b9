import { expect, test, type Page } from '@playwright/test';
import { SEARCH } from '../../src/lib/site/routes.ts';
import { NEUTRAL_SITE, stubNeutralSite } from './site.ts';

async function search(page: Page, q: string) {
  await page.goto(`${SEARCH}?q=${encodeURIComponent(q)}`);
  await expect(page.locator('[data-search-ready]')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /results? for/ })).toBeVisible();
  return page.locator('.search__result');
}

test('Search in the header goes to the search page, which loads nothing until a search', async ({ page }) => {
  await page.goto('/');
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  await expect(page.locator('[data-search-ready]')).toBeVisible();
  expect(requested.filter((u) => u.includes('/pagefind/'))).toEqual([]); // nothing loads until a search
  await page.getByRole('searchbox', { name: 'Search this guide' }).fill('eviction');
  await expect(page.locator('.search__result').first()).toBeVisible();
});

for (const [words, expected] of [
  ['kicked out', 'Medway Council housing options'],
  ['sofa surfing', 'Medway Council housing options'],
  ['sectioned', 'Kent and Medway NHS mental health crisis line (111, mental health option)'],
  ['debt', 'Citizens Advice Adviceline (England)'],
  ['benefits', 'Behind with rent'],
  ['eviction', 'You have been given notice by your landlord'],
  // The situations an adviser meets, in the words people use for them.
  ['ex-forces', 'If you served in the armed forces'],
  ['army', 'If you served in the armed forces'],
  ['carer', 'If you are a carer'],
  ['dog', 'Keeping your pet if you lose your home'],
  ['pet', 'Keeping your pet if you lose your home'],
  ['caravan', 'Gypsy and Traveller sites, caravans and boats'],
  ['traveller site', 'Gypsy and Traveller sites, caravans and boats'],
  ['pregnant', 'Couples, and families with children'],
  ['waiting list', 'Getting on the housing register'],
  ['parents kicked me out', 'Aged 18 to 25 and asked to leave home'],
  ['mortgage', 'Your next steps: Behind with your mortgage, or your lender wants to repossess your home'],
  ['repossession', 'Your next steps: Behind with your mortgage, or your lender wants to repossess your home'],
  ['housing association evict', 'Your next steps: The council or housing association you rent from wants to evict you'],
  ['hostel', 'Your next steps: Told to leave a hostel, supported or emergency housing'],
  ['temporary accommodation', 'Your next steps: The temporary housing the council gave you is not suitable'],
  ['adaptations', 'Your next steps: Your home needs changes because of a disability'],
  ['cuckooing', 'Your next steps: Someone has taken over your home, or uses it for crime'],
  ['hoarding', 'Your next steps: Your home has become hard to keep clean and safe, for example because of hoarding'],
] as const) {
  test(`searching for "${words}" finds ${expected}`, async ({ page }) => {
    const results = await search(page, words);
    await expect(results.getByRole('link', { name: expected, exact: true })).toBeVisible();
  });
}

test.describe('with the network in view (no service worker answering for it)', () => {
  test.use({ serviceWorkers: 'block' });
  test('the guide’s pages are found first, from its small index; the services join the list once their own index answers', async ({
    page,
  }) => {
    // Hold back the services' index, as a slow connection would, until the guide's results are on screen.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/pagefind\/services\//, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${SEARCH}?q=debt`);
    const results = page.locator('.search__result');
    await expect(results.getByRole('link', { name: 'Behind with rent', exact: true })).toBeVisible();
    await expect(page.getByRole('status')).toContainText('Still searching the directory of services');
    await expect(results.getByRole('link', { name: 'StepChange Debt Charity', exact: true })).toHaveCount(0);
    release();
    await expect(results.getByRole('link', { name: 'StepChange Debt Charity', exact: true })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(/^\d+ results for “debt”$/);
    await expect(results.getByRole('link', { name: 'Behind with rent', exact: true })).toBeVisible();
  });
});

test('the buttons every service page has are not searched ("offline", "no signal", "own apps"), but its name, words, address and other names are', async ({
  page,
}) => {
  // "Save this page for offline" and "Send these contact details" are on every service page: no service is found for their words.
  // ("Use this page with no signal"; "These open your own apps".) Only services are listed, and none for those words.
  for (const [words, word] of [
    ['offline', /offline/i],
    ['no signal', /signal/i],
    ['own apps', /apps/i],
  ] as const) {
    await page.goto(`${SEARCH}?q=${encodeURIComponent(words)}&type=Service`);
    await expect(page.getByRole('status').filter({ hasText: /results? for/ })).toBeVisible();
    await expect(page.getByText('Showing only: Service.')).toBeVisible();
    await expect(page.locator('.search__result mark').filter({ hasText: word })).toHaveCount(0);
  }
  for (const [words, name] of [
    ['Crimestoppers', 'Crimestoppers'],
    ['Windmill Road', 'Medway Safe Haven'],
    ['legal aid', 'Civil Legal Advice (CLA)'],
    ['crisis text line', 'Shout 85258'],
  ] as const) {
    const results = await search(page, words);
    await expect(results.getByRole('link', { name, exact: true })).toBeVisible();
  }
});

test('results say what kind of page each one is', async ({ page }) => {
  const results = await search(page, 'rent');
  await expect(results.filter({ hasText: 'Guide page' }).first()).toBeVisible();
  await expect(results.filter({ hasText: 'Step-by-step guide' }).first()).toBeVisible();
});

test('filters narrow results by type, topic, audience and service category', async ({ page }) => {
  const results = await search(page, 'help');
  const before = await results.count();
  await page.getByText('Filter results').click();
  await page
    .getByRole('group', { name: 'Type of page' })
    .getByLabel(/Service \(/)
    .check();
  await expect(results.first()).toContainText('Service');
  await expect(results.filter({ hasText: 'Guide page' })).toHaveCount(0);
  expect(await results.count()).toBeLessThanOrEqual(before);
  await page
    .getByRole('group', { name: 'Type of service' })
    .getByLabel(/Crisis and emotional support \(/)
    .check();
  await expect(results.getByRole('link', { name: 'Samaritans', exact: true })).toBeVisible();
  await expect(results.getByRole('link', { name: 'Medway Foodbank', exact: true })).toHaveCount(0);

  const byTopic = await search(page, 'council');
  await page.getByText('Filter results').click();
  await page
    .getByRole('group', { name: 'Topic' })
    .getByLabel(/Keeping your home \(/)
    .check();
  await expect(byTopic.getByRole('link', { name: 'Behind with rent', exact: true })).toBeVisible();
  await expect(byTopic.getByRole('link', { name: 'Nowhere to stay tonight', exact: true })).toHaveCount(0);

  const byAudience = await search(page, 'council');
  await page.getByText('Filter results').click();
  await page
    .getByRole('group', { name: 'Written for' })
    .getByLabel(/The public and professionals \(/)
    .check();
  await expect(byAudience.getByRole('link', { name: 'Leaving hospital without a home', exact: true })).toBeVisible();
  await expect(byAudience.getByRole('link', { name: 'Behind with rent', exact: true })).toHaveCount(0);
});

test('the first search downloads no filters, no worker and ten results; filters load when opened; more results on request', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  const results = await search(page, 'help');
  await expect(results).toHaveCount(10);
  expect(requested.filter((u) => u.endsWith('.pf_filter'))).toEqual([]);
  expect(requested.filter((u) => u.includes('worker'))).toEqual([]);
  expect(requested.filter((u) => u.endsWith('.pf_fragment')).length).toBeLessThanOrEqual(10);
  const total = Number(/^(\d+) results/.exec((await page.locator('.search__status').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(10);

  await page.getByText('Filter results').click();
  await expect(page.getByRole('group', { name: 'Type of page' })).toBeVisible();
  expect(requested.filter((u) => u.endsWith('.pf_filter')).length).toBeGreaterThan(0);

  await page.getByRole('button', { name: /Show more results/ }).click();
  await expect(results).toHaveCount(Math.min(20, total));
  // Each result is listed once, and the first ten stay where they were.
  const links = await results.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(new Set(links).size).toBe(links.length);
});

test('the index holds each page’s main content, not the crisis panel every page repeats', async ({ page }) => {
  await page.goto(SEARCH);
  const contents = await page.evaluate(async () => {
    const path = '/pagefind/pagefind.js';
    const pf = await import(/* @vite-ignore */ path);
    const found = await pf.search('Samaritans');
    return Promise.all(
      found.results.map(async (r: { data: () => Promise<{ url: string; content: string }> }) => r.data()),
    );
  });
  expect(contents.length).toBeGreaterThan(0);
  for (const c of contents as { url: string; content: string }[]) {
    expect(c.content, c.url).not.toContain('If you need to talk to someone now');
    expect(c.content, c.url).not.toContain('Leave this page');
  }
});

test('without JavaScript the search page is an A to Z of the guide', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
  await expect(page.getByRole('heading', { name: 'Everything in this guide, A to Z' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Behind with rent', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Samaritans', exact: true }).first()).toBeVisible();
  await context.close();
});

test('words typed before the page has finished loading are searched, not lost', async ({ page }) => {
  // Hold back the search script, as a slow phone would, until the person has typed.
  let release!: () => void;
  const typed = new Promise<void>((r) => (release = r));
  await page.route(/\/_astro\/search\.astro[^/]*\.js$/, async (route) => {
    await typed;
    await route.continue();
  });
  // The page's script is held, so the page has not finished loading: wait only for the box to be shown.
  await page.goto(SEARCH, { waitUntil: 'commit' });
  await page.getByRole('searchbox', { name: 'Search this guide' }).fill('eviction');
  await expect(page.locator('[data-search-ready]')).toHaveCount(0);
  release();
  await expect(page.locator('[data-search-ready]')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search this guide' })).toHaveValue('eviction');
  await expect(page.locator('.search__result').first()).toBeVisible();
});

/** Searches with a filter: each narrows the results so that one page is found and another is not. */
const FILTERED = [
  {
    words: 'council',
    group: 'Topic',
    option: /Keeping your home \(/,
    param: 'topic=Keeping+your+home',
    found: 'Behind with rent',
    gone: 'Nowhere to stay tonight',
  },
  {
    words: 'help',
    group: 'Type of service',
    option: /Crisis and emotional support \(/,
    param: 'category=Crisis',
    found: 'Samaritans',
    gone: 'Medway Foodbank',
  },
] as const;

/** The search page shows these words, this filter ticked and the results it narrows to. */
async function expectSearchShown(page: Page, search: (typeof FILTERED)[number]) {
  await expect(page.locator('[data-search-ready]')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search this guide' })).toHaveValue(search.words);
  // What is ticked is said above the results; the filter box shows it ticked when opened.
  await expect(page.locator('.search__chosen')).toContainText('Showing only:');
  const box = page.locator('.search__filter-box');
  if (!(await box.evaluate((d: HTMLDetailsElement) => d.open))) await box.getByText('Filter results').click();
  await expect(page.getByRole('group', { name: search.group }).getByLabel(search.option)).toBeChecked();
  const results = page.locator('.search__result');
  await expect(results.getByRole('link', { name: search.found, exact: true })).toBeVisible();
  await expect(results.getByRole('link', { name: search.gone, exact: true })).toHaveCount(0);
  expect(page.url()).toContain(search.param);
}

test('a search keeps its filters after opening a result, Back, Forward and a reload, twice in one tab, and not after the quick exit', async ({
  page,
}) => {
  await stubNeutralSite(page);
  await page.goto('/');
  for (const search of FILTERED) {
    await page.goto(SEARCH);
    await expect(page.locator('[data-search-ready]')).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search this guide' }).fill(search.words);
    await expect(page.locator('.search__result').first()).toBeVisible();
    await page.getByText('Filter results').click();
    await page.getByRole('group', { name: search.group }).getByLabel(search.option).check();
    await expectSearchShown(page, search);

    await page.locator('.search__result').getByRole('link', { name: search.found, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(search.found);
    await page.goBack();
    // Back returns to the result that was opened, on screen and focused, not to the A to Z list below.
    const opened = page.locator('.search__result').getByRole('link', { name: search.found, exact: true });
    await expect(opened).toBeFocused();
    await expect(opened).toBeInViewport();
    await expectSearchShown(page, search);
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(search.found);
    await page.goBack();
    await expectSearchShown(page, search);
    await page.reload();
    await expectSearchShown(page, search);
  }

  // "Clear filters" shows everything the words find again, and the address forgets the filter.
  const last = FILTERED[FILTERED.length - 1];
  const count = async () =>
    Number(
      (
        await page
          .getByRole('status')
          .filter({ hasText: /results? for/ })
          .textContent()
      )?.match(/\d+/)?.[0],
    );
  const filtered = await count();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByRole('group', { name: last.group }).getByLabel(last.option)).not.toBeChecked();
  await expect.poll(count).toBeGreaterThan(filtered);
  expect(page.url()).not.toContain(last.param);
  await page.getByRole('group', { name: last.group }).getByLabel(last.option).check();
  await expectSearchShown(page, last);

  // After the quick exit, Back does not return to the search, and search starts empty again.
  await page.getByRole('link', { name: /Leave this page/ }).click();
  await expect(page).toHaveURL(NEUTRAL_SITE);
  await page.goBack();
  expect(page.url()).not.toContain(last.param);
  await page.goto(SEARCH);
  await expect(page.locator('[data-search-ready]')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search this guide' })).toHaveValue('');
  await expect(page.locator('.search__result')).toHaveCount(0);
});

test('a shared or old search link with a filter the guide does not have still shows results, with that filter dropped', async ({
  page,
}) => {
  await page.goto(`${SEARCH}?q=rent&topic=A+topic+that+was+renamed&type=Service&colour=blue`);
  await expect(page.locator('[data-search-ready]')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search this guide' })).toHaveValue('rent');
  // Only the filter the guide has is kept: said above the results, and ticked in the filter box.
  await expect(page.locator('.search__chosen')).toHaveText(/Showing only: Service\./);
  await page.getByText('Filter results').click();
  await expect(page.getByRole('group', { name: 'Type of page' }).getByLabel(/Service \(/)).toBeChecked();
  await expect(page.locator('.search__result').first()).toContainText('Service');
  expect(page.url()).not.toContain('renamed');
});
