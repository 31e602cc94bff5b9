import { describe, expect, it } from 'vitest';
import {
  jsonLdText,
  openingHoursSpecification,
  serviceStructuredData,
} from '../../src/lib/directory/structured-data.ts';

const base = {
  name: 'Example Advice Centre',
  organization: 'Example Advice Trust',
  description: 'Free advice.',
  service_area: 'Medway',
  phones: [
    { number: '01632 960123', type: 'voice' as const, description: 'Free to call' },
    { number: '85258', type: 'text' as const },
  ],
};

describe('serviceStructuredData', () => {
  it('names the service and gives its phone as written on the page', () => {
    const d = serviceStructuredData(base, 'https://guide.example/services/x/');
    expect(d['@type']).toBe('Service');
    expect(d.name).toBe('Example Advice Centre');
    expect(d.url).toBe('https://guide.example/services/x/');
    expect(d.provider).toEqual({ '@type': 'Organization', name: 'Example Advice Trust' });
    const channels = d.availableChannel as { servicePhone?: { telephone: string } }[];
    // The text short code is not a telephone number.
    expect(channels.map((c) => c.servicePhone?.telephone)).toEqual(['01632 960123']);
  });

  it('leaves out what the file does not give', () => {
    const d = serviceStructuredData({ ...base, phones: [] });
    expect(d).not.toHaveProperty('url');
    expect(d).not.toHaveProperty('availableChannel');
    expect(JSON.stringify(d)).not.toMatch(/opens|address|email/i);
  });

  it('gives the address and opening hours when known', () => {
    const d = serviceStructuredData({
      ...base,
      physical_address: { address_1: '1 High Street', city: 'Chatham', postal_code: 'ME4 4AA' },
      hours: { regular_schedule: [{ byday: ['MO', 'TU'], opens_at: '09:30', closes_at: '16:00' }] },
    });
    const text = JSON.stringify(d);
    expect(text).toContain('"streetAddress":"1 High Street"');
    expect(text).toContain('"postalCode":"ME4 4AA"');
    expect(text).toContain('"opens":"09:30"');
    expect(text).toContain('https://schema.org/Tuesday');
  });
});

describe('openingHoursSpecification', () => {
  it('leaves out rows for some weeks or dates of the month (Schema.org cannot say "2nd Thursday"), and gives dated rows their dates', () => {
    expect(
      openingHoursSpecification({
        regular_schedule: [
          { byday: ['TH'], weeks_of_month: [2, 4], opens_at: '10:00', closes_at: '14:00' },
          { byday: ['MO'], opens_at: '09:00', closes_at: '17:00', valid_from: '2026-01-05', valid_to: '2027-03-31' },
        ],
      }),
    ).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Monday'],
        opens: '09:00',
        closes: '17:00',
        validFrom: '2026-01-05',
        validThrough: '2027-03-31',
      },
    ]);
  });
  it('is empty for hours given only in words', () => {
    expect(openingHoursSpecification({ in_words: 'Outside office hours' })).toEqual([]);
    expect(openingHoursSpecification(undefined)).toEqual([]);
  });
  it('covers every day for a service open all day and night', () => {
    const [spec] = openingHoursSpecification({ open_24_hours: true });
    expect((spec as { dayOfWeek: string[] }).dayOfWeek).toHaveLength(7);
  });
});

describe('jsonLdText', () => {
  it('cannot close the script element early', () => {
    expect(jsonLdText({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
  });
});
