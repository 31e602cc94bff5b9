/**
 * The pages the build makes, worked out from the content, and whether a link on this site
 * leads to one of them (and to an id on it). The content check uses it before the build, on every
 * link in guide pages and YAML (src/lib/content/content-rules.ts), so a link to a page the site does not
 * have stops the build. The directory's pages are worked out as the directory pages themselves
 * split them (lib/directory/directory.ts): a category's page 2 on, and the A to Z letter pages when
 * the list is too long for the directory page. The booklet's print pages are not the site's: only
 * a build for printing makes them (src/build-tools/booklet-build.ts), so nothing may link to them.
 */
import {
  AZ_PAGE_SIZE,
  CATEGORY_PAGE_SIZE,
  azView,
  directoryCategories,
  directoryView,
  type DirectoryItem,
} from '../directory/directory.ts';
import {
  DIRECTORY,
  FLOWCHART,
  HELP,
  KIOSK_START,
  OFFLINE,
  SEARCH,
  TOPICS,
  agencyHref,
  guideHref,
  helpNode,
  topicHref,
} from './routes.ts';

/** Ids every page has, from the page layout. */
export const LAYOUT_IDS = ['main', 'site-menu'] as const;
/** Ids a guide page has besides its headings, from the guide page template. */
export const GUIDE_PAGE_IDS = ['who-can-help', 'sources-title'] as const;

/** Page path -> the ids on it, or null when they are only known once the page is built. */
export type SitePages = Map<string, ReadonlySet<string> | null>;

export interface SiteContent {
  guides: { id: string; headingIds: readonly string[] }[];
  /** Every service of the edition (national and its own), as the directory lists them. */
  services: readonly DirectoryItem[];
  treeNodes: readonly string[];
  topics: readonly string[];
}

const FIXED_PAGES = ['/', SEARCH, HELP, FLOWCHART, TOPICS, DIRECTORY, KIOSK_START, OFFLINE];

/** Every directory page: each category's pages, and each A to Z letter's pages when they have their own. */
export function directoryPages(services: readonly DirectoryItem[]): string[] {
  const out: string[] = [];
  for (const c of directoryCategories(services))
    out.push(...directoryView(services, c.id, CATEGORY_PAGE_SIZE).pages.map((p) => p.href));
  const az = azView(services, AZ_PAGE_SIZE);
  if (!az.onOnePage) for (const letter of az.letters) out.push(...letter.pages.map((p) => p.href));
  return out;
}

export function sitePages(c: SiteContent): SitePages {
  const pages: SitePages = new Map();
  for (const p of FIXED_PAGES) pages.set(p, null);
  for (const g of c.guides) pages.set(guideHref(g.id), new Set([...LAYOUT_IDS, ...GUIDE_PAGE_IDS, ...g.headingIds]));
  for (const s of c.services) pages.set(agencyHref(s.id), null);
  for (const id of c.treeNodes) pages.set(helpNode(id), null);
  for (const id of c.topics) pages.set(topicHref(id), null);
  for (const href of directoryPages(c.services)) pages.set(href, null);
  return pages;
}

/**
 * Why a link on this site (a path starting with /, or #id) leads nowhere, or null when it is fine.
 * `from` is the path of the page the link is on, for links to #ids on the same page.
 */
export function internalLinkProblem(
  url: string,
  pages: SitePages,
  from: string,
  files: ReadonlySet<string> = new Set(),
): string | null {
  const hashAt = url.indexOf('#');
  const rawPath = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : decodeURIComponent(url.slice(hashAt + 1));
  const path = (rawPath || from).split('?')[0];
  if (files.has(path)) return null;
  if (!pages.has(path)) {
    const withSlash = path.endsWith('/') ? null : `${path}/`;
    if (withSlash && pages.has(withSlash))
      return `the link "${url}" needs a / at the end of the path. Fix: write ${withSlash}${hash ? `#${hash}` : ''}.`;
    const near = nearest(path, [...pages.keys()]);
    return `the link "${url}" goes to a page the site does not have. Fix: ${near ? `did you mean ${near}? ` : ''}link to an existing page, for example /guide/<file name>/ or /services/<file name>/.`;
  }
  if (!hash) return null;
  const ids = pages.get(path);
  if (ids && !ids.has(hash)) {
    const list = [...ids].filter((i) => !(LAYOUT_IDS as readonly string[]).includes(i));
    return `the link "${url}" goes to #${hash}, which is not on ${path}. Fix: use one of its headings' ids (${list.join(', ') || 'none'}), or link to the page without #.`;
  }
  return null;
}

function nearest(path: string, candidates: string[]): string | null {
  const section = path.split('/')[1];
  const last = path.split('/').filter(Boolean).pop() ?? '';
  const same = candidates.filter((c) => c.split('/')[1] === section);
  const hit = same.find((c) => last && (c.includes(last) || last.includes(c.split('/').filter(Boolean).pop() ?? '\0')));
  return hit ?? null;
}
