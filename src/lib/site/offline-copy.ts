/**
 * What the service worker saves on the device when the guide is first opened (its precache):
 * only what a person in crisis needs with no signal, so the offline copy stays the same size
 * however many services and pages the guide grows to. Everything else is saved as it is visited,
 * or with the "Save this page for offline" button.
 *
 * Pure: takes the list of built files and the tree, returns the files to precache.
 */
import { OFFLINE, TREE_DATA } from './routes.ts';
import { SERVICE_WORKER, savedPageUrl } from './offline-caches.ts';

/** The parts of the decision tree that decide what is saved. */
interface OfflineTreeNode {
  id: string;
  type: 'question' | 'outcome';
  /** A question's call buttons (agency ids). */
  help?: readonly string[];
  /** An outcome's services, by agency id. */
  agencies?: readonly string[];
  /** An outcome's services, by role (resolved through the edition's roles). */
  roles?: readonly string[];
  /** An outcome's "Do this first" contacts (agency or role ids). */
  first?: { contacts: readonly string[] };
}

export interface OfflineCopyInput {
  /** Every file of the built site, relative to its folder, with / separators (e.g. "help/index.html"). */
  files: readonly string[];
  tree: { nodes: readonly OfflineTreeNode[] };
  /** The edition's roles: which local agencies fill each role. */
  roles: Readonly<Record<string, readonly string[]>>;
  /** The services the crisis panel on every page names (agency ids). */
  crisisAgencies: readonly string[];
  /** Guide pages about crisis help (guide ids), saved with the essentials. */
  crisisGuides: readonly string[];
  /**
   * The directory index's files to save too (directoryOfflineFiles in search-indexes.ts): its whole
   * index while the directory is small, so services are found by name with no signal; none for a large one.
   */
  directoryIndex?: readonly string[];
}

/** Pages saved whatever the content: home, the step-by-step guide's start, its easy read start and Help now, search, kiosk, offline. */
const ESSENTIAL_PAGES = [
  'index.html',
  'easy-read/index.html',
  'easy-read/crisis/index.html',
  'help/index.html',
  'search/index.html',
  'kiosk/index.html',
  'offline/index.html',
] as const;

/** "Help now in other languages": the picker, each language's page (about 27 KB each) and their styles, reached from every page's crisis help. */
const LANGUAGE_PAGES = /^languages\/(?:[a-z0-9-]+\/)?index\.html$|^languages\.css$/;

/** The app shell: the site's own styles and scripts (their number grows with the code, not the content), icons and manifest. */
const SHELL = [
  /^_astro\/[^/]+\.(?:js|css)$/,
  /^icons\/[^/]+\.(?:png|svg)$/,
  /^favicon\.svg$/,
  /^manifest\.webmanifest$/,
  // The easy read pictures: only those the easy read pages use are built (about 165 KB).
  /^easy-read\/pictures\/[^/]+\.svg$/,
];

/**
 * Pagefind's code and the small files that describe the index; not its index chunks or per-page
 * fragments. Search runs on the page (src/islands/Search.tsx), so Pagefind's worker script is not
 * needed, and the index is English only (src/integrations/search.ts), so only the English wasm is.
 */
const SEARCH_CORE = [
  /^pagefind\/pagefind\.js$/,
  /^pagefind\/pagefind-entry\.json$/,
  /^pagefind\/wasm\.en\.pagefind$/,
  /^pagefind\/pagefind\.[^/]+\.pf_meta$/,
];

const pageFile = (path: string) => `${path}/index.html`;

/** The services (agency ids) that the tree names: outcomes' agencies and roles, "Do this first" contacts, questions' call buttons. */
export function servicesNamedByTree(tree: OfflineCopyInput['tree'], roles: OfflineCopyInput['roles']): string[] {
  const out = new Set<string>();
  const add = (idOrRole: string) => {
    const filled = roles[idOrRole];
    if (filled) for (const id of filled) out.add(id);
    else out.add(idOrRole);
  };
  for (const node of tree.nodes) {
    node.help?.forEach(add);
    node.agencies?.forEach(add);
    node.roles?.forEach(add);
    node.first?.contacts.forEach(add);
  }
  return [...out].sort();
}

/** The files to precache, sorted; only files that were built. */
export function offlineCopy(input: OfflineCopyInput): string[] {
  const built = new Set(input.files);
  const wanted = new Set<string>(ESSENTIAL_PAGES);
  for (const node of input.tree.nodes) {
    wanted.add(pageFile(`help/${node.id}`));
    wanted.add(pageFile(`easy-read/help/${node.id}`));
  }
  // The questions as data, which outcome pages read to list the answers that led to them.
  wanted.add(TREE_DATA.slice(1));
  for (const id of servicesNamedByTree(input.tree, input.roles)) wanted.add(pageFile(`services/${id}`));
  for (const id of input.crisisAgencies) wanted.add(pageFile(`services/${id}`));
  for (const id of input.crisisGuides) wanted.add(pageFile(`guide/${id}`));
  for (const file of input.directoryIndex ?? []) wanted.add(file);
  for (const file of input.files) {
    if (SHELL.some((re) => re.test(file)) || SEARCH_CORE.some((re) => re.test(file))) wanted.add(file);
    if (LANGUAGE_PAGES.test(file)) wanted.add(file);
  }
  return [...wanted].filter((f) => built.has(f)).sort();
}

/** The address a precached page answers to ("help/index.html" → "/help/"); other files keep their path. */
export function fileToUrl(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/**
 * What "Save this page for offline" stores: the page's own address (without its #fragment or
 * ?query) and the files from this site that it loaded (styles, scripts, images), once each.
 */
export function filesToSave(pageUrl: string, resourceUrls: readonly string[]): string[] {
  const page = new URL(pageUrl);
  const out = [savedPageUrl(pageUrl)];
  for (const raw of resourceUrls) {
    let u: URL;
    try {
      u = new URL(raw, page);
    } catch {
      continue;
    }
    if (u.origin !== page.origin || u.pathname === SERVICE_WORKER || !/^https?:$/.test(u.protocol)) continue;
    u.hash = '';
    if (!out.includes(u.href)) out.push(u.href);
  }
  return out;
}

/**
 * The files a built service worker saves when the guide is first opened (its precache list), read
 * from its code: each entry is written as {url:"…",revision:"…"}, with whichever quotes the minifier chose.
 */
export function precacheList(serviceWorkerCode: string): string[] {
  return [...serviceWorkerCode.matchAll(/\burl:(["'`])([^"'`]+)\1/g)].map((m) => m[2]);
}

/** A saved page's name for the list on the offline page: its <title>, without the guide's name after the dash. */
export function savedPageTitle(html: string): string {
  const m = /<title>([^<]*)<\/title>/i.exec(html);
  if (!m) return '';
  const text = m[1]
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
  return text.split(' – ')[0].trim();
}

/** Saved pages first, then visited ones, each once, in alphabetical order, leaving out the offline page itself. */
export function savedPagesInOrder(
  saved: readonly { url: string; title: string }[],
  visited: readonly { url: string; title: string }[],
  offlinePage: string,
): { url: string; title: string; saved: boolean }[] {
  const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'en-GB');
  const seen = new Set<string>([offlinePage, OFFLINE]);
  const out: { url: string; title: string; saved: boolean }[] = [];
  for (const [list, isSaved] of [
    [saved, true],
    [visited, false],
  ] as const) {
    for (const p of [...list].sort(byTitle)) {
      if (seen.has(p.url)) continue;
      seen.add(p.url);
      out.push({ ...p, saved: isSaved });
    }
  }
  return out;
}

/** A file's path as a glob pattern that matches only that file (the service worker build names its files one by one). */
export const escapeGlob = (path: string): string => path.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
