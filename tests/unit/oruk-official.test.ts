/**
 * The static Open Referral UK API of both editions, checked against the official UK profile
 * (ORUK 3.0) and HSDS 3.0 schemas and OpenAPI document, vendored unchanged in
 * tests/fixtures/oruk/ (not a copy we wrote).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build-tools/content-reader.ts';
import { parseRedirectsFile, resolveRedirect } from '../../src/build-tools/host-redirects.ts';
import { agencySchema, type Agency } from '../../src/lib/content/schema.ts';
import { londonToday } from '../../src/lib/directory/hours.ts';
import {
  API_DETAILS,
  apiFiles,
  itemFile,
  NOT_PUBLISHED,
  PAGE_SIZE,
  pageFile,
  ROOT_FILE,
} from '../../src/lib/directory/oruk-api.ts';
import { serviceKey, servicesPage, toOrukService, uuidV5, type OrukService } from '../../src/lib/directory/oruk.ts';

const FIXTURES = 'tests/fixtures/oruk';
const ORUK_BASE = 'https://openreferraluk.org/specifications/3.0/schema/';
/** HSDS 3.0's schema files name each other by file name only; any base address resolves them. */
const HSDS_BASE = 'https://hsds.test/3.0/schema/';
const CONTENT_DATE = londonToday();

function schemas(dir: string, base: string): Ajv {
  // The official schemas carry their own keywords (name, core, constraints...): not strict.
  const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
  addFormats(ajv);
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'openapi.json'))
    ajv.addSchema(JSON.parse(readFileSync(join(dir, f), 'utf8')), base + f);
  return ajv;
}
const oruk = schemas(`${FIXTURES}/oruk-3.0/schema`, ORUK_BASE);
const hsds = schemas(`${FIXTURES}/hsds-3.0/schema`, HSDS_BASE);
const openapi = JSON.parse(readFileSync(`${FIXTURES}/oruk-3.0/openapi.json`, 'utf8')) as {
  info: { version: string };
  paths: Record<
    string,
    { get: { responses: { 200: { content: { 'application/json': { schema: { $ref: string } } } } } } }
  >;
};
/** The schema the OpenAPI document gives for a path's answer. */
const responseSchema = (path: string) => openapi.paths[path].get.responses[200].content['application/json'].schema.$ref;

/** The services of one edition as the build publishes them (site-data.ts orukServices). */
function editionServices(edition: string): OrukService[] {
  const { input } = readContent(process.cwd(), CONTENT_DATE);
  return input.agencies
    .filter((a) => a.edition === null || a.edition === edition)
    .map((a) => toOrukService(serviceKey(a.id, a.edition), agencySchema(CONTENT_DATE).parse(a.data) as Agency));
}
const EDITIONS = ['medway', 'bradford'] as const;
const files = Object.fromEntries(EDITIONS.map((e) => [e, apiFiles(editionServices(e))]));

/** The OpenAPI path a published file answers (its address with the id or page taken out). */
function pathOf(file: string): string {
  const rest = file.replace(/^\/open-data\//, '');
  if (rest === 'index.json') return '/';
  const [list, name] = rest.split('/');
  return name.startsWith('page-') ? `/${list}` : `/${list}/{id}`;
}

const check = (v: ValidateFunction | undefined, body: unknown, ajv: Ajv, what: string) => {
  expect(v, what).toBeDefined();
  v!(body);
  expect(ajv.errorsText(v!.errors), what).toBe('No errors');
};

describe('the static ORUK API, against the official schemas', () => {
  it('every file of both editions is valid against the UK profile schema the OpenAPI document names for it', () => {
    for (const edition of EDITIONS) {
      expect(files[edition].size, edition).toBeGreaterThan(30);
      for (const [file, body] of files[edition]) {
        const ref = responseSchema(pathOf(file));
        check(oruk.getSchema(ref), body, oruk, `${edition} ${file} (${ref})`);
      }
    }
  });

  it('the whole directory in one file (/open-data/services.json, kept for earlier links) is a valid services list', () => {
    for (const edition of EDITIONS)
      check(oruk.getSchema(`${ORUK_BASE}service_list.json`), servicesPage(editionServices(edition)), oruk, edition);
  });

  it('every single service, taxonomy and term is valid HSDS 3.0 too', () => {
    // The HSDS 3.0 schema of one item of each list.
    const hsdsFor: Record<string, string> = {
      services: 'service.json',
      taxonomies: 'taxonomy.json',
      taxonomy_terms: 'taxonomy_term.json',
    };
    for (const edition of EDITIONS)
      for (const [file, body] of files[edition]) {
        const path = pathOf(file);
        const name = path.endsWith('{id}') ? hsdsFor[path.split('/')[1]] : undefined;
        if (name) check(hsds.getSchema(HSDS_BASE + name), body, hsds, `${edition} ${file} (HSDS ${name})`);
      }
  });

  it('the schemas can fail: a service without a status, or with an id that is not a UUID, is refused', () => {
    const [s] = editionServices('medway');
    const v = oruk.getSchema(`${ORUK_BASE}service.json`)!;
    expect(v({ ...s, status: undefined })).toBe(false);
    expect(v({ ...s, id: 'samaritans' })).toBe(false);
  });

  it('publishes every path the OpenAPI document names, or says why not', () => {
    for (const path of Object.keys(openapi.paths)) {
      if (NOT_PUBLISHED[path]) continue;
      for (const edition of EDITIONS) {
        const published = [...files[edition].keys()].filter((f) => pathOf(f) === path);
        expect(published.length, `${edition}: ${path}`).toBeGreaterThan(0);
      }
    }
    for (const path of Object.keys(NOT_PUBLISHED)) expect(Object.keys(openapi.paths)).toContain(path);
  });

  it('the root says which version of the standard and which OpenAPI document, as the validator reads them', () => {
    expect(files.medway.get(ROOT_FILE)).toEqual(API_DETAILS);
    expect(API_DETAILS.version).toBe(openapi.info.version);
    expect(API_DETAILS.openapi_url).toBe('https://openreferraluk.org/specifications/3.0/openapi.json');
  });
});

describe('the services list, paged', () => {
  it('pages at the fixed size, with totals, and list items without nested lists', () => {
    for (const edition of EDITIONS) {
      const count = editionServices(edition).length;
      const total = Math.ceil(count / PAGE_SIZE);
      expect(total, edition).toBeGreaterThan(1);
      const seen: string[] = [];
      for (let n = 1; n <= total; n++) {
        const page = files[edition].get(pageFile('services', n)) as {
          page_number: number;
          total_pages: number;
          total_items: number;
          size: number;
          first_page: boolean;
          last_page: boolean;
          contents: Record<string, unknown>[];
        };
        expect(page, `${edition} page ${n}`).toBeDefined();
        expect(page).toMatchObject({ page_number: n, total_pages: total, total_items: count });
        expect(page.first_page).toBe(n === 1);
        expect(page.last_page).toBe(n === total);
        expect(page.size).toBe(page.contents.length);
        expect(page.contents.length).toBeLessThanOrEqual(PAGE_SIZE);
        for (const item of page.contents) {
          expect(Object.values(item).some(Array.isArray), `${item.name}`).toBe(false);
          expect(item.organization_id).toMatch(/^[0-9a-f-]{36}$/);
          seen.push(item.id as string);
          expect(files[edition].has(itemFile('services', item.id as string))).toBe(true);
        }
      }
      expect(files[edition].has(pageFile('services', total + 1))).toBe(false);
      expect(new Set(seen).size).toBe(count);
    }
  });

  it('the page size the docs state is the one the build uses', () => {
    expect(readFileSync('docs/deploy.md', 'utf8')).toContain(`**${PAGE_SIZE} a page**`);
  });
});

describe('the UK profile fields', () => {
  const medway = editionServices('medway');
  const byName = (name: string) => medway.find((s) => s.name === name)!;

  it('publishes each phone in the service (HSDS 3.0) and in a contact, linked by contact_id (UK profile)', () => {
    const s = byName('Samaritans');
    expect(s.phones.length).toBeGreaterThan(0);
    expect(s.contacts).toHaveLength(1);
    expect(s.contacts[0].phones).toEqual(s.phones);
    for (const p of s.phones) expect(p).toMatchObject({ contact_id: s.contacts[0].id, service_id: s.id });
  });

  it('gives the service area, the organisation id, and attributes linked to the service', () => {
    for (const s of medway) {
      expect(s.service_areas[0].service_area).toBe(s.service_areas[0].name);
      expect(s.organization_id).toBe(s.organization.id);
      for (const a of s.attributes)
        expect(a).toMatchObject({ link_id: s.id, link_entity: 'service', taxonomy_term_id: a.taxonomy_term.id });
    }
  });

  it('makes up no description for an organisation (the content gives only its name)', () => {
    for (const s of medway) expect(s.organization.description).toBe('');
  });

  it('every taxonomy term the services use is in /taxonomy_terms, with its taxonomy in /taxonomies', () => {
    const terms = new Map(
      [...files.medway]
        .filter(([f]) => pathOf(f) === '/taxonomy_terms/{id}')
        .map(([, t]) => [(t as { id: string }).id, t as { taxonomy_id: string }]),
    );
    for (const s of medway)
      for (const a of s.attributes) {
        expect(terms.get(a.taxonomy_term_id), a.value).toBeDefined();
        expect(files.medway.has(itemFile('taxonomies', terms.get(a.taxonomy_term_id)!.taxonomy_id))).toBe(true);
      }
  });
});

describe('stable ids', () => {
  it('are RFC 4122 version 5 UUIDs that any tool can work out again, and never change', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    // uuid5(uuid5(NAMESPACE_URL, 'housing-mental-health-guide:open-data'), 'service/samaritans'): Samaritans' id, for good.
    const samaritans = editionServices('medway').find((s) => s.name === 'Samaritans')!;
    expect(samaritans.id).toBe('6105284f-a31f-5c50-970e-3b62b671d5b7');
  });

  it('a national service has the same ids in every edition', () => {
    const [m, b] = EDITIONS.map((e) => editionServices(e).find((s) => s.name === 'Samaritans')!);
    expect(m.id).toBe(b.id);
    expect(m.phones.map((p) => p.id)).toEqual(b.phones.map((p) => p.id));
  });

  it('ids come from the file, not the build: building again gives the same ids, and no two services share one', () => {
    for (const edition of EDITIONS) {
      const once = editionServices(edition).map((s) => s.id);
      expect(editionServices(edition).map((s) => s.id)).toEqual(once);
      expect(new Set(once).size).toBe(once.length);
    }
    // The id is a version 5 UUID.
    expect(editionServices('medway')[0].id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('the host settings for Netlify-style hosts (public/_redirects)', () => {
  const rules = parseRedirectsFile(readFileSync('public/_redirects', 'utf8'));
  const medway = files.medway;
  const exists = (p: string) => medway.has(p);
  const [service] = editionServices('medway');
  const taxonomyId = (medway.get('/open-data/taxonomies/page-1.json') as { contents: { id: string }[] }).contents[0].id;
  const termId = (medway.get('/open-data/taxonomy_terms/page-1.json') as { contents: { id: string }[] }).contents[0].id;

  it.each([
    ['/open-data/', '/open-data/index.json'],
    ['/open-data', '/open-data/index.json'],
    ['/open-data/services', '/open-data/services/page-1.json'],
    ['/open-data/services/', '/open-data/services/page-1.json'],
    ['/open-data/services?page=1', '/open-data/services/page-1.json'],
    ['/open-data/services?page=2&per_page=5', '/open-data/services/page-2.json'],
    [`/open-data/services/${service.id}`, `/open-data/services/${service.id}.json`],
    ['/open-data/services/page-2.json', '/open-data/services/page-2.json'],
    ['/open-data/taxonomies', '/open-data/taxonomies/page-1.json'],
    [`/open-data/taxonomies/${taxonomyId}`, `/open-data/taxonomies/${taxonomyId}.json`],
    ['/open-data/taxonomy_terms?page=1', '/open-data/taxonomy_terms/page-1.json'],
    [`/open-data/taxonomy_terms/${termId}`, `/open-data/taxonomy_terms/${termId}.json`],
  ])('%s is answered by %s', (address, file) => {
    const to = resolveRedirect(rules, address, exists);
    expect(to).toEqual({ path: file, status: 200 });
    expect(exists(to.path), to.path).toBe(true);
  });

  it('every address the OpenAPI document names that the site publishes has a rule', () => {
    const firstId = (list: string) =>
      (medway.get(`/open-data/${list}/page-1.json`) as { contents: { id: string }[] }).contents[0].id;
    for (const path of Object.keys(openapi.paths).filter((p) => !NOT_PUBLISHED[p])) {
      const list = path.split('/')[1];
      const address = `/open-data${path.replace('{id}', () => firstId(list))}`;
      expect(exists(resolveRedirect(rules, address, exists).path), address).toBe(true);
    }
  });
});
