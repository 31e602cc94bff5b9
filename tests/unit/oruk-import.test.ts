/**
 * Importing real Open Referral UK feeds: the six official example files (vendored unchanged in
 * tests/fixtures/oruk/), a feed read page by page with each service in full, and the round trip
 * from the guide's own open data back into an edition.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readContent } from '../../src/build-tools/content-reader.ts';
import { checkContent, formatProblem } from '../../src/lib/content/content-rules.ts';
import { agencySchema, type Agency } from '../../src/lib/content/schema.ts';
import { londonToday } from '../../src/lib/directory/hours.ts';
import { draftEdition, importFeed, readFeed, type PreviousFile } from '../../src/lib/directory/oruk-import.ts';
import { listItem, serviceKey, servicesPage, stableUuid, toOrukService } from '../../src/lib/directory/oruk.ts';

const TODAY = londonToday();
const FEED_URL = 'https://feed.example.org/api/services';
const FIX = 'tests/fixtures/oruk';
const json = (path: string) => JSON.parse(readFileSync(`${FIX}/${path}`, 'utf8'));
const OFFICIAL = {
  'ORUK 3.0 service_full': 'oruk-3.0/examples/service_full.json',
  'ORUK 3.0 service_list': 'oruk-3.0/examples/service_list.json',
  'HSDS 3.0 service_full': 'hsds-3.0/examples/service_full.json',
  'HSDS 3.0 service_list': 'hsds-3.0/examples/service_list.json',
  'HSDS 3.0 service_at_location_list': 'hsds-3.0/examples/service_at_location_list.json',
  "the validator's 128-item list": 'validator/service_list_data.json',
} as const;
/** The decision tree's outcomes, which a new edition's draft local.yaml lists. */
const OUTCOMES = (
  (readContent(process.cwd(), TODAY).input.tree?.data as { nodes?: { id: string; type: string }[] } | undefined)
    ?.nodes ?? []
)
  .filter((n) => n.type === 'outcome')
  .map((n) => n.id);
const importOne = (feed: unknown) =>
  importFeed(feed, { feedUrl: FEED_URL, today: TODAY, defaultCategory: 'mental-health' });

describe('the official example feeds', () => {
  for (const [label, path] of Object.entries(OFFICIAL)) {
    it(`${label} imports, keeping the feed's id, name and description`, () => {
      const { agencies } = importOne(json(path));
      expect(agencies).toHaveLength(1);
      expect(agencies[0].data).toMatchObject({
        feed_id: 'ac148810-d857-441c-9679-408f346de14b',
        name: 'Community Counselling',
        description: expect.stringMatching(/^Counselling Services provided by trained professionals/),
        minimum_age: 12,
        maximum_age: 100,
        fees: expect.any(String),
        sources: [{ url: FEED_URL, checked: TODAY }],
        last_verified: TODAY,
      });
      // An http:// address loses the link, never the service, and the report says so.
      expect(agencies[0].data).not.toHaveProperty('url');
    });
  }

  it('HSDS 3.0 service_full keeps phones, the address, access notes, languages, contacts and the dated schedule', () => {
    const { agencies, dropped } = importOne(json(OFFICIAL['HSDS 3.0 service_full']));
    const a = agencySchema(TODAY).parse(agencies[0].data);
    expect(a.phones).toEqual([
      expect.objectContaining({
        number: '01234 234567',
        type: 'voice',
        description: expect.stringMatching(/extension 100\.$/),
      }),
    ]);
    expect(a.physical_address).toMatchObject({
      address_1: '1-30 Main Street',
      address_2: 'MyVillage',
      city: 'MyCity',
      accessibility: expect.stringMatching(/^The building is equipped with induction loops/),
    });
    expect(a.languages).toEqual(['Urdu']);
    expect(a.alternate_names).toEqual(['MyCity Counselling Services']);
    expect(a.contacts).toEqual([
      { name: 'Ann Persona', title: 'Reception Manager', department: 'Reception', email: 'email@example.com' },
    ]);
    expect(a.fees).toMatch(/^Non-NHS patients are expected to pay/);
    // WEEKLY on TH,FR with bymonthday 2,3,4, valid on 1 January 2005 only: kept whole, so it is never "open now".
    expect(a.hours?.regular_schedule).toEqual([
      {
        byday: ['TH', 'FR'],
        days_of_month: [2, 3, 4],
        valid_from: '2005-01-01',
        valid_to: '2005-01-01',
        opens_at: '10:00',
        closes_at: '18:00',
      },
    ]);
    // The report lists what else was dropped, and why.
    const notes = dropped[0].notes.join('\n');
    for (const field of [
      'accreditations',
      'alert',
      'funding',
      'cost_options',
      'program',
      'metadata',
      'wait_time',
      'schedules[0].attending_type',
      'url: "http://example.com/counselling" is not a secure',
      'organization.website',
      'address.postal_code: "ABC 1234" is not a UK postcode',
      'address.latitude/longitude: 100, 101 is not a place in the UK',
      'organization: description, email, logo, uri',
      'attributes: "name" is not a directory category',
      "service_at_locations: the place's name, alternate_name, description, transportation, external_identifier dropped",
    ])
      expect(notes).toContain(field);
  });

  it('takes the numbers of the places a service is given at too, each number once', () => {
    const feed = json(OFFICIAL['HSDS 3.0 service_full']);
    feed.phones = [];
    feed.contacts = [];
    const { agencies, dropped } = importOne(feed);
    expect((agencies[0].data.phones as { number: string }[]).map((p) => p.number)).toEqual(['01234 234567']);
    expect(dropped[0].notes.join('\n')).toContain("service_at_locations: a place's own opening times are dropped");
  });

  it("keeps a walk-in address's coordinates when they are a place in the UK", () => {
    const feed = json(OFFICIAL['HSDS 3.0 service_full']);
    Object.assign(feed.service_at_locations[0].location, { latitude: 51.3819, longitude: 0.5221 });
    const { agencies } = importOne(feed);
    expect(agencies[0].data.physical_address).toMatchObject({ latitude: 51.3819, longitude: 0.5221 });
  });

  it("the validator's list repeats one id 128 times: one service is kept, and the repeats are one line of the report", () => {
    const { agencies, leftOut } = importOne(json(OFFICIAL["the validator's 128-item list"]));
    expect(agencies).toHaveLength(1);
    expect(leftOut).toEqual([
      {
        name: '127 more with the id ac148810-d857-441c-9679-408f346de14b',
        reasons: [expect.stringMatching(/gives this id to 128 services; only the first is imported/)],
      },
    ]);
  });
});

const service = (over: Record<string, unknown>) => ({
  id: '0f2b8f9e-3c1d-4b6a-9e8f-1a2b3c4d5e6f',
  name: 'Example Drop-in',
  description: 'A place to talk about housing worries.',
  status: 'active',
  organization: { name: 'Example Trust' },
  ...over,
});

describe('what a feed gives, and what it does not', () => {
  it('leaves out defunct and inactive services with the reason, and keeps an active one', () => {
    const feed = [
      service({ name: 'Closed Service', id: '1f2b8f9e-3c1d-4b6a-9e8f-1a2b3c4d5e6f', status: 'defunct' }),
      service({ name: 'Paused Service', id: '2f2b8f9e-3c1d-4b6a-9e8f-1a2b3c4d5e6f', status: 'inactive' }),
      service({}),
    ];
    const { agencies, leftOut } = importOne(feed);
    expect(agencies.map((a) => a.name)).toEqual(['Example Drop-in']);
    expect(leftOut).toEqual([
      { name: 'Closed Service', reasons: ['status: the feed says this service is defunct, so it is not imported.'] },
      { name: 'Paused Service', reasons: ['status: the feed says this service is inactive, so it is not imported.'] },
    ]);
  });

  it('says when a service the edition already has is now closed in the feed, naming its file', () => {
    const closed = service({ status: 'defunct' });
    const { leftOut } = importFeed([closed], {
      feedUrl: FEED_URL,
      today: TODAY,
      previous: [{ id: 'example-drop-in', data: { name: 'Example Drop-in' }, publishedId: String(closed.id) }],
    });
    expect(leftOut).toEqual([
      {
        name: 'Example Drop-in',
        reasons: [
          expect.stringMatching(
            /is defunct, so it is not imported\. The edition still has it \(example-drop-in\.yaml\)\. Fix: /,
          ),
        ],
      },
    ]);
  });

  it('keeps a list item with no service area and a monthly schedule ("2nd and 4th Thursday")', () => {
    const { agencies, leftOut } = importOne([
      service({
        url: 'http://example.org/drop-in',
        schedules: [{ freq: 'MONTHLY', byday: '2TH,4TH', opens_at: '10:00:00', closes_at: '14:00:00' }],
      }),
    ]);
    expect(leftOut).toEqual([]);
    const a = agencySchema(TODAY).parse(agencies[0].data);
    expect(a.service_area).toBeUndefined();
    expect(a.url).toBeUndefined();
    expect(a.hours?.regular_schedule).toEqual([
      { byday: ['TH'], weeks_of_month: [2, 4], opens_at: '10:00', closes_at: '14:00' },
    ]);
    // And it goes out again as the same monthly rule.
    expect(toOrukService('x', a).schedules[0]).toMatchObject({ freq: 'MONTHLY', byday: '2TH,4TH' });
  });

  it('reads a row that closes at midnight (00:00 or 24:00) as open until the end of the day', () => {
    const { agencies } = importOne([
      service({
        service_areas: [{ name: 'Medway' }],
        schedules: [
          { freq: 'WEEKLY', byday: 'FR', opens_at: '18:00:00', closes_at: '00:00:00' },
          { freq: 'WEEKLY', byday: 'SA', opens_at: '18:00', closes_at: '24:00' },
        ],
      }),
    ]);
    expect(agencySchema(TODAY).parse(agencies[0].data).hours?.regular_schedule).toEqual([
      { byday: ['FR'], opens_at: '18:00', closes_at: '23:59' },
      { byday: ['SA'], opens_at: '18:00', closes_at: '23:59' },
    ]);
  });

  it('follows total_pages and fetches each service in full when the list gives summaries', async () => {
    const summary = (n: number) => ({
      ...service({ id: `${n}f2b8f9e-3c1d-4b6a-9e8f-1a2b3c4d5e6f`, name: `Service ${n}` }),
    });
    const pages: Record<string, unknown> = {
      [FEED_URL]: { total_pages: 2, page_number: 1, contents: [summary(1)] },
      [`${FEED_URL}?page=2`]: { total_pages: 2, page_number: 2, contents: [summary(2)] },
    };
    for (const n of [1, 2])
      pages[`${FEED_URL}/${n}f2b8f9e-3c1d-4b6a-9e8f-1a2b3c4d5e6f`] = {
        ...summary(n),
        phones: [{ number: '01634 333333' }],
        service_areas: [{ service_area: 'Medway' }],
      };
    const asked: string[] = [];
    const { services, notes } = await readFeed(FEED_URL, async (url) => {
      asked.push(url);
      if (!(url in pages)) throw new Error('HTTP 404');
      return pages[url];
    });
    expect(notes).toEqual([]);
    expect(asked).toContain(`${FEED_URL}?page=2`);
    const { agencies } = importOne(services);
    expect(
      agencies.map((a) => [a.name, a.data.service_area, (a.data.phones as { number: string }[])[0].number]),
    ).toEqual([
      ['Service 1', 'Medway', '01634 333333'],
      ['Service 2', 'Medway', '01634 333333'],
    ]);
  });
});

describe('reading a large feed', () => {
  it('asks for services in full a few at a time, and keeps the feed order', async () => {
    const ids = Array.from({ length: 12 }, (_, n) => `${n.toString(16)}f2b8f9e-3c1d-4b6a-9e8f-1a2b3c4d5e6f`);
    let inFlight = 0;
    let most = 0;
    const { services } = await readFeed(FEED_URL, async (url) => {
      if (url === FEED_URL) return { total_pages: 1, contents: ids.map((id, n) => service({ id, name: `S${n}` })) };
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setImmediate(r));
      inFlight--;
      const id = url.split('/').pop()!;
      return { ...service({ id, name: `S${ids.indexOf(id)}` }), phones: [] };
    });
    expect(most).toBeLessThanOrEqual(4);
    expect(services.map((x) => (x as { name: string }).name)).toEqual(ids.map((_, n) => `S${n}`));
  });
});

describe('a draft edition', () => {
  it('fills a role from the imported services where one category says what it is, and a national service otherwise', () => {
    const draft = draftEdition({
      edition: 'exampleton',
      name: 'Exampleton',
      council: 'Exampleton Council',
      today: TODAY,
      agencies: [
        { id: 'exampleton-refuge', data: { categories: ['domestic-abuse'] } },
        { id: 'exampleton-pantry', data: { categories: ['food-and-essentials', 'advice-and-money'] } },
      ],
      outcomes: ['nowhere-tonight'],
    });
    const roles = parse(draft.text).roles;
    expect(roles['domestic-abuse']).toEqual(['exampleton-refuge']);
    expect(roles['food-help']).toEqual(['exampleton-pantry']);
    expect(roles['advice-service']).toEqual(['exampleton-pantry']);
    expect(roles['mental-health-crisis']).toEqual(['nhs-111-mental-health']);
    expect(draft.fallbacks).not.toContain('domestic-abuse');
    expect(draft.text).toMatch(/mental-health-crisis: \[nhs-111-mental-health\] # national fallback/);
    expect(parse(draft.local).without_local_number).toEqual({
      'nowhere-tonight': expect.stringMatching(/^This edition is new/),
    });
  });
});

describe('round trip and re-import', { timeout: 60_000 }, () => {
  const { input } = readContent(process.cwd(), TODAY);
  const medway = input.agencies
    .filter((a) => a.edition === 'medway')
    .map((a) => ({
      id: a.id,
      raw: a.data as Record<string, unknown>,
      data: agencySchema(TODAY).parse(a.data) as Agency,
    }));
  const national = input.agencies
    .filter((a) => a.edition === null)
    .map((a) => ({ id: a.id, name: String((a.data as { name: string }).name) }));
  const exported = medway.map((a) => toOrukService(serviceKey(a.id, 'medway'), a.data));
  const previous: PreviousFile[] = medway.map((a) => ({
    id: a.id,
    data: a.raw,
    publishedId: stableUuid(`service/${serviceKey(a.id, 'medway')}`),
  }));

  it('export then import into the same edition keeps ids, file names, alternate names, what to expect and sources', () => {
    const feed = JSON.parse(JSON.stringify(servicesPage(exported)));
    const { agencies, leftOut } = importFeed(feed, { feedUrl: FEED_URL, today: TODAY, existing: national, previous });
    expect(leftOut).toEqual([]);
    expect(agencies.map((a) => a.id).sort()).toEqual(medway.map((a) => a.id).sort());
    expect(agencies.every((a) => a.updated)).toBe(true);
    for (const a of agencies) {
      const before = medway.find((m) => m.id === a.id)!;
      const after = agencySchema(TODAY).parse(a.data);
      expect(after.alternate_names).toEqual(before.data.alternate_names);
      expect(after.what_to_expect).toEqual(before.data.what_to_expect);
      // Every original source stays; the feed is added as one more, read today.
      expect(after.sources.slice(0, before.data.sources.length)).toEqual(before.data.sources);
      // The open data gives it the same id again.
      expect(toOrukService(serviceKey(a.id, 'medway'), after).id).toBe(
        exported.find((e) => e.name === before.data.name)!.id,
      );
    }
  });

  it('an imported service goes out again valid against the official schemas (UK profile and HSDS 3.0), with its new facts', () => {
    const schemas = (dir: string, base: string) => {
      const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
      addFormats(ajv);
      for (const f of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'openapi.json'))
        ajv.addSchema(JSON.parse(readFileSync(join(dir, f), 'utf8')), base + f);
      return ajv;
    };
    const ORUK = 'https://openreferraluk.org/specifications/3.0/schema/';
    const HSDS = 'https://hsds.test/3.0/schema/';
    const oruk = schemas(`${FIX}/oruk-3.0/schema`, ORUK);
    const hsds = schemas(`${FIX}/hsds-3.0/schema`, HSDS);
    const feed = json(OFFICIAL['HSDS 3.0 service_full']);
    Object.assign(feed.service_at_locations[0].location, { latitude: 51.3819, longitude: 0.5221 });
    feed.schedules.push({ freq: 'MONTHLY', byday: '2TH,4TH', opens_at: '10:00', closes_at: '14:00' });
    const a = agencySchema(TODAY).parse(importOne(feed).agencies[0].data);
    const out = toOrukService('community-counselling', a);
    const valid = (v: ReturnType<Ajv['getSchema']>, data: unknown) => {
      expect(v!(data), JSON.stringify(v!.errors)).toBe(true);
    };
    valid(oruk.getSchema(`${ORUK}service.json`), out);
    valid(hsds.getSchema(`${HSDS}service.json`), out);
    valid(oruk.getSchema(`${ORUK}service_list.json`), servicesPage([listItem(out)]));
    expect(out).toMatchObject({
      id: 'ac148810-d857-441c-9679-408f346de14b',
      minimum_age: 12,
      maximum_age: 100,
      languages: [{ name: 'Urdu' }],
      organization: { name: 'Example Organization Inc.' },
      schedules: [
        { bymonthday: '2,3,4', valid_from: '2005-01-01', valid_to: '2005-01-01' },
        { freq: 'MONTHLY', byday: '2TH,4TH' },
      ],
      contacts: expect.arrayContaining([expect.objectContaining({ name: 'Ann Persona' })]),
    });
    expect(out.service_at_locations[0].location).toMatchObject({
      latitude: 51.3819,
      longitude: 0.5221,
      accessibility: [{ description: expect.stringMatching(/^The building is equipped with induction loops/) }],
    });
  });

  it('importing into a new edition writes a draft edition.yaml, and every edition still passes the content check', () => {
    const root = mkdtempSync(join(tmpdir(), 'guide-new-edition-'));
    cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
    const dir = join(root, 'content', 'editions', 'exampleton');
    mkdirSync(join(dir, 'agencies'), { recursive: true });
    const { agencies } = importOne(json(OFFICIAL['HSDS 3.0 service_full']));
    for (const a of agencies) writeFileSync(join(dir, 'agencies', `${a.id}.yaml`), stringify(a.data));
    const draft = draftEdition({
      edition: 'exampleton',
      name: 'Exampleton',
      council: 'Exampleton Council',
      today: TODAY,
      agencies,
      outcomes: OUTCOMES,
    });
    writeFileSync(join(dir, 'edition.yaml'), draft.text);
    writeFileSync(join(dir, 'local.yaml'), draft.local);
    expect(parse(draft.text).roles['council-housing-options']).toEqual(['citizens-advice-adviceline']);
    expect(draft.fallbacks).toContain('council-housing-options');
    const { input: copy, readErrors } = readContent(root, TODAY);
    expect(readErrors).toEqual([]);
    expect(copy.editions.map((e) => e.id)).toContain('exampleton');
    expect(checkContent(copy).map(formatProblem)).toEqual([]);
  });
});
