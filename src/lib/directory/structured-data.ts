/**
 * Schema.org structured data (JSON-LD) for a service's page, so search engines can show its name,
 * phone numbers, address and opening hours. Everything comes from the service's content file:
 * a field the file does not give is left out, never guessed.
 */
import { phoneLink, type PhoneType } from './phone.ts';
import type { Hours } from './hours.ts';
import type { Weekday } from '../taxonomy.ts';

export interface ServiceForStructuredData {
  name: string;
  organization: string;
  description: string;
  service_area?: string;
  phones: readonly { number: string; type: PhoneType; description?: string }[];
  email?: string;
  url?: string;
  physical_address?: { address_1: string; address_2?: string; city: string; postal_code?: string };
  hours?: Hours;
}

const DAY: Record<Weekday, string> = {
  MO: 'https://schema.org/Monday',
  TU: 'https://schema.org/Tuesday',
  WE: 'https://schema.org/Wednesday',
  TH: 'https://schema.org/Thursday',
  FR: 'https://schema.org/Friday',
  SA: 'https://schema.org/Saturday',
  SU: 'https://schema.org/Sunday',
};
const ALL_DAYS = Object.keys(DAY) as Weekday[];

/** Opening hours as Schema.org OpeningHoursSpecification, only when the file gives times. */
export function openingHoursSpecification(hours: Hours | undefined): Record<string, unknown>[] {
  if (!hours) return [];
  if (hours.open_24_hours)
    return [
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ALL_DAYS.map((d) => DAY[d]), opens: '00:00', closes: '23:59' },
    ];
  // Schema.org has no "2nd Thursday of the month": such rows are left out rather than said to be every week.
  return (hours.regular_schedule ?? [])
    .filter((row) => !row.weeks_of_month && !row.days_of_month)
    .map((row) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: row.byday.map((d) => DAY[d]),
      opens: row.opens_at,
      closes: row.closes_at,
      ...(row.valid_from ? { validFrom: row.valid_from } : {}),
      ...(row.valid_to ? { validThrough: row.valid_to } : {}),
    }));
}

/** The JSON-LD object for a service. `pageUrl` is its page's full address, when the edition has one. */
export function serviceStructuredData(s: ServiceForStructuredData, pageUrl?: string): Record<string, unknown> {
  const hours = openingHoursSpecification(s.hours);
  const channels: Record<string, unknown>[] = s.phones
    .filter((p) => p.type === 'voice')
    .map((p) => ({
      '@type': 'ServiceChannel',
      ...(p.description ? { name: p.description } : {}),
      servicePhone: {
        '@type': 'ContactPoint',
        telephone: phoneLink(p.number, p.type).display,
        ...(hours.length ? { hoursAvailable: hours } : {}),
      },
    }));
  const address = s.physical_address
    ? {
        '@type': 'PostalAddress',
        streetAddress: [s.physical_address.address_1, s.physical_address.address_2].filter(Boolean).join(', '),
        addressLocality: s.physical_address.city,
        ...(s.physical_address.postal_code ? { postalCode: s.physical_address.postal_code } : {}),
        addressCountry: 'GB',
      }
    : undefined;
  if (address) {
    channels.push({
      '@type': 'ServiceChannel',
      serviceLocation: { '@type': 'Place', address, ...(hours.length ? { openingHoursSpecification: hours } : {}) },
    });
  }
  if (s.url) channels.push({ '@type': 'ServiceChannel', serviceUrl: s.url });
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    name: s.name,
    description: s.description,
    ...(pageUrl ? { url: pageUrl } : {}),
    provider: { '@type': 'Organization', name: s.organization },
    ...(s.email ? { email: s.email } : {}),
    ...(s.service_area ? { areaServed: s.service_area } : {}),
    ...(channels.length ? { availableChannel: channels } : {}),
  };
}

/**
 * The JSON text to put inside <script type="application/ld+json">. "<" is escaped so that no
 * text from the content can end the script element early.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
