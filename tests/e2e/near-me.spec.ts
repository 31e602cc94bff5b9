/**
 * "Nearest first" in the directory and the directions link beside a walk-in address.
 *
 * No service in the content gives coordinates yet (none of their sources do), so these tests give
 * some services of the built crisis page made-up places (test places only, not where the
 * services are), as the list writes them when a file has coordinates: an init script adds the
 * attributes while the page is read, so the same works from the server, from the service worker
 * offline, after Back and after a reload.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { serveStatic } from '../../src/build-tools/static-server.ts';
import { NEAR_ITEM, PLACE_LATITUDE, PLACE_LONGITUDE } from '../../src/lib/directory/near-me.ts';
import { PRIVACY, agencyHref, directoryCategory } from '../../src/lib/site/routes.ts';
import { serviceWorkerActive, stopServer } from './offline-visit.ts';
import { axeProblems } from './page-checks.ts';
import { NEUTRAL_SITE, startKiosk, stubNeutralSite, tapTo } from './site.ts';

const CRISIS = directoryCategory('crisis');
/** Where the device says it is in these tests (made up). */
const HERE = { latitude: 51.38, longitude: 0.53 };
/** Made-up places for three local services: about 8, 1 and 3 miles from HERE. */
const TEST_PLACES: Record<string, { latitude: number; longitude: number }> = {
  'medway-safe-haven': { latitude: 51.27, longitude: 0.52 },
  'medway-council-out-of-hours': { latitude: 51.39, longitude: 0.55 },
  'kent-medway-release-the-pressure': { latitude: 51.4, longitude: 0.6 },
};
const NEAREST = [
  [agencyHref('medway-council-out-of-hours'), 'About 1 mile away'],
  [agencyHref('kent-medway-release-the-pressure'), 'About 3 miles away'],
  [agencyHref('medway-safe-haven'), 'About 8 miles away'],
];

/** Gives the services in `places` those places on every page of this context, as the list writes coordinates. */
async function givePlaces(context: BrowserContext, places = TEST_PLACES) {
  const byHref = Object.fromEntries(Object.entries(places).map(([id, place]) => [agencyHref(id), place]));
  await context.addInitScript(
    ({ places, item, lat, lon }) => {
      const mark = (li: Element) => {
        const place = places[li.querySelector('a')?.getAttribute('href') ?? ''];
        if (place && !li.hasAttribute(lat)) {
          li.setAttribute(lat, String(place.latitude));
          li.setAttribute(lon, String(place.longitude));
        }
      };
      new MutationObserver(() => {
        for (const li of document.querySelectorAll(`[${item}]`)) mark(li);
      }).observe(document, { childList: true, subtree: true });
    },
    { places: byHref, item: NEAR_ITEM, lat: PLACE_LATITUDE, lon: PLACE_LONGITUDE },
  );
}

/** The services' addresses in the order the page shows them, and the distances it shows. */
const serviceOrder = (page: Page) =>
  page
    .locator(`[${NEAR_ITEM}]:visible`)
    .evaluateAll((lis) => lis.map((li) => li.querySelector('a')!.getAttribute('href')));
const nearestShown = (page: Page) =>
  page
    .locator('[data-near-list] li')
    .evaluateAll((lis) =>
      lis.map((li) => [
        li.querySelector('a')!.getAttribute('href'),
        li.querySelector('[data-near-distance]')?.textContent,
      ]),
    );

/** What the page keeps in storage, its address and its history: nothing of the place may show up there. */
const traces = (page: Page) =>
  page.evaluate(() => ({
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    url: location.href,
    history: history.length,
    state: JSON.stringify(history.state),
  }));

async function openCrisis(page: Page) {
  await page.goto(CRISIS);
  await expect(page.locator('[data-near-me][data-ready]')).toBeVisible();
}

async function sortNearest(page: Page) {
  await page.getByRole('button', { name: 'Nearest first' }).click();
  await expect(page.locator('[data-near-me][data-sorted]')).toBeAttached();
}

test.describe('with places for some services and the location allowed', () => {
  test.beforeEach(async ({ context }) => {
    await givePlaces(context);
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation(HERE);
  });

  test('Nearest first puts the services with a place in order of distance, then the others in their usual order', async ({
    page,
  }) => {
    await openCrisis(page);
    const usual = await serviceOrder(page);
    const before = await traces(page);
    await expect(
      page.getByText('Where you are stays on this device. It is not saved or sent to anyone.'),
    ).toBeVisible();

    await sortNearest(page);
    await expect(page.getByRole('heading', { name: 'Nearest to you' })).toBeVisible();
    expect(await nearestShown(page)).toEqual(NEAREST);
    const withPlace = NEAREST.map(([href]) => href);
    expect(await serviceOrder(page)).toEqual([...withPlace, ...usual.filter((h) => !withPlace.includes(h!))]);
    await expect(page.getByText('Services with no place on the map follow below, in their usual order.')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Nearest first.' })).toHaveText(
      'Nearest first. Distances are in a straight line, not by road.',
    );
    // Nothing about the place is kept: not in storage, the address or the history.
    expect(await traces(page)).toEqual(before);

    await page.getByRole('button', { name: 'Usual order' }).click();
    expect(await serviceOrder(page)).toEqual(usual);
    await expect(page.locator('[data-near-distance]')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Nearest first' })).toBeFocused();
  });

  test('reads well 320 pixels wide, and axe finds no problem, before and after sorting', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openCrisis(page);
    expect(await axeProblems(page)).toEqual([]);
    await sortNearest(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expect(page.getByRole('button', { name: 'Nearest first' })).toBeInViewport();
    expect(await axeProblems(page)).toEqual([]);
  });

  test('twice in one tab with Back and Forward, after a reload and after leaving quickly: the order is never remembered', async ({
    page,
  }) => {
    await stubNeutralSite(page);
    await openCrisis(page);
    const usual = await serviceOrder(page);

    await sortNearest(page);
    await page.getByRole('link', { name: 'Medway Safe Haven', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${agencyHref('medway-safe-haven')}$`));
    await page.goBack();
    await expect(page.locator('[data-near-me][data-ready]')).toBeVisible();
    expect(await serviceOrder(page)).toEqual(usual);
    await expect(page.locator('[data-near-list]')).toHaveCount(0);

    // The second time in the same tab works the same way.
    await sortNearest(page);
    expect(await nearestShown(page)).toEqual(NEAREST);
    await page.goForward();
    await page.goBack();
    await expect(page.locator('[data-near-me][data-ready]')).toBeVisible();
    expect(await serviceOrder(page)).toEqual(usual);
    await sortNearest(page);
    expect(await nearestShown(page)).toEqual(NEAREST);

    await page.reload();
    await expect(page.locator('[data-near-me][data-ready]')).toBeVisible();
    expect(await serviceOrder(page)).toEqual(usual);
    await expect(page.locator('[data-near-me-status]')).toBeEmpty();

    await sortNearest(page);
    await page.getByRole('link', { name: /Leave this page/ }).click();
    await expect(page).toHaveURL(NEUTRAL_SITE);
    await page.goto(CRISIS);
    await expect(page.locator('[data-near-me][data-ready]')).toBeVisible();
    expect(await serviceOrder(page)).toEqual(usual);
    await expect(page.locator('[data-near-me-status]')).toBeEmpty();
  });

  test('a kiosk does not offer it: the location would be the hub’s', async ({ page }) => {
    await startKiosk(page);
    await tapTo(page, CRISIS);
    await expect(page.getByRole('button', { name: 'Nearest first' })).toBeHidden();
    await expect(page.locator(`[${NEAR_ITEM}]`).first()).toBeVisible();
  });
});

test('when the location is not allowed, it says so calmly and keeps the list in its usual order', async ({
  context,
  page,
}) => {
  await givePlaces(context);
  await context.clearPermissions();
  await openCrisis(page);
  const usual = await serviceOrder(page);
  await page.getByRole('button', { name: 'Nearest first' }).click();
  await expect(page.locator('[data-near-me-status]')).toHaveText(
    'This page was not allowed to use your location, so the list is in its usual order. To try again, allow location for this site in your browser settings.',
  );
  expect(await serviceOrder(page)).toEqual(usual);
  await expect(page.locator('[data-near-distance]')).toHaveCount(0);
});

test('no service on the page has a place: no button, the usual list', async ({ context, page }) => {
  await context.grantPermissions(['geolocation']);
  await page.goto(CRISIS);
  await expect(page.locator(`[${NEAR_ITEM}]`).first()).toBeVisible();
  await expect(page.locator('[data-near-me][data-checked]')).toBeAttached();
  await expect(page.getByRole('button', { name: 'Nearest first' })).toBeHidden();
});

test('on one page of a category of several, it says that only this page is sorted', async ({ context, page }) => {
  await givePlaces(context);
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation(HERE);
  // No category of this edition has more than one page: mark the crisis page as one of several, as the page does then.
  await context.addInitScript(() => {
    new MutationObserver(() => document.querySelector('[data-near-me]')?.setAttribute('data-many-pages', '')).observe(
      document,
      { childList: true, subtree: true },
    );
  });
  await openCrisis(page);
  await sortNearest(page);
  await expect(page.locator('[data-near-me-status]')).toHaveText(
    'Nearest first. Distances are in a straight line, not by road. Only the services on this page are sorted.',
  );
});

test('when the device cannot find where it is (no signal, too slow), it says so and keeps the list; trying again works', async ({
  context,
  page,
}) => {
  await givePlaces(context);
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation(HERE);
  // The first answer is "timed out", as on an old phone with poor signal; the next is the place.
  await context.addInitScript(() => {
    const real = Geolocation.prototype.getCurrentPosition;
    let first = true;
    Geolocation.prototype.getCurrentPosition = function (ok, fail, options) {
      if (!first) return real.call(this, ok, fail, options);
      first = false;
      setTimeout(() =>
        fail?.({
          code: 3,
          PERMISSION_DENIED: 1,
          POSITION_UNAVAILABLE: 2,
          TIMEOUT: 3,
          message: '',
        } as GeolocationPositionError),
      );
    };
  });
  await openCrisis(page);
  const usual = await serviceOrder(page);
  await page.getByRole('button', { name: 'Nearest first' }).click();
  await expect(page.locator('[data-near-me-status]')).toHaveText(
    'Your device could not find where you are just now, so the list is in its usual order. You can try again.',
  );
  expect(await serviceOrder(page)).toEqual(usual);
  await sortNearest(page);
  expect(await nearestShown(page)).toEqual(NEAREST);
});

test('a browser that cannot give a location is not offered the button, and the list stays as it is', async ({
  context,
  page,
}) => {
  await givePlaces(context);
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'geolocation', { configurable: true, get: () => undefined });
  });
  await page.goto(CRISIS);
  await expect(page.locator('[data-near-me][data-checked]')).toBeAttached();
  await expect(page.getByRole('button', { name: 'Nearest first' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'In Medway' })).toBeVisible();
});

test('the privacy notice says the directory uses the device’s location only on the device, and keeps and sends none of it', async ({
  page,
}) => {
  await page.goto(PRIVACY);
  const section = page.locator('section', {
    has: page.getByRole('heading', { name: 'Nearest first in the directory' }),
  });
  await expect(section).toContainText('only when you press “Nearest first”');
  await expect(section).toContainText('It is not saved, and it is not sent to us or to anyone else.');
  await expect(page.locator('#never')).toBeVisible();
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test('there is no button, and the list is in its usual order', async ({ context, page }) => {
    await givePlaces(context);
    await page.goto(CRISIS);
    await expect(page.locator(`[${NEAR_ITEM}]`).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nearest first' })).toBeHidden();
    await expect(page.getByText('Where you are stays on this device.')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'In Medway' })).toBeVisible();
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test.setTimeout(90_000);
  test('a directory page opened before works from the saved copy, Nearest first included', async ({ browser }) => {
    const own = await serveStatic('dist');
    const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: own.base });
    try {
      await givePlaces(context);
      await context.grantPermissions(['geolocation']);
      await context.setGeolocation(HERE);
      const page = await context.newPage();
      await page.goto('/');
      await serviceWorkerActive(page);
      await openCrisis(page);
      await stopServer(own);
      await page.goto('/');
      await openCrisis(page);
      await sortNearest(page);
      expect(await nearestShown(page)).toEqual(NEAREST);
    } finally {
      await context.close();
    }
  });
});

test.describe('directions to a walk-in address', () => {
  test('a directory list shows a walk-in address with its directions, so a sorted list says where to go', async ({
    page,
  }) => {
    await page.goto(CRISIS);
    const card = page.locator(`[${NEAR_ITEM}]`, {
      has: page.getByRole('link', { name: 'Medway Safe Haven', exact: true }),
    });
    await expect(card).toContainText('Address: Medway Maritime Hospital, Windmill Road, Gillingham, ME7 5NY');
    await expect(card.getByRole('link', { name: /Directions on OpenStreetMap/ })).toHaveAttribute(
      'href',
      /^https:\/\/www\.openstreetmap\.org\/search\?query=Medway\+Maritime/,
    );
    // A service with no address (a phone line) shows none.
    const line = page.locator(`[${NEAR_ITEM}]`, { has: page.getByRole('link', { name: 'Samaritans', exact: true }) });
    await expect(line.getByText('Address:')).toHaveCount(0);
  });

  test('an ordinary link to OpenStreetMap that says it opens another website, loads nothing from there, and is not printed', async ({
    page,
  }) => {
    const elsewhere: string[] = [];
    // The site is served from this machine: any other address would be a request to another site.
    page.on('request', (r) => {
      if (!r.url().startsWith('http://127.0.0.1')) elsewhere.push(r.url());
    });
    await page.goto(agencyHref('medway-safe-haven'));
    const link = page.getByRole('link', { name: /Directions on OpenStreetMap/ });
    await expect(link).toHaveAccessibleName('Directions on OpenStreetMap to Medway Safe Haven (opens another website)');
    await expect(link).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/search?query=Medway+Maritime+Hospital%2C+Windmill+Road%2C+Gillingham%2C+ME7+5NY',
    );
    await expect(link).not.toHaveAttribute('target', /./);
    expect(elsewhere).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    await expect(link).toBeHidden();
    await expect(page.locator('address')).toContainText('ME7 5NY');

    // A service with no walk-in address has no directions.
    await page.emulateMedia({ media: 'screen' });
    await page.goto(agencyHref('samaritans'));
    await expect(page.locator('h1')).toHaveText('Samaritans');
    await expect(page.getByRole('link', { name: /Directions on OpenStreetMap/ })).toHaveCount(0);
  });
});
