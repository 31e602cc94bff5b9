/**
 * Build step: a Workbox service worker that precaches every page, asset and the search
 * index, so the whole guide works offline after one visit. Runs after the search index.
 * An address that was never built shows the offline page when there is no connection.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

export const OFFLINE_PAGE = '/offline/index.html';

export function serviceWorker(): AstroIntegration {
  return {
    name: 'guide:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: site,
          globPatterns: [
            '**/*.{html,js,css,svg,png,webmanifest}',
            'pagefind/pagefind.js',
            'pagefind/pagefind-entry.json',
            'pagefind/pagefind-worker.js',
            'pagefind/wasm.*.pagefind',
            'pagefind/**/*.{pf_meta,pf_index,pf_fragment,pf_filter}',
          ],
          // The booklet pages are the source for the printed PDFs, not for reading on a phone: not saved offline.
          globIgnores: ['pagefind/*-ui.*', 'pagefind/pagefind-highlight.js', 'sw.js', 'workbox-*.js', 'booklet/**'],
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
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkOnly',
              options: { precacheFallback: { fallbackURL: OFFLINE_PAGE } },
            },
          ],
          inlineWorkboxRuntime: true,
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`service worker: ${count} files precached (${Math.round(size / 1024)} KB)`);
      },
    },
  };
}
