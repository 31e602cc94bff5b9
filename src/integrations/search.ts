/**
 * Build step: index the built site with Pagefind so search works offline, with no server.
 * Only each page's main content is indexed (data-pagefind-body), never the crisis panel,
 * navigation or footer that every page repeats.
 *
 * Two indexes (src/lib/site/search-indexes.ts): the guide's pages in /pagefind/, searched first, and
 * the service pages in /pagefind/services/ (in parts, for a large directory), searched just after.
 * They are built one after the other, so the indexer holds only one of them at a time.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { DIRECTORY_PARTS, directoryPartPath, searchIndexGlobs } from '../lib/site/search-indexes.ts';

/**
 * Indexes the pages the globs pick (relative to `site`) and writes the index to `outputPath`; returns
 * the page count. The indexer is stopped after each index, so its memory is given back before the next.
 */
async function writeIndex(site: string, globs: string[], outputPath: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Search index could not be created: ${errors.join('; ')}`);
    let pages = 0;
    for (const glob of globs) {
      const added = await index.addDirectory({ path: site, glob });
      if (added.errors.length) throw new Error(`Search indexing failed: ${added.errors.join('; ')}`);
      pages += added.page_count;
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Search index could not be written: ${written.errors.join('; ')}`);
    return pages;
  } finally {
    await pagefind.close();
  }
}

/** The path of a site address (/pagefind/services/) inside the built site. */
const inSite = (site: string, address: string) => join(site, ...address.split('/'));

/**
 * Writes the guide's index and each part of the directory's, and the list of those parts; returns
 * how many pages the guide's index holds, how many services, and in how many parts.
 */
export async function writeSearchIndexes(site: string): Promise<{ guide: number; directory: number; parts: number }> {
  const top = readdirSync(site, { withFileTypes: true }).map((e) => ({ name: e.name, folder: e.isDirectory() }));
  const services = existsSync(join(site, 'services')) ? readdirSync(join(site, 'services')) : [];
  const globs = searchIndexGlobs(top, services);
  const guide = await writeIndex(site, globs.guide, join(site, 'pagefind'));
  let directory = 0;
  for (const [i, glob] of globs.directory.entries())
    directory += await writeIndex(site, [glob], inSite(site, directoryPartPath(i)));
  const parts = globs.directory.map((_, i) => directoryPartPath(i));
  writeFileSync(inSite(site, DIRECTORY_PARTS), `${JSON.stringify({ parts })}\n`);
  return { guide, directory, parts: parts.length };
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'guide:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { guide, directory, parts } = await writeSearchIndexes(fileURLToPath(dir));
        logger.info(`search index: ${guide} guide pages; ${directory} services in ${parts} part(s)`);
      },
    },
  };
}
