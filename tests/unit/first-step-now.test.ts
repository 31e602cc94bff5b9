/**
 * "Do this first" at different times: when its first contact is closed now, the service that
 * answers instead comes first. Fixed clocks, in London time (December is UTC+0).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { firstStepNow } from '../../src/lib/directory/first-step-now.ts';
import type { Hours } from '../../src/lib/directory/hours.ts';

// The real list of bank holidays the site uses.
const BANK_HOLIDAYS: string[] = (
  parse(readFileSync(new URL('../../content/bank-holidays.yaml', import.meta.url), 'utf8')) as {
    dates: { date: string }[];
  }
).dates.map((d) => d.date);

// A council housing team open in office hours (a test's own hours, not a real council's).
const officeHours: Hours = {
  regular_schedule: [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '09:00', closes_at: '17:00' }],
  bank_holidays: 'closed',
};
// Bradford's Emergency Duty Team, as its agency file gives its hours.
const emergencyDutyTeam: Hours = {
  regular_schedule: [
    { byday: ['MO', 'TU', 'WE', 'TH'], opens_at: '17:00', closes_at: '07:30' },
    { byday: ['MO'], opens_at: '00:00', closes_at: '07:30' },
    { byday: ['FR'], opens_at: '16:30', closes_at: '23:59' },
    { byday: ['SA', 'SU'], opens_at: '00:00', closes_at: '23:59' },
  ],
  bank_holidays: 'open-24-hours',
};
// Bradford's children's social care: office hours, and nothing said about bank holidays.
const childrensSocialCare: Hours = {
  regular_schedule: [
    { byday: ['MO', 'TU', 'WE', 'TH'], opens_at: '08:30', closes_at: '17:00' },
    { byday: ['FR'], opens_at: '08:30', closes_at: '16:30' },
  ],
  bank_holidays: 'not-stated',
};

const WEEKDAY_10AM = new Date('2026-12-08T10:00:00Z'); // Tuesday
const WEEKDAY_2230 = new Date('2026-12-08T22:30:00Z'); // Tuesday
const SUNDAY_3PM = new Date('2026-12-13T15:00:00Z');
const CHRISTMAS_11AM = new Date('2026-12-25T11:00:00Z'); // Friday, a bank holiday
const NEW_YEAR_11AM = new Date('2027-01-01T11:00:00Z'); // Friday, a bank holiday

// An out-of-hours line whose source gives no times: it answers when the office is closed.
const outOfHoursLine = { whenClosed: true };

describe('"Do this first" knows the time', () => {
  it('at 10:00 on a weekday keeps the council first: it is open', () => {
    const now = firstStepNow(officeHours, outOfHoursLine, WEEKDAY_10AM, BANK_HOLIDAYS);
    expect(now.alternativeFirst).toBe(false);
    expect(now.alternativeOpen).toBe(false);
    expect(now.first).toEqual({ label: 'Open now. Closes at 5pm.', tone: 'open' });
  });

  it('at 22:30 on a weekday puts the out-of-hours line first, open now, and says when the council opens', () => {
    const now = firstStepNow(officeHours, outOfHoursLine, WEEKDAY_2230, BANK_HOLIDAYS);
    expect(now.alternativeFirst).toBe(true);
    expect(now.alternativeOpen).toBe(true);
    expect(now.first.label).toBe('Closed now. Opens at 9am tomorrow.');
  });

  it('on a Sunday afternoon says the council opens on Monday', () => {
    const now = firstStepNow(officeHours, outOfHoursLine, SUNDAY_3PM, BANK_HOLIDAYS);
    expect(now.alternativeFirst).toBe(true);
    expect(now.first.label).toBe('Closed now. Opens at 9am tomorrow.');
    const saturday = firstStepNow(officeHours, outOfHoursLine, new Date('2026-12-12T15:00:00Z'), BANK_HOLIDAYS);
    expect(saturday.first.label).toBe('Closed now. Opens at 9am on Monday.');
  });

  it('on a bank holiday from the real list (Christmas Day, New Year’s Day) puts the out-of-hours line first', () => {
    for (const day of [CHRISTMAS_11AM, NEW_YEAR_11AM]) {
      const now = firstStepNow(officeHours, outOfHoursLine, day, BANK_HOLIDAYS);
      expect(now.alternativeFirst, day.toISOString()).toBe(true);
      expect(now.first.tone).toBe('closed');
    }
    // Christmas Day is a Friday and the 28th is the Boxing Day substitute: the council opens on Tuesday.
    expect(firstStepNow(officeHours, outOfHoursLine, CHRISTMAS_11AM, BANK_HOLIDAYS).first.label).toBe(
      'Closed now. Opens at 9am on Tuesday.',
    );
  });

  it('an alternative with its own hours comes first only when those hours say it is open', () => {
    const night = firstStepNow(childrensSocialCare, { hours: emergencyDutyTeam }, WEEKDAY_2230, BANK_HOLIDAYS);
    expect(night.alternativeFirst).toBe(true);
    expect(night.first.label).toBe('Closed now. Opens at 8:30am tomorrow.');
    const sunday = firstStepNow(childrensSocialCare, { hours: emergencyDutyTeam }, SUNDAY_3PM, BANK_HOLIDAYS);
    expect(sunday.alternativeFirst).toBe(true);
    expect(firstStepNow(childrensSocialCare, { hours: emergencyDutyTeam }, WEEKDAY_10AM, BANK_HOLIDAYS)).toMatchObject({
      alternativeFirst: false,
      alternativeOpen: false,
    });
    // Closed, but the other one is closed too (a made-up daytime-only service): keep the content's order.
    const daytimeOnly = firstStepNow(officeHours, { hours: officeHours }, WEEKDAY_2230, BANK_HOLIDAYS);
    expect(daytimeOnly.alternativeFirst).toBe(false);
  });

  it('on a bank holiday puts the team that is surely open before the one that may be closed', () => {
    const now = firstStepNow(childrensSocialCare, { hours: emergencyDutyTeam }, NEW_YEAR_11AM, BANK_HOLIDAYS);
    expect(now.alternativeFirst).toBe(true);
    expect(now.first.label).toContain('It is a bank holiday: it may be closed.');
    // An out-of-hours line with no times of its own: whether the office is closed is not known, so no change.
    const unsure = firstStepNow(childrensSocialCare, outOfHoursLine, NEW_YEAR_11AM, BANK_HOLIDAYS);
    expect(unsure.alternativeFirst).toBe(false);
  });

  it('never claims "open now" or "closed" for a contact whose hours are not known: the content’s order stays', () => {
    for (const instant of [WEEKDAY_10AM, WEEKDAY_2230, SUNDAY_3PM, CHRISTMAS_11AM]) {
      const now = firstStepNow(undefined, outOfHoursLine, instant, BANK_HOLIDAYS);
      expect(now).toMatchObject({ alternativeFirst: false, alternativeOpen: false, first: { tone: 'unknown' } });
      expect(
        firstStepNow({ in_words: 'Office hours' }, { hours: emergencyDutyTeam }, instant, BANK_HOLIDAYS),
      ).toMatchObject({
        alternativeFirst: false,
      });
    }
  });

  it('does not guess for a year the bank-holiday list does not cover', () => {
    const now = firstStepNow(officeHours, outOfHoursLine, new Date('2031-12-09T22:30:00Z'), BANK_HOLIDAYS);
    expect(now.alternativeFirst).toBe(false);
  });
});
