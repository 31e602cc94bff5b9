/**
 * The directory as Open Referral UK open data (HSDS 3.0 with the UK profile), and back.
 *
 * Out: each service becomes an HSDS `service` with its organization, phones, location and
 * address, schedules, service area, taxonomy terms (our directory categories), eligibility,
 * how to apply, what to bring (required documents) and `assured_date` (the date it was last
 * checked). The list is published in the shape of the standard's `GET /services` page, and
 * each service in the shape of `GET /services/{id}`.
 *
 * In: see oruk-import.ts.
 */
import { createHash } from 'node:crypto';
import type { Agency } from '../content/schema.ts';
import { hoursKind } from './hours.ts';
import { phoneLink } from './phone.ts';
import { CATEGORIES, WEEKDAYS, type CategoryId } from '../taxonomy.ts';

/** The taxonomy our `attributes` use: the guide's directory categories. */
const CATEGORY_TAXONOMY = 'housing-mental-health-guide-category';
/** The licence the open data is published under (shown with the link on the directory page). */
export const OPEN_DATA_LICENCE = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
} as const;

/** RFC 4122 name-based UUID (version 5, SHA-1) of `name` in the `namespace` UUID. */
export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The fixed namespace of every id the guide publishes: the version 5 UUID of the name
 * "housing-mental-health-guide:open-data" in RFC 4122's URL namespace. Never change it: every
 * published id would change with it.
 */
const OPEN_DATA_NAMESPACE = uuidV5('housing-mental-health-guide:open-data', '6ba7b811-9dad-11d1-80b4-00c04fd430c8');

/** A stable id for a name, so ids do not change between builds (a version 5 UUID in OPEN_DATA_NAMESPACE). */
export function stableUuid(name: string): string {
  return uuidV5(name, OPEN_DATA_NAMESPACE);
}

/**
 * The name a service's ids derive from: its file id, with the edition only for an edition's own
 * (local) file. A national service has the same ids in every edition and in every build.
 */
export function serviceKey(fileId: string, localTo: string | null): string {
  return localTo ? `${localTo}/${fileId}` : fileId;
}

interface OrukPhone {
  id: string;
  /** The service it belongs to (HSDS 3.0), and the contact that holds it (the UK profile's phone.json). */
  service_id: string;
  contact_id: string;
  number: string;
  type: 'voice' | 'text';
  description?: string;
}
/** A weekly opening time, or (with only a description) when a service answers, in the words of its source. */
interface OrukSchedule {
  id: string;
  service_id: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  interval?: 1;
  byday?: string;
  bymonthday?: string;
  valid_from?: string;
  valid_to?: string;
  opens_at?: string;
  closes_at?: string;
  description?: string;
  notes?: string;
}
interface OrukAddress {
  id: string;
  location_id: string;
  address_1: string;
  address_2?: string;
  city: string;
  state_province: string;
  /** Empty when the content gives no postcode (the standard requires the field). */
  postal_code: string;
  country: string;
  address_type: 'physical';
}
interface OrukLanguage {
  id: string;
  service_id: string;
  name: string;
}
interface OrukContact {
  id: string;
  service_id: string;
  name?: string;
  title?: string;
  department?: string;
  email?: string;
  phones: OrukPhone[];
}
/** A term of the guide's directory categories, as the UK profile's taxonomy_term. */
export interface OrukTaxonomyTerm {
  id: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  term: string;
  code: string;
}
/** The organisation: the content gives only its name, so its description is empty, never made up. */
interface OrukOrganization {
  id: string;
  name: string;
  description: '';
  website?: string;
}
/** One service in full, as `GET /services/{id}` returns it. */
export interface OrukService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url?: string;
  email?: string;
  status: 'active';
  eligibility_description?: string;
  application_process?: string;
  /** What it costs: `fees_description` in HSDS 3.0, `fees` in the UK profile (the same words). */
  fees?: string;
  fees_description?: string;
  minimum_age?: number;
  maximum_age?: number;
  assured_date: string;
  organization: OrukOrganization;
  languages: OrukLanguage[];
  /** HSDS 3.0 nests phones in the service; the UK profile finds them in `contacts` (the same records). */
  phones: OrukPhone[];
  contacts: OrukContact[];
  schedules: OrukSchedule[];
  service_areas: { id: string; service_id: string; name: string; service_area: string }[];
  service_at_locations: {
    id: string;
    service_id: string;
    location_id: string;
    location: {
      id: string;
      location_type: 'physical';
      name: string;
      latitude?: number;
      longitude?: number;
      addresses: OrukAddress[];
      accessibility: { id: string; location_id: string; description: string }[];
    };
  }[];
  attributes: {
    id: string;
    link_id: string;
    link_type: 'service';
    link_entity: 'service';
    taxonomy_term_id: string;
    value: string;
    taxonomy_term: OrukTaxonomyTerm;
  }[];
  required_documents: { id: string; service_id: string; document: string }[];
}

/** A service as an item of the `GET /services` list: its own fields and its organisation, no nested lists. */
export type OrukServiceListItem = Pick<
  OrukService,
  | 'id'
  | 'organization_id'
  | 'name'
  | 'description'
  | 'url'
  | 'email'
  | 'status'
  | 'eligibility_description'
  | 'application_process'
  | 'fees'
  | 'fees_description'
  | 'minimum_age'
  | 'maximum_age'
  | 'assured_date'
  | 'organization'
>;

export interface OrukPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

export const BANK_HOLIDAY_NOTES: Record<NonNullable<Agency['hours']>['bank_holidays'], string | undefined> = {
  closed: 'Closed on bank holidays.',
  'usual-hours': 'Usual hours on bank holidays.',
  'open-24-hours': 'Open 24 hours on bank holidays.',
  'not-stated': undefined,
};

/** 23:59 is how the guide writes "until midnight" (see hours.ts): the end of the day, to the second. */
const hhmmss = (t: string) => (t === '23:59' ? '23:59:59' : `${t}:00`);

/** The taxonomy of the guide's directory categories, as the UK profile's taxonomy (served at /taxonomies/{id}). */
export const CATEGORY_TAXONOMY_RECORD = {
  id: stableUuid(`taxonomy/${CATEGORY_TAXONOMY}`),
  name: 'Housing and mental health guide: directory categories',
  description:
    'The categories of the directory of the housing and mental health options guide. A flat list: no term has a parent.',
} as const;

/** One of the guide's directory categories as a taxonomy term (a flat list, so no term has a parent_id). */
export function categoryTerm(c: CategoryId): OrukTaxonomyTerm {
  return {
    id: stableUuid(`category/${c}`),
    name: CATEGORIES[c].title,
    description: CATEGORIES[c].summary,
    taxonomy: CATEGORY_TAXONOMY,
    taxonomy_id: CATEGORY_TAXONOMY_RECORD.id,
    term: c,
    code: c,
  };
}

/**
 * One agency as an HSDS 3.0 / UK profile service. `key` is the name its ids derive from
 * (serviceKey: the file id, and the edition only for an edition's own file).
 */
export function toOrukService(key: string, a: Agency): OrukService {
  // A service imported from a feed keeps the feed's own id, so its consumers see the same service.
  const id = a.feed_id ?? stableUuid(`service/${key}`);
  const part = (p: string) => stableUuid(`service/${key}/${p}`);
  const bank = a.hours ? BANK_HOLIDAY_NOTES[a.hours.bank_holidays] : undefined;
  const schedules: OrukSchedule[] = [];
  if (a.hours?.open_24_hours) {
    schedules.push({
      id: part('schedule/0'),
      service_id: id,
      freq: 'WEEKLY',
      interval: 1,
      byday: WEEKDAYS.join(','),
      opens_at: '00:00:00',
      closes_at: '23:59:59',
      description: 'Open 24 hours a day, every day.',
    });
  } else if (hoursKind(a.hours) === 'in-words' && a.hours?.in_words) {
    // Hours known only in words: a schedule with a description and no times.
    schedules.push({ id: part('schedule/0'), service_id: id, description: a.hours.in_words });
  } else {
    for (const [i, s] of (a.hours?.regular_schedule ?? []).entries()) {
      // "2nd and 4th Thursday" is a monthly rule with the week before the day, as iCalendar writes it: 2TH,4TH.
      const monthly = Boolean(s.weeks_of_month || s.days_of_month);
      const byday = s.weeks_of_month
        ? s.weeks_of_month.flatMap((w) => s.byday.map((d) => `${w}${d}`)).join(',')
        : s.byday.join(',');
      schedules.push({
        id: part(`schedule/${i}`),
        service_id: id,
        freq: monthly ? 'MONTHLY' : 'WEEKLY',
        interval: 1,
        byday,
        ...(s.days_of_month ? { bymonthday: s.days_of_month.join(',') } : {}),
        ...(s.valid_from ? { valid_from: s.valid_from } : {}),
        ...(s.valid_to ? { valid_to: s.valid_to } : {}),
        opens_at: hhmmss(s.opens_at),
        closes_at: hhmmss(s.closes_at),
      });
    }
  }
  const inWords = hoursKind(a.hours) === 'in-words';
  for (const s of schedules) {
    if (bank) s.notes = bank;
    // With times, the guide's notes on the hours join the description; with hours in words, they go in the notes.
    if (a.hours?.notes) {
      if (inWords) s.notes = [s.notes, a.hours.notes].filter(Boolean).join(' ');
      else s.description = [s.description, a.hours.notes].filter(Boolean).join(' ');
    }
  }
  const contactId = part('contact');
  const phones: OrukPhone[] = a.phones.map((p, i) => ({
    id: part(`phone/${i}`),
    service_id: id,
    contact_id: contactId,
    number: phoneLink(p.number, p.type).display,
    type: p.type,
    ...(p.description ? { description: p.description } : {}),
  }));
  const organizationId = stableUuid(`organization/${a.organization}`);
  const addr = a.physical_address;
  const locationId = part('location');
  return {
    id,
    organization_id: organizationId,
    name: a.name,
    description: a.description,
    ...(a.url ? { url: a.url } : {}),
    ...(a.email ? { email: a.email } : {}),
    status: 'active',
    ...(a.eligibility_description ? { eligibility_description: a.eligibility_description } : {}),
    ...(a.application_process ? { application_process: a.application_process } : {}),
    ...(a.fees ? { fees: a.fees, fees_description: a.fees } : {}),
    ...(a.minimum_age !== undefined ? { minimum_age: a.minimum_age } : {}),
    ...(a.maximum_age !== undefined ? { maximum_age: a.maximum_age } : {}),
    assured_date: a.last_verified,
    organization: {
      id: organizationId,
      name: a.organization,
      description: '',
      ...(a.organization_url ? { website: a.organization_url } : {}),
    },
    languages: a.languages.map((name) => ({ id: part(`language/${name}`), service_id: id, name })),
    phones,
    contacts: [
      ...(phones.length ? [{ id: contactId, service_id: id, phones }] : []),
      ...a.contacts.map((c, i) => ({ id: part(`contact/${i}`), service_id: id, ...c, phones: [] })),
    ],
    schedules,
    service_areas: a.service_area
      ? [{ id: part('service-area'), service_id: id, name: a.service_area, service_area: a.service_area }]
      : [],
    service_at_locations: addr
      ? [
          {
            id: part('service-at-location'),
            service_id: id,
            location_id: locationId,
            location: {
              id: locationId,
              location_type: 'physical',
              name: a.name,
              ...(addr.latitude !== undefined && addr.longitude !== undefined
                ? { latitude: addr.latitude, longitude: addr.longitude }
                : {}),
              accessibility: addr.accessibility
                ? [{ id: part('accessibility'), location_id: locationId, description: addr.accessibility }]
                : [],
              addresses: [
                {
                  id: part('address'),
                  location_id: locationId,
                  address_1: addr.address_1,
                  ...(addr.address_2 ? { address_2: addr.address_2 } : {}),
                  city: addr.city,
                  state_province: 'England',
                  postal_code: addr.postal_code ?? '',
                  country: 'GB',
                  address_type: 'physical',
                },
              ],
            },
          },
        ]
      : [],
    attributes: a.categories.map((c) => ({
      id: part(`attribute/${c}`),
      link_id: id,
      link_type: 'service',
      link_entity: 'service',
      taxonomy_term_id: stableUuid(`category/${c}`),
      value: c,
      taxonomy_term: categoryTerm(c),
    })),
    required_documents: a.what_to_bring.map((d, i) => ({ id: part(`document/${i}`), service_id: id, document: d })),
  };
}

/** A full service as an item of the `GET /services` list. */
export function listItem(s: OrukService): OrukServiceListItem {
  const {
    id,
    organization_id,
    name,
    description,
    url,
    email,
    status,
    eligibility_description,
    application_process,
    fees,
    fees_description,
    minimum_age,
    maximum_age,
    assured_date,
    organization,
  } = s;
  return {
    id,
    organization_id,
    name,
    description,
    ...(url ? { url } : {}),
    ...(email ? { email } : {}),
    status,
    ...(eligibility_description ? { eligibility_description } : {}),
    ...(application_process ? { application_process } : {}),
    ...(fees ? { fees, fees_description } : {}),
    ...(minimum_age !== undefined ? { minimum_age } : {}),
    ...(maximum_age !== undefined ? { maximum_age } : {}),
    assured_date,
    organization,
  };
}

/** Every service on one page, in the shape of the standard's paginated `GET /services`. */
export function servicesPage<T>(contents: T[]): OrukPage<T> {
  return pageOf(contents, 1, Math.max(contents.length, 1));
}

/**
 * A page as JSON text, in pieces (the page's fields, then one service at a time), for a file too
 * large to hold as one string: the whole directory (/open-data/services.json) of a national
 * directory is hundreds of megabytes. Joined, the pieces are the page's JSON, without spaces.
 */
export function* pageInPieces<T>(page: OrukPage<T>): Generator<string> {
  const { contents, ...fields } = page;
  yield `${JSON.stringify(fields).slice(0, -1)},"contents":[`;
  for (const [i, item] of contents.entries()) yield `${i ? ',' : ''}${JSON.stringify(item)}`;
  yield ']}';
}

/** The number of pages a list of `count` items takes at `perPage` a page (at least one, which may be empty). */
export const pageCount = (count: number, perPage: number): number => Math.max(1, Math.ceil(count / perPage));

/** Page `n` (from 1) of a list at `perPage` items a page, in the shape of the standard's paginated lists. */
export function pageOf<T>(all: T[], n: number, perPage: number): OrukPage<T> {
  const total = pageCount(all.length, perPage);
  const contents = all.slice((n - 1) * perPage, n * perPage);
  return {
    total_items: all.length,
    total_pages: total,
    page_number: n,
    size: contents.length,
    first_page: n === 1,
    last_page: n === total,
    empty: contents.length === 0,
    contents,
  };
}
