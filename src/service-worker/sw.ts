/**
 * The service worker (built into /sw.js by src/integrations/service-worker.ts, with Workbox's own
 * modules bundled in). When the guide is first opened it saves the essentials listed in
 * self.__WB_MANIFEST, which the build fills in (see src/lib/offline-copy.ts). Every other page, and
 * the search index, is saved as it is visited (or with "Save this page for offline"). An address
 * that is not saved shows the offline page when there is no connection.
 */
import { cleanupOutdatedCaches, precacheAndRoute, PrecacheFallbackPlugin, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { OFFLINE_CACHES, OFFLINE_PAGE, SKIP_WAITING } from '../lib/offline-caches.ts';

// Only what the service worker itself uses of its global scope (the page's DOM types are in scope here).
declare const self: {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: { data?: { type?: string } }) => void): void;
};

// A new version waits until the person chooses to reload (the page then sends this message),
// so that a page never mixes two versions.
self.addEventListener('message', (event) => {
  if (event.data?.type === SKIP_WAITING) void self.skipWaiting();
});

// Answers in links, search words and Pagefind's cache-buster never change which file is served.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html' });
cleanupOutdatedCaches();

/**
 * Looks for a page or file in the caches the person saved or visited, when the strategy's own
 * cache has no copy (a page saved with the button is in its own cache, which never expires).
 */
const alsoSaved = {
  cachedResponseWillBeUsed: async ({ request, cachedResponse }: { request: Request; cachedResponse?: Response }) =>
    cachedResponse ?? (await caches.match(request)) ?? null,
};

// Pages: the newest copy when there is signal; on a slow or missing connection the copy saved on
// this device; else the offline page.
registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName: OFFLINE_CACHES.pages,
    networkTimeoutSeconds: 4,
    plugins: [alsoSaved, new ExpirationPlugin({ maxEntries: 80 }), new PrecacheFallbackPlugin({ fallbackURL: OFFLINE_PAGE })],
  }),
);

// Styles, scripts, icons and the search index's chunks: from the device at once, refreshed in the
// background. (Pages fetched by the page itself, to save them, go to the network.)
registerRoute(
  ({ request, url, sameOrigin }) => sameOrigin && request.mode !== 'navigate' && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html'),
  new StaleWhileRevalidate({
    cacheName: OFFLINE_CACHES.files,
    plugins: [alsoSaved, new ExpirationPlugin({ maxEntries: 300 })],
  }),
);
