/**
 * A service as every output shows it: the web's cards and pages, the printed booklet and the
 * kiosk. Each phone with its verb, its number as people read it and its link; the address as one
 * line; the opening hours as lines. Pure: plain data in (an agency's id and data), plain data out.
 */
import { phoneLink, type PhoneLink, type PhoneType } from '../directory/phone.ts';
import { describeHours, hoursKind } from '../directory/hours.ts';
import { printedAddress } from '../site/site-url.ts';
import { directionsHref, type Place } from '../directory/near-me.ts';
import { agencyHref } from '../site/routes.ts';
import type { Agency, AgencyHours } from '../content/schema.ts';

/** A phone number as the outputs show it. */
export interface PhoneView extends PhoneLink {
  type: PhoneType;
  /** What the number is for, in the service's words ("Free, 24 hours"). */
  description?: string;
  /** A short name for the number ("text relay"). */
  label?: string;
  /** Where there is room for only one: the short name, else what it is for. */
  note?: string;
}

export interface AgencyPhone {
  number: string;
  type: PhoneType;
  description?: string;
  label?: string;
}

export function phoneView(p: AgencyPhone): PhoneView {
  return {
    ...phoneLink(p.number, p.type),
    type: p.type,
    description: p.description,
    label: p.label,
    note: p.label ?? p.description,
  };
}

export interface HoursView {
  /** The hours written out, one line each ("Monday to Friday: 9am to 5pm"), or that they are not known. */
  lines: string[];
  notes?: string;
  /** Hours known only in words (no times to work out "open now" from): those words. */
  inWordsOnly?: string;
  /** Only what the device needs to work out "open now" (no words, notes or bank-holiday list), when it can. */
  openNow?: Pick<AgencyHours, 'open_24_hours' | 'regular_schedule' | 'bank_holidays'>;
}

export function hoursView(hours: AgencyHours | undefined): HoursView {
  const inWordsOnly = hoursKind(hours) === 'in-words' ? hours?.in_words : undefined;
  const openNow =
    hours && !inWordsOnly
      ? {
          open_24_hours: hours.open_24_hours,
          regular_schedule: hours.regular_schedule,
          bank_holidays: hours.bank_holidays,
        }
      : undefined;
  return { lines: describeHours(hours), notes: hours?.notes, inWordsOnly, openNow };
}

/** A postal address on one line: "1 High Street, Chatham, ME4 4TR". */
export function addressLine(address: Agency['physical_address']): string | undefined {
  if (!address) return undefined;
  return [address.address_1, address.address_2, address.city, address.postal_code].filter(Boolean).join(', ');
}

/** A postal address as the lines of a letter (the service page): the street lines, then "Chatham ME4 4TR". */
function addressLines(address: Agency['physical_address']): string[] | undefined {
  if (!address) return undefined;
  return [address.address_1, address.address_2, [address.city, address.postal_code].filter(Boolean).join(' ')].filter(
    (l): l is string => Boolean(l),
  );
}

/** The data of an agency that the views read (the content entry's data fits). */
export type AgencyData = Pick<
  Agency,
  'name' | 'description' | 'phones' | 'url' | 'email' | 'physical_address' | 'hours' | 'eligibility_description'
> &
  Partial<Pick<Agency, 'unverified'>>;

export interface AgencyView {
  id: string;
  name: string;
  description: string;
  /** The service's own page on the site. */
  href: string;
  phones: PhoneView[];
  /** The first line of the address: where to go, in a sentence ("at 1 High Street"). */
  street?: string;
  address?: string;
  /** The address as the lines of a letter. */
  addressLines?: string[];
  /** Where the door is, when the file gives both coordinates: for "Nearest first" on the device. */
  place?: Place;
  /** A walk-in address's directions on OpenStreetMap (another website, opened only if the person chooses it). */
  directions?: string;
  /** Null when the file gives no hours; `hours.lines` then says they are not known. */
  openingHours: AgencyHours | null;
  hours: HoursView;
  url?: string;
  /** The web address to type, without https:// and the last slash. */
  printedUrl?: string;
  email?: string;
  eligibility?: string;
  /** When the number could not be checked on the service's own page: a note to show beside it, wherever it is listed. */
  unverified?: string;
}

/** The words shown beside a number that rests only on other sites' pages. */
const UNVERIFIED_LEAD = 'We could not check this number on the service’s own website.';

/** The place of a walk-in address, when its file gives both coordinates. */
function placeOf(address: Agency['physical_address']): Place | undefined {
  if (address?.latitude === undefined || address.longitude === undefined) return undefined;
  return { latitude: address.latitude, longitude: address.longitude };
}

export function agencyView(id: string, a: AgencyData): AgencyView {
  const address = addressLine(a.physical_address);
  const place = placeOf(a.physical_address);
  return {
    id,
    name: a.name,
    description: a.description,
    href: agencyHref(id),
    phones: a.phones.map(phoneView),
    street: a.physical_address?.address_1,
    address,
    addressLines: addressLines(a.physical_address),
    place,
    directions: address ? directionsHref(address, place) : undefined,
    openingHours: a.hours ?? null,
    hours: hoursView(a.hours),
    url: a.url,
    printedUrl: a.url ? printedAddress(a.url) : undefined,
    email: a.email,
    eligibility: a.eligibility_description,
    unverified: a.unverified ? `${UNVERIFIED_LEAD} ${a.unverified}` : undefined,
  };
}

/** One fact of a service page's list: a short name and what the file says. */
export interface ServiceFact {
  term: string;
  detail: string;
}

/**
 * The facts a service file may give beyond how to contact it (often from an imported feed):
 * ages, cost, languages, how to get into the building, and who to ask for. Only those it gives.
 */
export function serviceFacts(
  a: Partial<Pick<Agency, 'minimum_age' | 'maximum_age' | 'fees' | 'languages' | 'contacts'>> & {
    physical_address?: { accessibility?: string };
  },
): ServiceFact[] {
  const facts: ServiceFact[] = [];
  const min = a.minimum_age;
  const max = a.maximum_age;
  if (min !== undefined && max !== undefined) facts.push({ term: 'Ages', detail: `${min} to ${max}` });
  else if (min !== undefined) facts.push({ term: 'Ages', detail: `${min} and over` });
  else if (max !== undefined) facts.push({ term: 'Ages', detail: `Up to ${max}` });
  if (a.fees) facts.push({ term: 'Cost', detail: a.fees });
  if (a.languages?.length) facts.push({ term: 'Languages', detail: a.languages.join(', ') });
  if (a.physical_address?.accessibility) facts.push({ term: 'Getting in', detail: a.physical_address.accessibility });
  for (const c of a.contacts ?? []) {
    const who = [c.name, c.title, c.department].filter(Boolean).join(', ');
    const detail = [who, c.email].filter(Boolean).join(': ');
    if (detail) facts.push({ term: 'Who to ask for', detail });
  }
  return facts;
}
