/**
 * Build step: a Workbox service worker. When the guide is first opened it saves a fixed set of
 * essentials on the device (see src/lib/offline-copy.ts): the app shell, the crisis help, the
 * whole step-by-step guide with its next-steps pages and the services they name, search's code,
 * the home, kiosk and offline pages. Every other page, and the search index, is saved as it is
 * visited (or with the "Save this page for offline" button). Runs after the search index.
 * An address that is not saved shows the offline page when there is no connection.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { generateSW } from 'workbox-build';
import { escapeGlob, offlineCopy, type OfflineCopyInput } from '../lib/offline-copy.ts';
import { OFFLINE_CACHES } from '../lib/offline-caches.ts';
import { OFFLINE } from '../lib/routes.ts';

export const OFFLINE_PAGE = `${OFFLINE}index.html`;

/** Every file of the built site, relative to its folder. */
function builtFiles(site: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(site, full).split('\\').join('/'));
    }
  };
  walk(site);
  return out;
}

const readYaml = (path: string) => parseYaml(readFileSync(path, 'utf8'));

/** The content that decides the essentials: the tree, the edition's roles and crisis line, the crisis panel's services. */
function essentialsContent(edition: string): Omit<OfflineCopyInput, 'files'> {
  const tree = readYaml('content/tree.yaml') as OfflineCopyInput['tree'];
  const ed = readYaml(`content/editions/${edition}/edition.yaml`) as { roles?: Record<string, string[]>; local_crisis_line?: string };
  const crisis = readYaml('content/crisis.yaml') as { tiers: { agencies?: string[]; include_local_crisis_line?: boolean }[] };
  const crisisAgencies = crisis.tiers.flatMap((t) => [
    ...(t.agencies ?? []),
    ...(t.include_local_crisis_line && ed.local_crisis_line ? [ed.local_crisis_line] : []),
  ]);
  return { tree, roles: ed.roles ?? {}, crisisAgencies, crisisGuides: ['crisis'] };
}

/**
 * Looks for a page or file in the caches the person saved or visited, when the strategy's own
 * cache has no copy (a page saved with the button is in its own cache, which never expires).
 * Written out into the service worker as it is, so it must not use anything from outside.
 */
const alsoSaved = {
  cachedResponseWillBeUsed: async ({ request, cachedResponse }: { request: Request; cachedResponse?: Response }) =>
    cachedResponse ?? (await caches.match(request)) ?? null,
};

export function serviceWorker({ edition }: { edition: string }): AstroIntegration {
  return {
    name: 'guide:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const keep = offlineCopy({ files: builtFiles(site), ...essentialsContent(edition) });
        const { count, size, warnings } = await generateSW({
          globDirectory: site,
          // Only the essentials are saved when the guide is first opened; the rest as it is visited.
          // Named one by one, so that Workbox reads and hashes only these files, not every page of a large directory.
          globPatterns: keep.map(escapeGlob),
          globIgnores: ['sw.js', 'sw.js.map', 'workbox-*.js'],
          swDest: `${site}/sw.js`,
          // Answers in links, search words and Pagefind's cache-buster never change which file is served.
          ignoreURLParametersMatching: [/.*/],
          directoryIndex: 'index.html',
          cleanupOutdatedCaches: true,
          // A new version waits until the person chooses to reload, so a page never mixes versions.
          skipWaiting: false,
          clientsClaim: false,
          maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
          runtimeCaching: [
            {
              // Pages: the newest copy when there is signal; on a slow or missing connection the copy
              // saved on this device; else the offline page.
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: {
                cacheName: OFFLINE_CACHES.pages,
                networkTimeoutSeconds: 4,
                plugins: [alsoSaved],
                expiration: { maxEntries: 80 },
                precacheFallback: { fallbackURL: OFFLINE_PAGE },
              },
            },
            {
              // Styles, scripts, icons and the search index's chunks: from the device at once, refreshed in the background.
              // (Pages fetched by the page itself, to save them, go to the network.)
              urlPattern: ({ request, url, sameOrigin }) =>
                sameOrigin && request.mode !== 'navigate' && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html'),
              handler: 'StaleWhileRevalidate',
              options: {
                cacheName: OFFLINE_CACHES.files,
                plugins: [alsoSaved],
                expiration: { maxEntries: 300 },
              },
            },
          ],
          inlineWorkboxRuntime: true,
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`service worker: ${count} files saved when first opened (${Math.round(size / 1024)} KB); other pages as they are visited`);
      },
    },
  };
}
