/**
 * Build step: index the built site with Pagefind so search works offline, with no server.
 * Only each page's main content is indexed (data-pagefind-body), never the crisis panel,
 * navigation or footer that every page repeats.
 *
 * Two indexes (src/lib/site/search-indexes.ts): the guide's pages in /pagefind/, searched first, and
 * the service pages in /pagefind/services/, searched just after. They are built one after the other,
 * so the indexer holds only one of them at a time.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { DIRECTORY_SEARCH, searchIndexGlobs } from '../lib/site/search-indexes.ts';

/** Indexes the pages the globs pick (relative to `site`) and writes the index to `outputPath`; returns the page count. */
async function writeIndex(site: string, globs: string[], outputPath: string): Promise<number> {
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
  await index.deleteIndex();
  return pages;
}

/** Writes both indexes for the built site in `site`; returns how many pages each holds. */
export async function writeSearchIndexes(site: string): Promise<{ guide: number; directory: number }> {
  const top = readdirSync(site, { withFileTypes: true }).map((e) => ({ name: e.name, folder: e.isDirectory() }));
  const globs = searchIndexGlobs(top);
  try {
    const guide = await writeIndex(site, globs.guide, join(site, 'pagefind'));
    const directory = await writeIndex(site, globs.directory, join(site, ...DIRECTORY_SEARCH.split('/')));
    return { guide, directory };
  } finally {
    await pagefind.close();
  }
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'guide:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { guide, directory } = await writeSearchIndexes(fileURLToPath(dir));
        logger.info(`search index: ${guide} guide pages, ${directory} services`);
      },
    },
  };
}
