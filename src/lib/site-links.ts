/**
 * The pages the build makes, worked out from the content, and whether a link on this site
 * leads to one of them (and to an id on it). Used before the build (links in guide pages and
 * YAML) and after it (every link in every built page).
 */
import {
  BOOKLET,
  BOOKLET_LARGE_PRINT,
  DIRECTORY,
  FLOWCHART,
  HELP,
  KIOSK_START,
  OFFLINE,
  SEARCH,
  TOPICS,
  agencyHref,
  categoryHref,
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
  agencies: readonly string[];
  treeNodes: readonly string[];
  topics: readonly string[];
  categories: readonly string[];
}

const FIXED_PAGES = ['/', SEARCH, HELP, FLOWCHART, TOPICS, DIRECTORY, BOOKLET, BOOKLET_LARGE_PRINT, KIOSK_START, OFFLINE];

export function sitePages(c: SiteContent): SitePages {
  const pages: SitePages = new Map();
  for (const p of FIXED_PAGES) pages.set(p, null);
  for (const g of c.guides) pages.set(guideHref(g.id), new Set([...LAYOUT_IDS, ...GUIDE_PAGE_IDS, ...g.headingIds]));
  for (const id of c.agencies) pages.set(agencyHref(id), null);
  for (const id of c.treeNodes) pages.set(helpNode(id), null);
  for (const id of c.topics) pages.set(topicHref(id), null);
  for (const id of c.categories) pages.set(categoryHref(id), null);
  return pages;
}

/**
 * Why a link on this site (a path starting with /, or #id) leads nowhere, or null when it is fine.
 * `from` is the path of the page the link is on, for links to #ids on the same page.
 */
export function internalLinkProblem(url: string, pages: SitePages, from: string, files: ReadonlySet<string> = new Set()): string | null {
  const hashAt = url.indexOf('#');
  const rawPath = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : decodeURIComponent(url.slice(hashAt + 1));
  const path = (rawPath || from).split('?')[0];
  if (files.has(path)) return null;
  if (!pages.has(path)) {
    const withSlash = path.endsWith('/') ? null : `${path}/`;
    if (withSlash && pages.has(withSlash)) return `the link "${url}" needs a / at the end of the path. Fix: write ${withSlash}${hash ? `#${hash}` : ''}.`;
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
