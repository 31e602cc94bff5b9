/**
 * The guide's search is two Pagefind indexes, so that the first results load quickly however large
 * the directory grows ([decision record 18](../../../docs/decisions/0018-services-searched-second.md)):
 *
 * - the guide's index (`/pagefind/`): guide pages and the steps of "Where do I go for help?". It is
 *   searched first, and its small files are in the offline copy (src/lib/site/offline-copy.ts);
 * - the directory's index (`/pagefind/services/`): every service page. It is searched just after, and
 *   its results join the list. Its description file grows with the number of services, so it is
 *   saved on the device only once used, like the rest of the index.
 */

/** Where the directory's index is (Pagefind's base path for it). */
export const DIRECTORY_SEARCH = '/pagefind/services/';

/** The directory index's entry file: it names that index's files for one version of the guide. */
export const DIRECTORY_SEARCH_ENTRY = `${DIRECTORY_SEARCH}pagefind-entry.json`;

/** The top folders of the built site whose pages are in the directory's index. */
const DIRECTORY_FOLDERS = ['services'];

/** Folders of the built site that hold no pages to index (code, the index itself). */
const NOT_PAGES = ['pagefind', '_astro'];

/** One entry at the top of the built site. */
export interface TopEntry {
  name: string;
  folder: boolean;
}

/**
 * The Pagefind globs (relative to the built site) that pick each index's pages, from the entries at
 * the top of the built site. Every page is in one index only, so no result is listed twice.
 */
export function searchIndexGlobs(top: readonly TopEntry[]): { guide: string[]; directory: string[] } {
  const folders = top.filter((e) => e.folder && !NOT_PAGES.includes(e.name)).map((e) => e.name);
  return {
    guide: [
      ...(top.some((e) => !e.folder && e.name.endsWith('.html')) ? ['*.html'] : []),
      ...folders.filter((f) => !DIRECTORY_FOLDERS.includes(f)).map((f) => `${f}/**/*.html`),
    ],
    directory: folders.filter((f) => DIRECTORY_FOLDERS.includes(f)).map((f) => `${f}/**/*.html`),
  };
}
