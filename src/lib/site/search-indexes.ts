/**
 * The guide's search is two Pagefind indexes, so that the first results load quickly however large
 * the directory grows ([decision record 19](../../../docs/decisions/0019-services-searched-second.md)):
 *
 * - the guide's index (`/pagefind/`): guide pages and the steps of "Where do I go for help?". It is
 *   searched first, and its small files are in the offline copy (src/lib/site/offline-copy.ts);
 * - the directory's index (`/pagefind/services/`): every service page. It is searched just after, and
 *   its results join the list. While the directory is small (its search data at most
 *   DIRECTORY_OFFLINE_MAX_BYTES) its whole index is in the offline copy, so that a service can be
 *   found by its name with no signal; a larger one grows with every service, so it is saved on the
 *   device only once used. A large directory's index is
 *   built in parts of at most SERVICES_PER_PART services (listed in DIRECTORY_PARTS), because the
 *   indexer holds a whole index in memory while it builds it; the page searches the parts as one.
 */

/** Where the directory's index is (Pagefind's base path for it). */
export const DIRECTORY_SEARCH = '/pagefind/services/';

/** The directory index's entry file: it names that index's files for one version of the guide. */
export const DIRECTORY_SEARCH_ENTRY = `${DIRECTORY_SEARCH}pagefind-entry.json`;

/** The top folders of the built site whose pages are in the directory's index. */
const DIRECTORY_FOLDERS = ['services'];

/**
 * At most this many services in one part of the directory's index. The indexer (Pagefind) holds a
 * part in memory while it builds it: about 0.8 GB for 10,000 services (docs/performance.md).
 */
const SERVICES_PER_PART = 5000;

/** The list of the directory index's parts (their base paths), written beside its first part. */
export const DIRECTORY_PARTS = `${DIRECTORY_SEARCH}parts.json`;

/** Where part `i` (from 0) of the directory's index is: the first at DIRECTORY_SEARCH, the others inside it. */
export function directoryPartPath(i: number): string {
  return i === 0 ? DIRECTORY_SEARCH : `${DIRECTORY_SEARCH}part-${i + 1}/`;
}

/**
 * The service folders (their names: the services' ids) grouped into parts of at most `max`, each
 * part given as one glob (relative to the built site). Folders are grouped by the start of their
 * names, longer starts where a group would be too large, so each service is in exactly one part and
 * a service keeps its part as others are added, unless its group is split.
 */
export function directoryPartGlobs(folder: string, names: readonly string[], max = SERVICES_PER_PART): string[] {
  const odd = names.find((n) => !/^[a-z0-9][a-z0-9._-]*$/i.test(n));
  if (odd)
    throw new Error(
      `The service folder "${odd}" has a name the search index cannot pick out. Fix: name services with letters, digits and hyphens only.`,
    );
  if (!names.length) return [`${folder}/**/*.html`];
  // Each group: a name pattern (a start followed by at least one more letter, or a whole name) and its names.
  const groups: { key: string; count: number }[] = [];
  const split = (list: readonly string[], length: number) => {
    const byStart = new Map<string, string[]>();
    for (const n of list) {
      const key = n.length <= length ? n : `${n.slice(0, length)}?*`;
      const group = byStart.get(key);
      if (group) group.push(n);
      else byStart.set(key, [n]);
    }
    for (const [key, group] of [...byStart].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (group.length > max && key.endsWith('?*')) split(group, length + 1);
      else groups.push({ key, count: group.length });
    }
  };
  split([...names].sort(), 1);
  const parts: string[][] = [];
  let size = 0;
  for (const g of groups) {
    if (!parts.length || size + g.count > max) {
      parts.push([]);
      size = 0;
    }
    parts[parts.length - 1].push(g.key);
    size += g.count;
  }
  return parts.map((keys) => `${folder}/${keys.length === 1 ? keys[0] : `{${keys.join(',')}}`}/**/*.html`);
}

/** Folders of the built site that hold no pages to index (code, the index itself). */
const NOT_PAGES = ['pagefind', '_astro'];

/** One entry at the top of the built site. */
export interface TopEntry {
  name: string;
  folder: boolean;
}

/**
 * The Pagefind globs (relative to the built site) that pick each index's pages, from the entries at
 * the top of the built site and the names of the service folders: one glob for the guide's index,
 * and one for each part of the directory's. Every page is in one index only, so no result is listed twice.
 */
export function searchIndexGlobs(
  top: readonly TopEntry[],
  services: readonly string[] = [],
  max = SERVICES_PER_PART,
): { guide: string[]; directory: string[] } {
  const folders = top.filter((e) => e.folder && !NOT_PAGES.includes(e.name)).map((e) => e.name);
  return {
    guide: [
      ...(top.some((e) => !e.folder && e.name.endsWith('.html')) ? ['*.html'] : []),
      ...folders.filter((f) => !DIRECTORY_FOLDERS.includes(f)).map((f) => `${f}/**/*.html`),
    ],
    directory: folders
      .filter((f) => DIRECTORY_FOLDERS.includes(f))
      .flatMap((f) => directoryPartGlobs(f, services, max)),
  };
}

/**
 * The directory's whole index (its search data: .pf_meta, .pf_index, .pf_fragment, .pf_filter) is
 * saved with the essentials on the first visit while it is at most this size, so that with no signal
 * a service can be found by its name without ever having been searched. Pagefind writes these files
 * already compressed. Measured on 7 December 2026: 42 KB for Medway's 26 services and 40 KB for
 * Bradford's 27 (about 1.6 KB a service), so this allows a directory of about 90 services. At
 * the limit Bradford's offline copy would be about 3,020 KB, under its cap (PRECACHE_CAP, 3,072 KB);
 * at 50,000 services the index is megabytes and is left out, so the offline copy stays within it.
 */
export const DIRECTORY_OFFLINE_MAX_BYTES = 150 * 1024;

/** The directory index's search data (not its code): what DIRECTORY_OFFLINE_MAX_BYTES limits. */
const DIRECTORY_DATA =
  /^pagefind\/services\/(?:[^/]+\.pf_meta|(?:index|fragment|filter)\/[^/]+\.pf_(?:index|fragment|filter))$/;

/**
 * The directory index's files that search needs on the device (its code, the English wasm, its entry,
 * the list of parts and its search data), when they go in the offline copy; none if the index is in
 * more than one part or its search data is larger than `max` bytes.
 * `files`: each built file (relative to the built site, / separators) with its size in bytes.
 */
export function directoryOfflineFiles(
  files: readonly { file: string; bytes: number }[],
  max = DIRECTORY_OFFLINE_MAX_BYTES,
): string[] {
  const code = [
    'pagefind/services/pagefind.js',
    'pagefind/services/wasm.en.pagefind',
    DIRECTORY_SEARCH_ENTRY.slice(1),
    DIRECTORY_PARTS.slice(1),
  ];
  const data = files.filter((f) => DIRECTORY_DATA.test(f.file));
  const inParts = files.some((f) => f.file.startsWith(`${directoryPartPath(1).slice(1)}`));
  const bytes = data.reduce((sum, f) => sum + f.bytes, 0);
  if (!data.length || inParts || bytes > max) return [];
  const built = new Set(files.map((f) => f.file));
  return [...code.filter((f) => built.has(f)), ...data.map((f) => f.file)].sort();
}
