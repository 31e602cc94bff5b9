/**
 * The service worker (built into /sw.js by src/integrations/service-worker.ts, with Workbox's own
 * modules bundled in). When the guide is first opened it saves the essentials listed in
 * self.__WB_MANIFEST, which the build fills in (see src/lib/site/offline-copy.ts). Every other page, and
 * the search index, is saved as it is visited (or with "Save this page for offline"). Pages come
 * from the network when there is signal, the saved copies only without it. An address that is not
 * saved shows the offline page when there is no connection.
 */
import {
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  PrecacheFallbackPlugin,
  type PrecacheEntry,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { OFFLINE_CACHES, OFFLINE_PAGE, SEARCH_ENTRY } from '../lib/site/offline-caches.ts';
import { DIRECTORY_PARTS, DIRECTORY_SEARCH_ENTRY } from '../lib/site/search-indexes.ts';

// Only what the service worker itself uses of its global scope (the page's DOM types are in scope here).
declare const self: {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(
    type: 'install' | 'activate',
    listener: (event: { waitUntil(p: Promise<unknown>): void }) => void,
  ): void;
};

/*
 * Updates arrive whole (docs/decisions/0001-updates-arrive-whole.md): a new version takes over as soon
 * as it has saved its files, and every page is fetched from the network when there is signal, so an
 * open tab moves to the new version at its next page, all of it (crisis help included). The saved
 * copies are only for when there is no signal. The page in view does not change under the person:
 * it offers Reload (src/components/offline/offline.ts).
 */
self.addEventListener('install', (event) => event.waitUntil(self.skipWaiting()));
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

/** The file a page is saved under in the precache: /help/ is help/index.html. */
const pageFile = (url: string) => {
  const u = new URL(url);
  return u.origin + (u.pathname.endsWith('/') ? `${u.pathname}index.html` : u.pathname);
};

/**
 * With no signal: the copy saved with this version (the precache) first, as it is the newest the
 * device has; else a copy saved or visited; else (for pages) the offline page.
 */
const savedCopy = {
  cachedResponseWillBeUsed: async ({ request, cachedResponse }: { request: Request; cachedResponse?: Response }) =>
    (await matchPrecache(pageFile(request.url))) ?? cachedResponse ?? (await caches.match(request)) ?? null,
};

/**
 * Pages are checked with the server every time: for Back and Forward the browser would otherwise
 * reuse its own copy of the old version. (Workbox does not pass fetchOptions for pages, so the
 * request is made anew; redirects still reach the browser as they would.)
 */
const checkWithServer = {
  requestWillFetch: async ({ request }: { request: Request }) =>
    new Request(request.url, {
      cache: 'no-cache',
      credentials: request.credentials,
      headers: request.headers,
      redirect: 'manual',
    }),
};

// Pages: the newest copy when there is signal (so a corrected crisis number shows at the next page);
// on a slow or missing connection the copy saved on this device; else the offline page.
// Registered before the precache's own route, which would answer saved pages from the device first.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName: OFFLINE_CACHES.pages,
    networkTimeoutSeconds: 4,
    plugins: [
      checkWithServer,
      savedCopy,
      new ExpirationPlugin({ maxEntries: 80 }),
      new PrecacheFallbackPlugin({ fallbackURL: OFFLINE_PAGE }),
    ],
  }),
);

// The search indexes' entries (the guide's and the directory's) and the list of the directory index's
// parts name the index files of one version: the newest when there is signal, so
// that it never names files a newer version has removed. (Pagefind adds ?ts= to it; ignored.)
const SEARCH_DESCRIPTIONS = new Set([SEARCH_ENTRY, DIRECTORY_SEARCH_ENTRY, DIRECTORY_PARTS]);
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && SEARCH_DESCRIPTIONS.has(url.pathname),
  new NetworkFirst({
    cacheName: OFFLINE_CACHES.files,
    networkTimeoutSeconds: 4,
    fetchOptions: { cache: 'no-cache' },
    plugins: [savedCopy],
  }),
);

// Answers in links, search words and Pagefind's cache-buster never change which file is served.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html' });
cleanupOutdatedCaches();

/**
 * Looks for a file in the caches the person saved or visited, when the strategy's own cache has no
 * copy (a page saved with the button is in its own cache, which never expires).
 */
const alsoSaved = {
  cachedResponseWillBeUsed: async ({ request, cachedResponse }: { request: Request; cachedResponse?: Response }) =>
    cachedResponse ?? (await caches.match(request)) ?? null,
};

// Styles, scripts, icons and the search index's chunks: from the device at once, refreshed in the
// background. Their names change with their content, so an old copy is never mistaken for a new one.
// (Pages fetched by the page itself, to save them, go to the network.)
registerRoute(
  ({ request, url, sameOrigin }) =>
    sameOrigin && request.mode !== 'navigate' && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html'),
  new StaleWhileRevalidate({
    cacheName: OFFLINE_CACHES.files,
    plugins: [alsoSaved, new ExpirationPlugin({ maxEntries: 300 })],
  }),
);
