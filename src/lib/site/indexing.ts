/**
 * Which pages search engines may list, and what robots.txt says. One decision, used by the page
 * frame (the robots meta tag), the sitemap and robots.txt, so they can never disagree.
 */
import { BOOKLET, KIOSK_START, OFFLINE } from './routes.ts';

/**
 * Pages that are never listed, whatever the edition, and why:
 * - the booklet is made to be printed: as a web page it repeats every other page at once (only a
 *   build for printing has it, see booklet-build.ts, but one may still be put online);
 * - the kiosk start page is for a shared touch screen at a hub, not for someone searching;
 * - the offline page is only shown by the service worker when a page is not saved;
 * - the "page not found" page is what any wrong address returns.
 */
const NEVER_INDEXED: readonly { prefix: string; reason: string }[] = [
  { prefix: BOOKLET, reason: 'made to be printed (the booklet)' },
  { prefix: KIOSK_START, reason: 'the start page of a shared touch screen (kiosk)' },
  { prefix: OFFLINE, reason: 'shown only when a page is not saved on the device' },
  { prefix: '/404', reason: 'the "page not found" page' },
];

export interface IndexDecision {
  indexable: boolean;
  /** Why not, in words (for comments in tests and build messages). */
  reason?: string;
}

/** The path of an address or path, with a trailing slash on directory-style paths ("/help" → "/help/"). */
export function normalisePath(pathOrUrl: string): string {
  let path = pathOrUrl;
  if (/^https?:\/\//.test(pathOrUrl)) path = new URL(pathOrUrl).pathname;
  path = path.split(/[?#]/)[0] || '/';
  if (!path.startsWith('/')) path = `/${path}`;
  if (path.endsWith('/index.html')) path = path.slice(0, -'index.html'.length);
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) path = `${path}/`;
  return path;
}

/**
 * May search engines list this page? Only when the edition has a public address: an edition
 * without one is a draft (a test build or one not yet published), and a draft must never be
 * listed under whatever address it happens to be served from.
 */
export function pageIndexing(pathOrUrl: string, siteUrl: string | undefined): IndexDecision {
  if (!siteUrl)
    return { indexable: false, reason: 'the edition has no public address (site_url or SITE_URL), so it is a draft' };
  const path = normalisePath(pathOrUrl);
  const rule = NEVER_INDEXED.find(
    (r) =>
      path === r.prefix ||
      path.startsWith(r.prefix.endsWith('/') ? r.prefix : `${r.prefix}/`) ||
      path === `${r.prefix}.html`,
  );
  if (rule) return { indexable: false, reason: rule.reason };
  return { indexable: true };
}

/** The content of the robots meta tag for a page. */
export function robotsMeta(decision: IndexDecision): string {
  return decision.indexable ? 'index, follow' : 'noindex';
}

/**
 * robots.txt: with a public address, everything may be crawled and the sitemap is named; without
 * one (a draft), nothing may be crawled. The pages never listed are not disallowed here on purpose:
 * a search engine must be able to fetch them to read their noindex, or it may list the bare address.
 */
export function robotsTxt(siteUrl: string | undefined): string {
  if (!siteUrl) {
    return [
      '# This edition has no public address yet (a draft): it must not be listed by search engines.',
      'User-agent: *',
      'Disallow: /',
      '',
    ].join('\n');
  }
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL('sitemap-index.xml', siteUrl).href}`, ''].join('\n');
}

/**
 * The page's canonical address, when the edition has one. The "page not found" page has none: it
 * is served at whatever wrong address was asked for.
 */
export function canonicalUrl(pathOrUrl: string, siteUrl: string | undefined): string | undefined {
  if (!siteUrl) return undefined;
  const path = normalisePath(pathOrUrl);
  if (path === '/404/' || path === '/404.html') return undefined;
  return new URL(path.replace(/^\//, ''), siteUrl).href;
}
