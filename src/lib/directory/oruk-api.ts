/**
 * The static Open Referral UK API: which files the build writes under /open-data/, and which
 * address of the standard's API each one answers. A static host cannot read `?page=` or add
 * `.json`, so the host settings (public/_redirects, deploy/Caddyfile, deploy/nginx.conf) map
 * the standard's addresses to these files. See docs/deploy.md and docs/decisions/0014-static-oruk-api.md.
 */
import {
  CATEGORY_TAXONOMY_RECORD,
  categoryTerm,
  listItem,
  pageCount,
  pageOf,
  type OrukPage,
  type OrukService,
  type OrukServiceListItem,
  type OrukTaxonomyTerm,
} from './oruk.ts';
import { CATEGORY_IDS } from '../taxonomy.ts';

/** Where the API lives on the site: the standard's `/` is this address. */
export const OPEN_DATA_BASE = '/open-data/';

/** Items on each page of a list. Fixed: a `per_page` in the address is ignored. */
export const PAGE_SIZE = 20;

/** What the standard's `GET /` returns: the version of the standard and its OpenAPI document. */
export const API_DETAILS = {
  version: 'HSDS-UK-3.0',
  profile: 'https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md',
  openapi_url: 'https://openreferraluk.org/specifications/3.0/openapi.json',
} as const;

/**
 * The paths of the standard's OpenAPI document that the site does not publish, and why. A test
 * checks that every other path it names has a file.
 */
export const NOT_PUBLISHED: Record<string, string> = {
  '/organizations':
    'The guide records only an organisation’s name, and the standard requires a description; services carry organization_id and the name.',
  '/organizations/{id}': 'As /organizations.',
  '/service_at_locations':
    'Few services have a walk-in address; each service lists its locations in service_at_locations.',
  '/service_at_locations/{id}': 'As /service_at_locations.',
};

/** The lists the API publishes: each paged as `<list>/page-<n>.json`, with `<list>/<id>.json` per item. */
type List = 'services' | 'taxonomies' | 'taxonomy_terms';

/** The file (under the site's root) that answers the standard's `GET /`. */
export const ROOT_FILE = `${OPEN_DATA_BASE}index.json`;
/** The file that answers `GET /<list>?page=<n>`. */
export const pageFile = (list: List, n: number): string => `${OPEN_DATA_BASE}${list}/page-${n}.json`;
/** The file that answers `GET /<list>/<id>`. */
export const itemFile = (list: List, id: string): string => `${OPEN_DATA_BASE}${list}/${id}.json`;

/** Every page of a list at PAGE_SIZE (a list with no items still has its empty page 1). */
function pages<T>(all: T[]): OrukPage<T>[] {
  return Array.from({ length: pageCount(all.length, PAGE_SIZE) }, (_, i) => pageOf(all, i + 1, PAGE_SIZE));
}

/** The whole static API for the services of one edition: each file's address and its body. */
export function apiFiles(services: OrukService[]): Map<string, unknown> {
  const files = new Map<string, unknown>();
  files.set(ROOT_FILE, API_DETAILS);
  const items: OrukServiceListItem[] = services.map(listItem);
  for (const p of pages(items)) files.set(pageFile('services', p.page_number), p);
  for (const s of services) files.set(itemFile('services', s.id), s);
  const terms: OrukTaxonomyTerm[] = CATEGORY_IDS.map(categoryTerm);
  for (const p of pages([CATEGORY_TAXONOMY_RECORD])) files.set(pageFile('taxonomies', p.page_number), p);
  files.set(itemFile('taxonomies', CATEGORY_TAXONOMY_RECORD.id), CATEGORY_TAXONOMY_RECORD);
  for (const p of pages(terms)) files.set(pageFile('taxonomy_terms', p.page_number), p);
  for (const t of terms) files.set(itemFile('taxonomy_terms', t.id), t);
  return files;
}
