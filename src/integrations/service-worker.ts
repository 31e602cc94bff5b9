/**
 * Build step: a Workbox service worker. When the guide is first opened it saves a fixed set of
 * essentials on the device (see src/lib/site/offline-copy.ts): the app shell, the crisis help, the
 * whole step-by-step guide with its next-steps pages and the services they name, search's code (with a small directory's whole search index),
 * the home, kiosk and offline pages. Every other page, and the search index, is saved as it is
 * visited (or with the "Save this page for offline" button). Runs after the search index.
 * An address that is not saved shows the offline page when there is no connection.
 */
import type { AstroIntegration } from 'astro';
import { globSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getManifest } from 'workbox-build';
import { build } from 'rolldown';
import { escapeGlob, offlineCopy, type OfflineCopyInput } from '../lib/site/offline-copy.ts';
import { SERVICE_WORKER } from '../lib/site/offline-caches.ts';
import { directoryOfflineFiles } from '../lib/site/search-indexes.ts';
import { readCrisis, readEdition, readTree } from '../build-tools/content-reader.ts';

/** The service worker's source, and the file it is built into (its address, from the top of the site). */
const SOURCE = fileURLToPath(new URL('../service-worker/sw.ts', import.meta.url));
const SERVICE_WORKER_FILE = SERVICE_WORKER.slice(1);

/** Every file of the built site, relative to its folder. */
function builtFiles(site: string): string[] {
  return globSync('**/*', { cwd: site, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(site, join(e.parentPath, e.name)).split('\\').join('/'));
}

/** The content that decides the essentials: the tree, the edition's roles and crisis line, the crisis panel's services. */
function essentialsContent(edition: string, root = process.cwd()): Omit<OfflineCopyInput, 'files'> {
  const tree = readTree(root);
  const ed = readEdition(root, edition);
  const crisis = readCrisis(root);
  const crisisAgencies = crisis.tiers.flatMap((t) => [
    ...t.agencies,
    ...(t.include_local_crisis_line && ed?.local_crisis_line ? [ed.local_crisis_line] : []),
  ]);
  return { tree, roles: ed?.roles ?? {}, crisisAgencies, crisisGuides: ['crisis'] };
}

export function serviceWorker({ edition }: { edition: string }): AstroIntegration {
  return {
    name: 'guide:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files = builtFiles(site);
        // A small directory's whole search index is saved too, so services are found by name with no signal.
        const directoryIndex = directoryOfflineFiles(
          files
            .filter((f) => f.startsWith('pagefind/services/'))
            .map((file) => ({ file, bytes: statSync(join(site, file)).size })),
        );
        const keep = offlineCopy({ files, ...essentialsContent(edition), directoryIndex });
        const { count, size, warnings, manifestEntries } = await getManifest({
          globDirectory: site,
          // Only the essentials are saved when the guide is first opened; the rest as it is visited.
          // Named one by one, so that Workbox reads and hashes only these files, not every page of a large directory.
          globPatterns: keep.map(escapeGlob),
          globIgnores: [SERVICE_WORKER_FILE],
          maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        });
        // The service worker's own code (src/service-worker/sw.ts) with Workbox's modules bundled in
        // and the list of files to save written in.
        await build({
          input: SOURCE,
          platform: 'browser',
          logLevel: 'warn',
          transform: {
            define: {
              // Workbox leaves out its development logging and checks.
              'process.env.NODE_ENV': JSON.stringify('production'),
              'self.__WB_MANIFEST': JSON.stringify(manifestEntries),
            },
          },
          output: { file: join(site, SERVICE_WORKER_FILE), format: 'iife', minify: true },
        });
        for (const w of warnings) logger.warn(w);
        logger.info(
          `service worker: ${count} files saved when first opened (${Math.round(size / 1024)} KB), ${directoryIndex.length ? 'with' : 'without'} the directory's search index; other pages as they are visited`,
        );
      },
    },
  };
}
