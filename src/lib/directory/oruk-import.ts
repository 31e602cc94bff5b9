/**
 * Turn an Open Referral UK feed into agency files for an edition: read every page (and each
 * service in full, when the feed's list gives only summaries), map each service, check it
 * against the same schema as the build, and leave out (with the reasons) any that fails, that
 * the feed marks as closed, or that would clash with a national service the guide already has.
 * Whatever a kept service loses on the way (an http:// address, a field the guide has no place
 * for) is listed with the reason. Re-importing keeps each file's name and what the feed does
 * not carry (alternate names, what to expect, sources).
 *
 * Pure: the caller reads and writes files; `readFeed` fetches through the `get` it is given.
 */
import { agencySchema } from '../content/schema.ts';
import { issueMessage } from '../content/content-rules.ts';
import { BANK_HOLIDAY_NOTES } from './oruk.ts';
import {
  CATEGORIES,
  CATEGORY_IDS,
  ROLE_IDS,
  WEEKDAYS,
  type CategoryId,
  type RoleId,
  type Weekday,
} from '../taxonomy.ts';
import { pinnedProblem, type Pin } from './pinned-numbers.ts';

type Obj = Record<string, unknown>;

interface ImportedAgency {
  /** The file name (without .yaml): the earlier file's, when the service was imported before. */
  id: string;
  name: string;
  data: Obj;
  /** True when this replaces a file the edition already has (a re-import). */
  updated: boolean;
}
interface LeftOut {
  name: string;
  reasons: string[];
}
/** What a kept service lost on the way in, and why. */
interface Dropped {
  name: string;
  notes: string[];
}
export interface ImportResult {
  agencies: ImportedAgency[];
  leftOut: LeftOut[];
  dropped: Dropped[];
}
/** A service the edition already has from an earlier import (or by hand), and the id its open data publishes. */
export interface PreviousFile {
  id: string;
  data: Obj;
  /** The id the guide's open data gives it (its feed_id, or the id made from its file name). */
  publishedId: string;
}

/** Clearer words for fields the feed leaves empty. */
const FRIENDLY: Record<string, string> = {
  categories:
    'none of its taxonomy terms is one of the directory categories. Fix: add --category <id>, or add categories to the file by hand.',
  service_area: 'the feed gives no service area. Fix: add service_area to the file by hand.',
  description: 'the feed gives no description. Fix: write one in plain English.',
  organization: 'the feed gives no organization name.',
};

/** Fields of a service that the guide has no place for: dropped, and listed in the report. */
const NOT_KEPT: Record<string, string> = {
  accreditations: 'the guide does not list accreditations',
  alert: 'a temporary alert would go out of date unseen: put anything still true in the description by hand',
  assurer_email: 'the guide does not publish who checked a record',
  last_modified: 'the guide records the date it read the feed instead',
  licenses: 'the guide does not list licences',
  wait_time: 'the guide does not publish waiting times, which change often',
  interpretation_services: 'the guide lists languages by name (languages) only',
  funding: 'the guide does not say who funds a service',
  cost_options: 'the guide keeps what a service costs in words (fees) only',
  program: 'the guide does not group services into programmes',
  metadata: 'the change history stays with the feed',
  organization_identifiers: 'the guide does not record charity or company numbers',
};
/** Parts of a schedule the guide has no place for. */
const SCHEDULE_NOT_KEPT = [
  'attending_type',
  'schedule_link',
  'timezone',
  'count',
  'wkst',
  'byweekno',
  'byyearday',
] as const;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v)
    ? v
    : typeof v === 'string' && v.trim() && Number.isFinite(Number(v))
      ? Number(v)
      : undefined;
const arr = (v: unknown): Obj[] =>
  Array.isArray(v) ? v.filter((x): x is Obj => Boolean(x) && typeof x === 'object') : [];
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const hhmm = (t: unknown): string | undefined => {
  const m = /^(\d{1,2}):(\d{2})/.exec(str(t) ?? '');
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : str(t);
};
const isoDay = (v: unknown): string | undefined => /^\d{4}-\d{2}-\d{2}/.exec(str(v) ?? '')?.[0];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CATEGORY_BY_TERM = new Map<string, CategoryId>(CATEGORY_IDS.map((c) => [c, c]));
const CATEGORY_BY_NAME = new Map<string, CategoryId>(CATEGORY_IDS.map((c) => [CATEGORIES[c].title.toLowerCase(), c]));
/** The limits of the content schema the importer fits text into (schema.ts MAX_NAME). */
const MAX_NAME = 120;

/** Services in a feed: a page (`contents`), a bare list, one service, or services at locations. */
function servicesInFeed(feed: unknown): unknown[] {
  const o = obj(feed);
  const items = Array.isArray(feed)
    ? feed
    : Array.isArray(o.contents)
      ? o.contents
      : typeof o.name === 'string'
        ? [feed]
        : [];
  // A service_at_location item carries the service and the place: the place becomes the service's location.
  return items.map((item) => {
    const i = obj(item);
    const service = obj(i.service);
    if (!str(service.name)) return item;
    const place = i.location ? [{ location: i.location }] : [];
    return { ...service, service_at_locations: [...arr(service.service_at_locations), ...place] };
  });
}

/** A file name for a service: its name in lowercase words joined by hyphens. */
function slugFor(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** A feed's phone number as the guide writes it: quotes and spaces tidied, +44 written as 0. */
function tidyNumber(v: unknown): string {
  const raw = String(typeof v === 'number' ? v : (str(v) ?? ''))
    .replace(/["'“”]/g, '')
    .trim();
  return raw.replace(/^\+44\s*\(?0?\)?\s*/, '0');
}

/** A web address the guide can link: https only (an http:// address is dropped, with a note). */
function secureUrl(v: unknown, field: string, notes: string[]): string | undefined {
  const url = str(v);
  if (!url) return undefined;
  if (/^https:\/\/[^\s/]+\.[^\s]+$/.test(url)) return url;
  notes.push(
    /^http:\/\//i.test(url)
      ? `${field}: "${url}" is not a secure (https://) address, so the guide does not link it. Fix: find the service's https:// address and add it by hand.`
      : `${field}: "${url}" is not a full web address. Fix: find the service's own https:// address and add it by hand.`,
  );
  return undefined;
}

/**
 * A feed's `byday` as weekdays and weeks of the month: "TH,FR" (every week), "2TH,4TH" (the 2nd
 * and 4th Thursday), "-1FR" (the last Friday). Rows whose days have different weeks are split.
 */
function byDay(v: unknown): { days: Weekday[]; weeks?: number[] }[] | null {
  const tokens = (str(v) ?? '')
    .split(',')
    .map((t) => t.trim().toUpperCase())
    .filter(Boolean);
  const perDay = new Map<Weekday, Set<number>>();
  for (const t of tokens) {
    const m = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(t);
    if (!m) return null;
    const day = m[2] as Weekday;
    const set = perDay.get(day) ?? new Set<number>();
    if (m[1]) set.add(Number(m[1]));
    perDay.set(day, set);
  }
  const groups = new Map<string, { days: Weekday[]; weeks?: number[] }>();
  for (const day of WEEKDAYS) {
    const weeks = perDay.get(day);
    if (!weeks) continue;
    const list = [...weeks].sort((a, b) => a - b);
    const key = list.join(',');
    const g = groups.get(key) ?? { days: [], ...(list.length ? { weeks: list } : {}) };
    g.days.push(day);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** The feed's schedules as the guide's hours, with a note for each part it cannot keep. */
function hoursFrom(schedules: Obj[], notes: string[]): Obj | undefined {
  if (schedules.length === 0) return undefined;
  const scheduleNotes = schedules.map((x) => str(x.notes) ?? '').join(' ');
  const bank = /closed on bank holidays/i.test(scheduleNotes)
    ? 'closed'
    : /open 24 hours on bank holidays/i.test(scheduleNotes)
      ? 'open-24-hours'
      : /usual hours on bank holidays/i.test(scheduleNotes)
        ? 'usual-hours'
        : 'not-stated';
  const bankWords = Object.values(BANK_HOLIDAY_NOTES).filter((w): w is string => Boolean(w));
  const words = (list: (string | undefined)[]) => [...new Set(list.filter((w): w is string => Boolean(w)))].join(' ');
  const description = words(
    schedules.map((x) => (str(x.description) ?? '').replace('Open 24 hours a day, every day.', '').trim()),
  );
  const extraNotes = words(
    schedules.map((x) => {
      let n = str(x.notes) ?? '';
      for (const w of bankWords) n = n.replace(w, '');
      return n.trim();
    }),
  );
  const rows: Obj[] = [];
  schedules.forEach((x, i) => {
    const where = `schedules[${i}]`;
    for (const k of SCHEDULE_NOT_KEPT)
      if (x[k] !== undefined && x[k] !== null && x[k] !== '')
        notes.push(`${where}.${k}: dropped (the guide's opening hours have no place for it).`);
    const opens = hhmm(x.opens_at);
    const closes = hhmm(x.closes_at);
    if (!opens || !closes) return;
    const freq = (str(x.freq) ?? 'WEEKLY').toUpperCase();
    const interval = num(x.interval) ?? 1;
    if (!['WEEKLY', 'MONTHLY', 'DAILY'].includes(freq) || interval !== 1) {
      notes.push(
        `${where}: "${freq}${interval !== 1 ? ` every ${interval}` : ''}" hours cannot be shown as opening times, so the row is dropped (its words stay in the notes). Fix: check the hours with the service.`,
      );
      return;
    }
    const groups = freq === 'DAILY' && !str(x.byday) ? [{ days: [...WEEKDAYS] }] : byDay(x.byday);
    if (!groups || groups.length === 0) {
      notes.push(`${where}.byday: "${String(x.byday ?? '')}" names no days the guide can read, so the row is dropped.`);
      return;
    }
    const days = (str(x.bymonthday) ?? '')
      .split(',')
      .map((d) => Number(d.trim()))
      .filter((d) => Number.isInteger(d) && d >= 1 && d <= 31);
    const validFrom = isoDay(x.valid_from) ?? isoDay(x.dtstart);
    const validTo = isoDay(x.valid_to) ?? isoDay(x.until);
    for (const g of groups) {
      const row: Obj = { byday: g.days, opens_at: opens, closes_at: closes };
      if (g.weeks) row.weeks_of_month = g.weeks;
      if (days.length) row.days_of_month = days;
      if (validFrom) row.valid_from = validFrom;
      if (validTo) row.valid_to = validTo;
      // A row that closes before it opens runs overnight: the guide's files say so.
      if (closes < opens && closes !== '00:00') row.overnight = true;
      rows.push(row);
    }
  });
  const allWeek = (r: Obj) =>
    (r.byday as string[]).length === 7 &&
    r.opens_at === '00:00' &&
    ['24:00', '23:59'].includes(String(r.closes_at)) &&
    !r.weeks_of_month &&
    !r.days_of_month &&
    !r.valid_from &&
    !r.valid_to;
  // Midnight at the end of the day (24:00, or 00:00 after opening) is 23:59 in the guide's files.
  for (const r of rows)
    if (r.closes_at === '24:00' || (r.closes_at === '00:00' && r.opens_at !== '00:00')) r.closes_at = '23:59';
  if (rows.length === 0)
    return {
      regular_schedule: [],
      bank_holidays: bank,
      ...(description ? { in_words: description } : {}),
      ...(extraNotes ? { notes: extraNotes } : {}),
    };
  if (rows.length === 1 && allWeek(rows[0]))
    return { open_24_hours: true, bank_holidays: bank, ...(description ? { notes: description } : {}) };
  const allNotes = words([description, extraNotes]);
  return { regular_schedule: rows, bank_holidays: bank, ...(allNotes ? { notes: allNotes } : {}) };
}

/** The first place with a street address: its address, coordinates (in the UK only) and access notes. */
function addressFrom(s: Obj, notes: string[]): Obj | undefined {
  for (const sal of arr(s.service_at_locations)) {
    const loc = obj(sal.location);
    const a = arr(loc.addresses).find((x) => str(x.address_1));
    if (!a) continue;
    const out: Obj = { address_1: str(a.address_1), city: str(a.city) ?? '' };
    if (str(a.address_2)) out.address_2 = str(a.address_2);
    const postcode = str(a.postal_code);
    if (postcode && /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i.test(postcode)) out.postal_code = postcode.toUpperCase();
    else if (postcode)
      notes.push(
        `address.postal_code: "${postcode}" is not a UK postcode, so it is dropped. Fix: check the address with the service.`,
      );
    const lat = num(loc.latitude);
    const lon = num(loc.longitude);
    if (lat !== undefined && lon !== undefined) {
      if (lat >= 49 && lat <= 61 && lon >= -9 && lon <= 2) Object.assign(out, { latitude: lat, longitude: lon });
      else
        notes.push(
          `address.latitude/longitude: ${lat}, ${lon} is not a place in the UK, so the coordinates are dropped. Fix: check the map position with the service.`,
        );
    }
    const placeExtras = ['name', 'alternate_name', 'description', 'transportation', 'external_identifier'].filter((k) =>
      str(loc[k]),
    );
    if (placeExtras.length)
      notes.push(
        `service_at_locations: the place's ${placeExtras.join(', ')} dropped (the guide keeps its address, coordinates and access notes).`,
      );
    const access = [
      ...new Set(
        arr(loc.accessibility).flatMap((x) =>
          [str(x.description), str(x.details)].filter((t): t is string => Boolean(t)),
        ),
      ),
    ].join(' ');
    if (access) out.accessibility = access;
    return out;
  }
  return undefined;
}

/**
 * One feed service as the agency data of a YAML file (not yet checked: run it through the
 * content schema), and what it lost on the way. `defaultCategory` is used when none of the
 * service's taxonomy terms is one of ours.
 */
function fromOrukService(
  s: Obj,
  opts: { feedUrl: string; today: string; defaultCategory?: CategoryId },
): { data: Obj; notes: string[] } {
  const notes: string[] = [];
  const org = obj(s.organization);
  const name = str(s.name) ?? '';
  const categories = [
    ...new Set(
      arr(s.attributes).flatMap((at) => {
        const t = obj(at.taxonomy_term);
        const c =
          CATEGORY_BY_TERM.get(str(t.term) ?? str(t.code) ?? '') ??
          CATEGORY_BY_NAME.get((str(t.name) ?? '').toLowerCase());
        return c ? [c] : [];
      }),
    ),
  ];
  const feedId = str(s.id);
  if (feedId && !UUID.test(feedId))
    notes.push(`id: "${feedId}" is not a UUID, as Open Referral ids are, so the guide gives the service its own id.`);
  const status = str(s.status);
  if (status === 'temporarily closed')
    notes.push('status: the feed says it is temporarily closed. Fix: check with the service before publishing.');
  for (const [k, why] of Object.entries(NOT_KEPT))
    if (
      s[k] !== undefined &&
      s[k] !== null &&
      s[k] !== '' &&
      !(Array.isArray(s[k]) && (s[k] as unknown[]).length === 0)
    )
      notes.push(`${k}: dropped (${why}).`);
  // The organisation: the guide keeps its name and website only.
  const orgExtras = [
    'description',
    'email',
    'logo',
    'uri',
    'legal_status',
    'tax_status',
    'year_incorporated',
    'alternate_name',
    'parent_organization_id',
  ].filter((k) => obj(s.organization)[k] !== undefined && obj(s.organization)[k] !== '');
  if (orgExtras.length)
    notes.push(
      `organization: ${orgExtras.join(', ')} dropped (the guide keeps the organisation's name and website only).`,
    );
  // Taxonomy terms that are not the directory's categories (the LGA needs lists and others are not mapped yet).
  const otherTerms = arr(s.attributes)
    .map((at) => obj(at.taxonomy_term))
    .filter(
      (t) =>
        !CATEGORY_BY_TERM.has(str(t.term) ?? str(t.code) ?? '') &&
        !CATEGORY_BY_NAME.has((str(t.name) ?? '').toLowerCase()),
    )
    .map((t) => str(t.name) ?? str(t.code) ?? str(t.id) ?? '?');
  if (otherTerms.length)
    notes.push(
      `attributes: ${otherTerms.map((t) => `"${t}"`).join(', ')} ${otherTerms.length === 1 ? 'is not a directory category' : 'are not directory categories'}, so dropped. Fix: choose categories by hand (--category gives one to every service).`,
    );
  // Phones: the service's own, then its contacts' (the UK profile links phones to contacts), each number once.
  const contactList = arr(s.contacts);
  const seen = new Set<string>();
  const phones: Obj[] = [];
  // Then the numbers of the places it is given at (HSDS 3.0 nests them in service_at_locations and their locations).
  const places = arr(s.service_at_locations);
  const placePhones = places.flatMap((sal) => [
    ...arr(sal.phones),
    ...arr(sal.contacts).flatMap((c) => arr(c.phones)),
    ...arr(obj(sal.location).phones),
  ]);
  if (places.some((sal) => arr(sal.schedules).length))
    notes.push(
      "service_at_locations: a place's own opening times are dropped (the guide keeps the service's schedules). Fix: check the hours at each place with the service.",
    );
  for (const p of [...arr(s.phones), ...contactList.flatMap((c) => arr(c.phones)), ...placePhones]) {
    const number = tidyNumber(p.number);
    const key = number.replace(/\D/g, '');
    if (!key || seen.has(key)) continue;
    seen.add(key);
    const ext = str(p.extension) ?? (num(p.extension) !== undefined ? String(p.extension) : undefined);
    const description = [str(p.description), ext ? `Ask for extension ${ext}.` : undefined].filter(Boolean).join(' ');
    phones.push({
      number,
      type: p.type === 'text' || p.type === 'sms' ? 'text' : 'voice',
      ...(description ? { description } : {}),
    });
  }
  const contacts = contactList
    .map((c) => ({
      ...(str(c.name) ? { name: str(c.name) } : {}),
      ...(str(c.title) ? { title: str(c.title) } : {}),
      ...(str(c.department) ? { department: str(c.department) } : {}),
      ...(str(c.email) ? { email: str(c.email) } : {}),
    }))
    .filter((c) => Object.keys(c).length > 0);
  let area = arr(s.service_areas)
    .map((x) => str(x.service_area) ?? str(x.name) ?? str(x.description))
    .find(Boolean);
  if (area && area.length > MAX_NAME) {
    notes.push(
      `service_area: the feed's words are over ${MAX_NAME} characters, so they are dropped. Fix: say where the service works in a few words ("Medway", "England").`,
    );
    area = undefined;
  }
  const languages = [
    ...new Set(
      arr(s.languages)
        .map((l) => str(l.name))
        .filter((l): l is string => Boolean(l)),
    ),
  ];
  const unnamed = arr(s.languages).filter((l) => !str(l.name)).length;
  if (unnamed)
    notes.push(
      `languages: ${unnamed} given without a name, so dropped (the UK profile's language has no name field). Fix: add the language by name.`,
    );
  const minAge = num(s.minimum_age);
  const maxAge = num(s.maximum_age);
  const address = addressFrom(s, notes);
  const hours = hoursFrom(arr(s.schedules), notes);
  const url = secureUrl(s.url, 'url', notes);
  const orgUrl = secureUrl(org.website ?? org.url, 'organization.website', notes);
  const fees = str(s.fees_description) ?? str(s.fees);
  const alternate = str(s.alternate_name);
  const data: Obj = {
    name,
    ...(feedId && UUID.test(feedId) ? { feed_id: feedId.toLowerCase() } : {}),
    organization: str(org.name) ?? name,
    ...(orgUrl ? { organization_url: orgUrl } : {}),
    description: str(s.description) ?? '',
    ...(alternate ? { alternate_names: [alternate] } : {}),
    categories: categories.length ? categories : opts.defaultCategory ? [opts.defaultCategory] : [],
    ...(area ? { service_area: area } : {}),
    ...(phones.length ? { phones } : {}),
    ...(str(s.email) ? { email: str(s.email) } : {}),
    ...(url ? { url } : {}),
    ...(address ? { physical_address: address } : {}),
    ...(hours ? { hours } : {}),
    ...(minAge !== undefined ? { minimum_age: Math.round(minAge) } : {}),
    ...(maxAge !== undefined ? { maximum_age: Math.round(maxAge) } : {}),
    ...(fees ? { fees } : {}),
    ...(languages.length ? { languages } : {}),
    ...(contacts.length ? { contacts } : {}),
    ...(str(s.eligibility_description) ? { eligibility_description: str(s.eligibility_description) } : {}),
    ...(str(s.application_process) ? { application_process: str(s.application_process) } : {}),
    ...(arr(s.required_documents).length
      ? {
          what_to_bring: arr(s.required_documents)
            .map((d) => str(d.document))
            .filter(Boolean),
        }
      : {}),
    // The feed is the source, read today: the source's date and last_verified are the same day.
    sources: [
      {
        title: `Open Referral UK feed${str(org.name) ? ` (${str(org.name)})` : ''}`,
        url: opts.feedUrl,
        checked: opts.today,
      },
    ],
    last_verified: opts.today,
  };
  const assured = isoDay(s.assured_date);
  if (assured && assured < `${Number(opts.today.slice(0, 4)) - 1}${opts.today.slice(4)}`)
    notes.push(
      `assured_date: the feed last checked this service on ${assured}, over a year ago. Fix: check every detail with the service before publishing.`,
    );
  return { data, notes };
}

/** Fields the feed gives: on a re-import these come from the feed; every other field is kept from the earlier file. */
const FROM_FEED = [
  'name',
  'feed_id',
  'organization',
  'organization_url',
  'description',
  'service_area',
  'phones',
  'email',
  'url',
  'physical_address',
  'hours',
  'minimum_age',
  'maximum_age',
  'fees',
  'languages',
  'contacts',
  'eligibility_description',
  'application_process',
  'what_to_bring',
  'last_verified',
];

/** A re-imported service: the feed's fields, and the earlier file's own (alternate names, what to expect, sources...). */
function merge(previous: Obj, fresh: Obj, summary: boolean): Obj {
  const out: Obj = { ...previous };
  for (const k of FROM_FEED) {
    // A summary (a list item) leaves out most fields: what it does not give is kept, not removed.
    if (fresh[k] === undefined) {
      if (!summary) delete out[k];
    } else out[k] = fresh[k];
  }
  // The guide's short labels for numbers stay with the same numbers.
  const labels = new Map(
    arr(previous.phones).map((p) => [String(p.number ?? '').replace(/\D/g, ''), p.label] as const),
  );
  if (Array.isArray(out.phones))
    out.phones = arr(out.phones).map((p) => {
      const label = labels.get(String(p.number).replace(/\D/g, ''));
      return label ? { ...p, label } : p;
    });
  const alt = [
    ...new Set([
      ...((previous.alternate_names as string[] | undefined) ?? []),
      ...((fresh.alternate_names as string[] | undefined) ?? []),
    ]),
  ];
  if (alt.length) out.alternate_names = alt;
  if (!arr(previous.categories).length && !(Array.isArray(previous.categories) && previous.categories.length))
    out.categories = fresh.categories;
  // Sources: every earlier source stays; the feed's is added, or its date moves to today.
  const feedSource = arr(fresh.sources)[0];
  const sources = arr(previous.sources);
  const same = sources.findIndex((x) => x.url === feedSource?.url);
  if (feedSource) {
    if (same >= 0) sources[same] = { ...sources[same], checked: feedSource.checked };
    else sources.push(feedSource);
  }
  out.sources = sources;
  return out;
}

export function importFeed(
  feed: unknown,
  opts: {
    feedUrl: string;
    today: string;
    /** National services the guide already has: matched by id or by name, and left out. */
    existing?: readonly { id: string; name: string }[];
    /** The edition's own files: a service matched by its published id or name is updated in the same file. */
    previous?: readonly PreviousFile[];
    defaultCategory?: CategoryId;
    /** The pinned crisis numbers (content/pinned-numbers.yaml): a near miss of one, or another service's, is left out. */
    pins?: readonly Pin[];
  },
): ImportResult {
  const agencies: ImportedAgency[] = [];
  const leftOut: LeftOut[] = [];
  const dropped: Dropped[] = [];
  const previous = opts.previous ?? [];
  const byPublishedId = new Map(previous.map((p) => [p.publishedId.toLowerCase(), p]));
  const byPreviousName = new Map(
    previous.map((p) => [
      String(p.data.name ?? '')
        .trim()
        .toLowerCase(),
      p,
    ]),
  );
  const taken = new Set([...(opts.existing ?? []).map((e) => e.id), ...previous.map((p) => p.id)]);
  const names = new Map((opts.existing ?? []).map((e) => [e.name.trim().toLowerCase(), e.id]));
  const feedIds = new Map<string, number>();
  const services = servicesInFeed(feed);
  if (services.length === 0)
    leftOut.push({
      name: '(the feed)',
      reasons: ['has no services: expected a page with "contents", a list of services, or one service.'],
    });
  for (const raw of services) {
    const s = obj(raw);
    const name = str(s.name) ?? '(a service with no name)';
    const status = (str(s.status) ?? 'active').toLowerCase();
    const feedId = str(s.id)?.toLowerCase();
    if (status === 'defunct' || status === 'inactive') {
      // A service imported before that has now closed: its file is still published until someone removes it.
      const earlier = (feedId && byPublishedId.get(feedId)) || byPreviousName.get(name.toLowerCase());
      leftOut.push({
        name,
        reasons: [
          `status: the feed says this service is ${status}, so it is not imported.${earlier ? ` The edition still has it (${earlier.id}.yaml). Fix: check with the service, and delete the file if it has closed.` : ''}`,
        ],
      });
      continue;
    }
    if (feedId && feedIds.has(feedId)) {
      feedIds.set(feedId, (feedIds.get(feedId) ?? 1) + 1);
      continue;
    }
    if (feedId) feedIds.set(feedId, 1);
    const { data: fresh, notes } = fromOrukService(s, opts);
    const before = (feedId && byPublishedId.get(feedId)) || byPreviousName.get(name.toLowerCase());
    const data = before ? merge(before.data, fresh, isSummary(s)) : fresh;
    const id = before?.id ?? slugFor(name);
    const reasons: string[] = [];
    const same = names.get(name.toLowerCase());
    if (!id) reasons.push('name: cannot be made into a file name.');
    else if (same || (!before && taken.has(id)))
      reasons.push(
        `the guide already has this service ("${same ?? id}", a national service or one already in this edition). Compare them by hand.`,
      );
    // The same number rules as the content check: the schema refuses premium-rate, personal and
    // foreign numbers; the pinned table refuses crisis numbers that are a slip away or another service's.
    arr(data.phones).forEach((p, i) => {
      const problem = pinnedProblem(String(p.number ?? ''), opts.pins ?? [], id || undefined);
      if (problem) reasons.push(`phones.${i}.number: ${problem}`);
    });
    const res = agencySchema(opts.today).safeParse(data);
    if (!res.success)
      reasons.push(
        ...res.error.issues.map((i) => {
          const value = i.path.reduce<unknown>(
            (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
            data,
          );
          return `${i.path.map(String).join('.') || '(service)'}: ${FRIENDLY[String(i.path[0])] ?? issueMessage(i, value)}`;
        }),
      );
    if (reasons.length) {
      leftOut.push({ name, reasons });
      continue;
    }
    taken.add(id);
    names.set(name.toLowerCase(), id);
    agencies.push({ id, name, data, updated: Boolean(before) });
    if (notes.length) dropped.push({ name, notes });
  }
  // A feed that repeats an id: one line for all the repeats.
  for (const [feedId, count] of feedIds)
    if (count > 1)
      leftOut.push({
        name: `${count - 1} more with the id ${feedId}`,
        reasons: [
          `id: the feed gives this id to ${count} services; only the first is imported, as ids name one service each.`,
        ],
      });
  return { agencies, leftOut, dropped };
}

// ---------------------------------------------------------------------------------------
// Reading a feed from its address: every page, and each service in full.

/** Whether a list item is only a summary (the `/services` list): it has none of a full record's lists. */
const isSummary = (s: Obj) =>
  !['phones', 'schedules', 'contacts', 'service_areas', 'attributes', 'languages'].some((k) => Array.isArray(s[k]));

/**
 * Every service of a feed: the first answer, each further page (`?page=N`, up to `total_pages`),
 * and, for a list of summaries, each service in full from `/services/{id}`. `get` fetches one
 * address and gives its JSON (it throws on a failure). Notes say what could not be read.
 */
export async function readFeed(
  address: string,
  get: (url: string) => Promise<unknown>,
  opts: { maxPages?: number } = {},
): Promise<{ services: unknown[]; notes: string[] }> {
  const notes: string[] = [];
  const first = await get(address);
  const services = [...servicesInFeed(first)];
  const total = num(obj(first).total_pages) ?? 1;
  const maxPages = opts.maxPages ?? 500;
  for (let page = 2; page <= Math.min(total, maxPages); page++) {
    const url = new URL(address);
    url.searchParams.set('page', String(page));
    try {
      services.push(...servicesInFeed(await get(url.toString())));
    } catch (e) {
      notes.push(
        `page ${page} of ${total} (${url}): could not be read (${(e as Error).message}); its services are missing.`,
      );
    }
  }
  if (total > maxPages) notes.push(`the feed has ${total} pages: only the first ${maxPages} were read.`);
  // The list's address ends in /services: each service in full is at /services/{id}.
  const base = new URL(address);
  base.search = '';
  // A list of services at locations names its services too: they are at /services/{id} beside it.
  base.pathname = base.pathname.replace(/\/$/, '').replace(/\/service_at_locations$/, '/services');
  // A few at a time, so a council's feed of thousands of services is not asked for all at once.
  const full = await inTurn(services, 4, async (item) => {
    const s = obj(item);
    const id = str(s.id);
    if (!id || !isSummary(s) || !/\/services$/.test(base.pathname)) return item;
    const url = `${base}/${encodeURIComponent(id)}`;
    try {
      const record = obj(await get(url));
      return str(record.name) ? record : item;
    } catch (e) {
      notes.push(
        `${url}: could not be read (${(e as Error).message}); the list's summary of "${String(s.name)}" is used.`,
      );
      return item;
    }
  });
  return { services: full, notes };
}

/** `work` on each item, at most `at` at a time, keeping the items' order. */
async function inTurn<T, R>(items: readonly T[], at: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(at, items.length) }, worker));
  return out;
}

/**
 * The page a saved file is from, when it is one page of several: only its own services are in it.
 */
export function pagesMissing(feed: unknown): number {
  const total = num(obj(feed).total_pages) ?? 1;
  return Math.max(0, total - 1);
}

// ---------------------------------------------------------------------------------------
// A draft edition.yaml, so that a new edition folder never stops any edition's build.

/** A role filled from the imported services' categories, where one category says what the role is. */
const ROLE_BY_CATEGORY: Partial<Record<RoleId, CategoryId>> = {
  'domestic-abuse': 'domestic-abuse',
  'food-help': 'food-and-essentials',
  'advice-service': 'advice-and-money',
};
/**
 * National services that stand in for a role until the edition names its own. Each is a national
 * service the guide already lists that a person can call about that need.
 */
const NATIONAL_FALLBACK: Record<RoleId, string> = {
  'council-housing-options': 'citizens-advice-adviceline',
  'council-out-of-hours': 'streetlink',
  'mental-health-crisis': 'nhs-111-mental-health',
  'safe-space': 'nhs-111-mental-health',
  'adult-social-care': 'citizens-advice-adviceline',
  'childrens-services': 'childline',
  'advice-service': 'citizens-advice-adviceline',
  'food-help': 'citizens-advice-adviceline',
  'domestic-abuse': 'national-domestic-abuse-helpline',
  'tenancy-support': 'citizens-advice-adviceline',
  'young-people': 'childline',
  'home-safety': 'citizens-advice-adviceline',
};

/** What a draft edition's outcome pages say until an editor chooses its local services. */
const DRAFT_REASON =
  'This edition is new and its local services are not listed here yet. Use the national numbers on this page.';

/** The text of a draft edition.yaml for a new edition, with every role filled and a comment saying which to replace. */
export function draftEdition(opts: {
  edition: string;
  name: string;
  council: string;
  today: string;
  agencies: readonly { id: string; data: Obj }[];
  /** The decision tree's outcomes: each is listed in the draft local.yaml until a local number is chosen. */
  outcomes: readonly string[];
}): { text: string; local: string; fallbacks: RoleId[] } {
  const roles: string[] = [];
  const fallbacks: RoleId[] = [];
  for (const role of ROLE_IDS) {
    const category = ROLE_BY_CATEGORY[role];
    const ids = category
      ? opts.agencies.filter((a) => (a.data.categories as string[] | undefined)?.includes(category)).map((a) => a.id)
      : [];
    if (ids.length) roles.push(`  ${role}: [${ids.join(', ')}]`);
    else {
      fallbacks.push(role);
      roles.push(`  ${role}: [${NATIONAL_FALLBACK[role]}] # national fallback: replace with the local service`);
    }
  }
  const q = (s: string) => JSON.stringify(s);
  const text = `# A draft edition, written by npm run import:oruk on ${opts.today}. It is complete enough to build,
# but not to publish: replace every "national fallback" role with the local service, set the
# publisher's own name and address, and read docs/editions.md ("Start a new edition").
name: ${q(opts.name)}
council: ${q(opts.council)}
publisher:
  name: ${q(`the ${opts.name} edition of the housing and mental health guide`)}
  content_email: content@${opts.edition}.guide.example
accessibility:
  prepared: ${opts.today}
  reviewed: ${opts.today}
  tested: ${opts.today}
  known_issues:
    - issue: No person has yet checked the whole guide with a screen reader, speech recognition or other assistive technology. Only automated checks have been run, and they cannot find every problem.
      instead: If something does not work for you, email us and we will help.
local_crisis_line: ${NATIONAL_FALLBACK['mental-health-crisis']} # national fallback: replace with the local NHS crisis line
roles:
${roles.join('\n')}
`;
  const local = `# A draft, written by npm run import:oruk on ${opts.today}: no local service with a phone number
# has been chosen for any outcome yet. For each outcome, add the local services under
# outcomes: <id>: contacts:, and take the outcome out of this list (docs/editions.md).
without_local_number:
${opts.outcomes.map((o) => `  ${o}: ${q(DRAFT_REASON)}`).join('\n')}
`;
  return { text, local, fallbacks };
}
