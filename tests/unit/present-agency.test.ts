import { describe, expect, it } from 'vitest';
import { addressLine, agencyView, hoursView, phoneView, serviceFacts } from '../../src/lib/present/agency.ts';
import { council, dropIn, samaritans, shout } from './present-fixtures.ts';
import { agencyHref } from '../../src/lib/site/routes.ts';

describe('a service as every output shows it', () => {
  it('gives each phone its verb, the number as people read it, and the link to dial', () => {
    const v = agencyView('samaritans', samaritans);
    expect(v.phones).toEqual([
      expect.objectContaining({
        verb: 'Call',
        verbInSentence: 'call',
        display: '116 123',
        href: 'tel:116123',
        description: 'Free, any time.',
      }),
    ]);
    expect(agencyView('shout', shout).phones[0]).toMatchObject({
      verb: 'Text',
      verbInSentence: 'text',
      display: '85258',
      href: 'sms:85258',
    });
  });
  it('keeps the grouping a service publishes, and dials the full international number', () => {
    expect(phoneView({ number: '020 7946 0000', type: 'voice' })).toMatchObject({
      display: '020 7946 0000',
      href: 'tel:+442079460000',
    });
  });
  it('notes a number by its short label where there is room for one, else by what it is for', () => {
    const [main, relay] = agencyView('council', council).phones;
    expect(main!.note).toBeUndefined();
    expect(relay!.note).toBe('text relay');
    expect(agencyView('samaritans', samaritans).phones[0]!.note).toBe('Free, any time.');
  });
  it('writes the address on one line, and its first line for "at …"', () => {
    const v = agencyView('council', council);
    expect(v.address).toBe('Gun Wharf, Dock Road, Chatham, ME4 4TR');
    expect(v.street).toBe('Gun Wharf');
    expect(addressLine(dropIn.physical_address)).toBe('1 High Street, Chatham, ME4 4AA');
    expect(addressLine(undefined)).toBeUndefined();
  });
  it('writes the address as the lines of a letter for the service page: street lines, then town and postcode', () => {
    expect(agencyView('council', council).addressLines).toEqual(['Gun Wharf', 'Dock Road', 'Chatham ME4 4TR']);
    expect(agencyView('drop-in', dropIn).addressLines).toEqual(['1 High Street', 'Chatham ME4 4AA']);
    expect(agencyView('samaritans', samaritans).addressLines).toBeUndefined();
  });
  it('gives a walk-in address a directions link on OpenStreetMap, to its coordinates where the file has them', () => {
    expect(agencyView('drop-in', dropIn).directions).toBe(
      'https://www.openstreetmap.org/search?query=1+High+Street%2C+Chatham%2C+ME4+4AA',
    );
    const placed = { ...dropIn, physical_address: { ...dropIn.physical_address!, latitude: 51.38, longitude: 0.53 } };
    expect(agencyView('drop-in', placed).directions).toBe(
      'https://www.openstreetmap.org/directions?to=51.38000%2C0.53000',
    );
    expect(agencyView('samaritans', samaritans).directions).toBeUndefined();
  });
  it('gives the place of the door only when the file has both coordinates (for Nearest first)', () => {
    const placed = { ...dropIn, physical_address: { ...dropIn.physical_address!, latitude: 51.38, longitude: 0.53 } };
    expect(agencyView('drop-in', placed).place).toEqual({ latitude: 51.38, longitude: 0.53 });
    expect(agencyView('drop-in', dropIn).place).toBeUndefined();
    expect(agencyView('samaritans', samaritans).place).toBeUndefined();
  });
  it('gives the opening hours as lines, with the notes', () => {
    const v = agencyView('council', council);
    expect(v.hours.lines).toEqual(['Monday to Friday: 9am to 5pm', 'Closed on bank holidays.']);
    expect(v.hours.notes).toBe('Ring first.');
    // Open now is worked out on the device from the times alone: the words and notes stay on the page.
    expect(v.hours.openNow).toEqual({
      open_24_hours: false,
      regular_schedule: council.hours!.regular_schedule,
      bank_holidays: council.hours!.bank_holidays,
    });
    expect(agencyView('samaritans', samaritans).hours.lines).toEqual(['Open 24 hours a day, every day.']);
  });
  it('says when the hours are not known, and keeps hours known only in words', () => {
    expect(agencyView('drop-in', dropIn).hours).toMatchObject({
      lines: ['Opening hours not known: check before you go.'],
      openNow: undefined,
    });
    expect(agencyView('drop-in', dropIn).openingHours).toBeNull();
    const words = hoursView({
      open_24_hours: false,
      regular_schedule: [],
      bank_holidays: 'not-stated',
      in_words: 'Outside office hours, every day',
    });
    expect(words).toMatchObject({
      lines: ['Outside office hours, every day'],
      inWordsOnly: 'Outside office hours, every day',
      openNow: undefined,
    });
  });
  it('links to the service’s own page and prints its website to type in', () => {
    const v = agencyView('council', council);
    expect(v.href).toBe(agencyHref('council'));
    expect(v.printedUrl).toBe('www.medway.gov.uk/housing');
    expect(v.eligibility).toBe('People who live in the town.');
  });
});

describe('a number that could not be checked on the service’s own page', () => {
  it('carries a note saying so, for every output to show beside the number', () => {
    const v = agencyView('mind', {
      ...samaritans,
      unverified: 'Mind’s own website did not show this number when we checked.',
    });
    expect(v.unverified).toBe(
      'We could not check this number on the service’s own website. Mind’s own website did not show this number when we checked.',
    );
  });
  it('has no note when the number was checked', () => {
    expect(agencyView('samaritans', samaritans).unverified).toBeUndefined();
  });
});

describe("a service page's other facts (from an imported feed)", () => {
  it('shows ages, cost, languages, access and contacts when the file gives them, and nothing when it does not', () => {
    expect(
      serviceFacts({
        minimum_age: 12,
        maximum_age: 100,
        fees: 'Free',
        languages: ['Urdu', 'Polish'],
        contacts: [{ name: 'Ann Persona', title: 'Reception Manager' }],
        physical_address: { accessibility: 'Step-free entrance.' },
      }),
    ).toEqual([
      { term: 'Ages', detail: '12 to 100' },
      { term: 'Cost', detail: 'Free' },
      { term: 'Languages', detail: 'Urdu, Polish' },
      { term: 'Getting in', detail: 'Step-free entrance.' },
      { term: 'Who to ask for', detail: 'Ann Persona, Reception Manager' },
    ]);
    expect(serviceFacts({ minimum_age: 18 })).toEqual([{ term: 'Ages', detail: '18 and over' }]);
    expect(serviceFacts({ maximum_age: 25 })).toEqual([{ term: 'Ages', detail: 'Up to 25' }]);
    expect(serviceFacts({})).toEqual([]);
  });
});
