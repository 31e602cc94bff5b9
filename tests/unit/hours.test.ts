import { describe, expect, it } from 'vitest';
import {
  describeHours,
  describeStatus,
  hoursEndedOn,
  hoursKind,
  formatClock,
  londonMoment,
  londonToday,
  openStatus,
  type Hours,
} from '../../src/lib/directory/hours.ts';

const weekdays9to5: Hours = {
  regular_schedule: [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '09:00', closes_at: '17:00' }],
  bank_holidays: 'closed',
};
const sunday9to5: Hours = {
  regular_schedule: [{ byday: ['SU'], opens_at: '09:00', closes_at: '17:00' }],
  bank_holidays: 'closed',
};
const outOfHours: Hours = {
  regular_schedule: [
    { byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '17:00', closes_at: '09:00' },
    { byday: ['SA', 'SU'], opens_at: '00:00', closes_at: '23:59' },
    { byday: ['MO'], opens_at: '00:00', closes_at: '09:00' },
  ],
  bank_holidays: 'open-24-hours',
};
const HOLIDAYS = ['2026-12-25', '2026-12-28', '2027-01-01'];
const at = (iso: string) => new Date(iso);

describe('London time', () => {
  it('reads summer time as UTC+1 and winter time as UTC+0', () => {
    expect(londonMoment(at('2026-07-01T08:30:00Z'))).toEqual({
      date: '2026-07-01',
      weekday: 'WE',
      minutes: 9 * 60 + 30,
    });
    expect(londonMoment(at('2026-12-01T08:30:00Z'))).toEqual({
      date: '2026-12-01',
      weekday: 'TU',
      minutes: 8 * 60 + 30,
    });
  });
  it('puts 23:30 UTC on a summer night on the next London day', () => {
    expect(londonMoment(at('2026-06-30T23:30:00Z'))).toMatchObject({ date: '2026-07-01', weekday: 'WE', minutes: 30 });
  });
  it('gives today as the London date: late on a summer night it is already tomorrow', () => {
    expect(londonToday(at('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonToday(at('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});

describe('open now across clock changes', () => {
  it('on the Sunday clocks go forward (29 March 2026), 08:30 UTC is 9:30am and open', () => {
    const s = openStatus(sunday9to5, at('2026-03-29T08:30:00Z'), HOLIDAYS);
    expect(s.status).toEqual({ state: 'open', closes: { inDays: 0, minutes: 17 * 60 } });
  });
  it('on the Sunday clocks go back (25 October 2026), 08:30 UTC is 8:30am and not yet open', () => {
    const s = openStatus(sunday9to5, at('2026-10-25T08:30:00Z'), HOLIDAYS);
    expect(s.status).toEqual({ state: 'closed', opens: { inDays: 0, minutes: 9 * 60, weekday: 'SU' } });
    expect(describeStatus(s).label).toBe('Closed now. Opens at 9am today.');
  });
  it('the day before clocks go back, 16:30 UTC is 5:30pm summer time and closed', () => {
    const s = openStatus(weekdays9to5, at('2026-10-23T16:30:00Z'), HOLIDAYS);
    expect(s.status.state).toBe('closed');
    expect(describeStatus(s).label).toBe('Closed now. Opens at 9am on Monday.');
  });
});

describe('bank holidays', () => {
  it('a weekday service closed on bank holidays is closed on the Boxing Day substitute (28 December 2026)', () => {
    const s = openStatus(weekdays9to5, at('2026-12-28T10:00:00Z'), HOLIDAYS);
    expect(s.isBankHoliday).toBe(true);
    expect(s.status).toEqual({ state: 'closed', opens: { inDays: 1, minutes: 540, weekday: 'TU' } });
    expect(describeStatus(s).label).toBe('Closed now. Opens at 9am tomorrow.');
  });
  it('the same service is open the next day', () => {
    expect(openStatus(weekdays9to5, at('2026-12-29T10:00:00Z'), HOLIDAYS).status.state).toBe('open');
  });
  it('skips a bank holiday when finding the next opening', () => {
    // Thursday 24 December 2026, after closing: Friday 25th and Monday 28th are bank holidays.
    const s = openStatus(weekdays9to5, at('2026-12-24T18:00:00Z'), HOLIDAYS);
    expect(s.status).toEqual({ state: 'closed', opens: { inDays: 5, minutes: 540, weekday: 'TU' } });
    expect(describeStatus(s).label).toBe('Closed now. Opens at 9am on Tuesday.');
  });
  it('keeps usual hours on a bank holiday when the service says so', () => {
    const s = openStatus({ ...weekdays9to5, bank_holidays: 'usual-hours' }, at('2026-12-28T10:00:00Z'), HOLIDAYS);
    expect(s.status.state).toBe('open');
  });
  it('warns when a service has not said what it does on bank holidays', () => {
    const s = openStatus({ ...weekdays9to5, bank_holidays: 'not-stated' }, at('2026-12-28T10:00:00Z'), HOLIDAYS);
    expect(s.bankHolidayUnclear).toBe(true);
    expect(describeStatus(s).label).toMatch(/bank holiday: it may be closed/);
  });
  it('an out-of-hours line that is open all day on bank holidays is open at midday on one', () => {
    const s = openStatus(outOfHours, at('2026-12-28T12:00:00Z'), HOLIDAYS);
    expect(s.status.state).toBe('open');
  });
  it('an out-of-hours line open all day on a bank holiday Monday still runs its usual night into Tuesday', () => {
    // Monday 28 December 2026 is a bank holiday; the line's Monday evening runs to 9am on Tuesday.
    const late = openStatus(outOfHours, at('2026-12-28T23:00:00Z'), HOLIDAYS);
    expect(describeStatus(late, 'MO').label).toBe('Open now. Closes at 9am tomorrow.');
    const night = openStatus(outOfHours, at('2026-12-29T00:30:00Z'), HOLIDAYS);
    expect(describeStatus(night, 'TU').label).toBe('Open now. Closes at 9am.');
  });
});

describe('24-hour services', () => {
  it('are always open, even on Christmas Day', () => {
    const s = openStatus({ open_24_hours: true }, at('2026-12-25T03:00:00Z'), HOLIDAYS);
    expect(s.status).toEqual({ state: 'always-open' });
    expect(describeStatus(s).label).toBe('Open now, 24 hours');
  });
});

describe('hours past midnight', () => {
  it('a 5pm to 9am line is open at 2am on a Tuesday and closes at 9am', () => {
    const s = openStatus(outOfHours, at('2026-11-24T02:00:00Z'), HOLIDAYS);
    expect(s.status).toEqual({ state: 'open', closes: { inDays: 0, minutes: 540 } });
    expect(describeStatus(s).label).toBe('Open now. Closes at 9am.');
  });
  it('is closed at midday on a Tuesday and opens at 5pm', () => {
    const s = openStatus(outOfHours, at('2026-11-24T12:00:00Z'), HOLIDAYS);
    expect(describeStatus(s).label).toBe('Closed now. Opens at 5pm today.');
  });
  it('runs from Friday evening through the weekend to Monday 9am', () => {
    const s = openStatus(outOfHours, at('2026-11-28T12:00:00Z'), HOLIDAYS); // Saturday
    expect(s.status).toEqual({ state: 'open', closes: { inDays: 2, minutes: 540 } });
    expect(describeStatus(s, 'SA').label).toBe('Open now. Closes at 9am on Monday.');
  });
  it('a service open 10pm to 2am is open at 1am the next morning', () => {
    const late: Hours = {
      regular_schedule: [{ byday: ['FR'], opens_at: '22:00', closes_at: '02:00' }],
      bank_holidays: 'closed',
    };
    expect(openStatus(late, at('2026-11-28T01:00:00Z'), HOLIDAYS).status.state).toBe('open'); // Saturday 1am
    expect(openStatus(late, at('2026-11-28T03:00:00Z'), HOLIDAYS).status.state).toBe('closed');
  });
});

describe('hours in words', () => {
  it('writes days and times as people say them', () => {
    expect(describeHours(weekdays9to5)).toEqual(['Monday to Friday: 9am to 5pm', 'Closed on bank holidays.']);
    expect(describeHours(outOfHours)).toEqual([
      'Monday to Friday: 5pm to 9am (the next morning)',
      'Saturday and Sunday: all day',
      'Monday: midnight to 9am',
      'Bank holidays: open 24 hours.',
    ]);
    expect(describeHours({ open_24_hours: true })).toEqual(['Open 24 hours a day, every day.']);
  });
  it('formats clock times', () => {
    expect([formatClock(0), formatClock(540), formatClock(720), formatClock(1050), formatClock(1440)]).toEqual([
      'midnight',
      '9am',
      'midday',
      '5:30pm',
      'midnight',
    ]);
  });
  it('says when hours are unknown rather than guessing', () => {
    expect(openStatus(undefined, at('2026-11-24T12:00:00Z'), HOLIDAYS).status.state).toBe('unknown');
  });
});

describe('dates the bank-holiday list does not cover', () => {
  const list = ['2026-12-25', '2026-12-28', '2028-05-01'];
  it('says "check before you go" rather than "Open now" in a year missing from the list', () => {
    // Monday 3 May 2027 is a bank holiday, but 2027 is not in this list.
    const s = openStatus(weekdays9to5, at('2027-05-03T10:00:00Z'), list);
    expect(s.status.state).toBe('unknown');
    expect(describeStatus(s, 'MO')).toEqual({
      label: 'This guide does not know the bank holidays for this date: check before you go.',
      tone: 'unknown',
    });
  });
  it('says the same after the list ends', () => {
    expect(openStatus(weekdays9to5, at('2029-01-03T10:00:00Z'), list).status.state).toBe('unknown');
  });
  it('still answers for a year the list covers, and for services whose hours do not change on bank holidays', () => {
    expect(openStatus(weekdays9to5, at('2026-12-29T10:00:00Z'), list).status.state).toBe('open');
    expect(
      openStatus({ ...weekdays9to5, bank_holidays: 'usual-hours' }, at('2027-05-03T10:00:00Z'), list).status.state,
    ).toBe('open');
    expect(openStatus({ open_24_hours: true }, at('2027-05-03T10:00:00Z'), list).status.state).toBe('always-open');
  });
});

describe('until midnight', () => {
  it('23:59 counts as midnight, so the hours read "to midnight" and run on into the next day', () => {
    const late: Hours = {
      regular_schedule: [
        { byday: ['FR'], opens_at: '18:00', closes_at: '23:59' },
        { byday: ['SA'], opens_at: '00:00', closes_at: '02:00' },
      ],
      bank_holidays: 'usual-hours',
    };
    expect(describeHours(late)[0]).toBe('Friday: 6pm to midnight');
    const s = openStatus(late, at('2026-11-27T23:59:30Z'), HOLIDAYS);
    expect(s.status).toEqual({ state: 'open', closes: { inDays: 1, minutes: 120 } });
  });
});

describe('hoursKind: how a service gives its hours, decided in one place for every page, the booklet and open data', () => {
  it('tells 24 hours, times, words only and not known apart', () => {
    expect(hoursKind({ open_24_hours: true, in_words: 'Always' })).toBe('open-24-hours');
    expect(hoursKind(weekdays9to5)).toBe('times');
    expect(hoursKind({ ...weekdays9to5, in_words: 'Weekdays, office hours' })).toBe('times');
    expect(hoursKind({ regular_schedule: [], in_words: 'Outside office hours, every day.' })).toBe('in-words');
    expect(hoursKind({ regular_schedule: [], in_words: '' })).toBe('not-known');
    expect(hoursKind(undefined)).toBe('not-known');
  });
});

describe('monthly patterns and dates of validity', () => {
  // December 2026: Thursdays are the 3rd, 10th, 17th, 24th and 31st.
  const secondAndFourthThursday: Hours = {
    regular_schedule: [{ byday: ['TH'], weeks_of_month: [2, 4], opens_at: '10:00', closes_at: '14:00' }],
    bank_holidays: 'closed',
  };
  it('is open on the 2nd Thursday of the month and closed on the 1st and 3rd', () => {
    expect(openStatus(secondAndFourthThursday, at('2026-12-10T11:00:00Z'), HOLIDAYS).status.state).toBe('open');
    expect(openStatus(secondAndFourthThursday, at('2026-12-03T11:00:00Z'), HOLIDAYS).status.state).toBe('closed');
    expect(openStatus(secondAndFourthThursday, at('2026-12-17T11:00:00Z'), HOLIDAYS).status.state).toBe('closed');
    // From the 3rd Thursday, it next opens a week later, on the 4th.
    expect(openStatus(secondAndFourthThursday, at('2026-12-17T11:00:00Z'), HOLIDAYS).status).toEqual({
      state: 'closed',
      opens: { inDays: 7, minutes: 600, weekday: 'TH' },
    });
    expect(describeStatus(openStatus(secondAndFourthThursday, at('2026-12-17T11:00:00Z'), HOLIDAYS)).label).toBe(
      'Closed now. Opens at 10am on Thursday next week.',
    );
  });
  it('"last Thursday" is the 31st in December 2026, not the 24th', () => {
    const last: Hours = {
      regular_schedule: [{ byday: ['TH'], weeks_of_month: [-1], opens_at: '10:00', closes_at: '14:00' }],
      bank_holidays: 'closed',
    };
    expect(openStatus(last, at('2026-12-31T11:00:00Z'), HOLIDAYS).status.state).toBe('open');
    expect(openStatus(last, at('2026-12-24T11:00:00Z'), HOLIDAYS).status.state).toBe('closed');
  });
  it('a row for some dates of the month opens only on those dates', () => {
    const dates: Hours = {
      regular_schedule: [{ byday: ['TH', 'FR'], days_of_month: [2, 3, 4], opens_at: '10:00', closes_at: '18:00' }],
      bank_holidays: 'closed',
    };
    expect(openStatus(dates, at('2026-12-03T11:00:00Z'), HOLIDAYS).status.state).toBe('open');
    expect(openStatus(dates, at('2026-12-10T11:00:00Z'), HOLIDAYS).status.state).toBe('closed');
    expect(describeHours(dates)[0]).toBe('Thursday and Friday on the 2nd, 3rd and 4th of the month, 10am to 6pm');
  });
  it('an ended schedule is not "open now" and says its hours are not known, and one that has not started yet is not open either', () => {
    const ended: Hours = {
      regular_schedule: [
        { byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '09:00', closes_at: '17:00', valid_to: '2026-11-30' },
      ],
      bank_holidays: 'closed',
    };
    // Every row has ended: the guide no longer knows the hours, so it says so rather than "Closed now".
    const endedStatus = openStatus(ended, at('2026-12-07T11:00:00Z'), HOLIDAYS);
    expect(endedStatus.status).toEqual({ state: 'unknown', reason: 'hours-ended' });
    expect(describeStatus(endedStatus)).toEqual({
      label: 'Opening hours not known: check before you go.',
      tone: 'unknown',
    });
    // Still the last day of the row: its hours hold.
    expect(openStatus(ended, at('2026-11-30T11:00:00Z'), HOLIDAYS).status.state).toBe('open');
    // One row ended, another still runs: the hours are known, and it is closed until the next one.
    const partly: Hours = {
      regular_schedule: [
        ...ended.regular_schedule!,
        { byday: ['SA'], opens_at: '10:00', closes_at: '12:00', valid_to: '2027-03-31' },
      ],
      bank_holidays: 'closed',
    };
    expect(openStatus(partly, at('2026-12-07T11:00:00Z'), HOLIDAYS).status).toEqual({
      state: 'closed',
      opens: { inDays: 5, minutes: 600, weekday: 'SA' },
    });
    expect(hoursEndedOn(ended)).toBe('2026-11-30');
    expect(hoursEndedOn(partly)).toBe('2027-03-31');
    expect(hoursEndedOn(weekdays9to5)).toBeUndefined();
    expect(hoursEndedOn({ open_24_hours: true, regular_schedule: ended.regular_schedule })).toBeUndefined();
    const future: Hours = {
      regular_schedule: [
        { byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opens_at: '09:00', closes_at: '17:00', valid_from: '2026-12-08' },
      ],
      bank_holidays: 'closed',
    };
    expect(openStatus(future, at('2026-12-07T11:00:00Z'), HOLIDAYS).status).toEqual({
      state: 'closed',
      opens: { inDays: 1, minutes: 540, weekday: 'TU' },
    });
    expect(openStatus(future, at('2026-12-08T11:00:00Z'), HOLIDAYS).status.state).toBe('open');
  });
  it('writes a monthly row as "2nd and 4th Thursday, 10am to 2pm", and says when a row ends', () => {
    expect(describeHours(secondAndFourthThursday)[0]).toBe('2nd and 4th Thursday, 10am to 2pm');
    expect(
      describeHours({
        regular_schedule: [
          {
            byday: ['MO'],
            opens_at: '09:00',
            closes_at: '17:00',
            valid_from: '2026-01-05',
            valid_to: '2027-03-31',
          },
        ],
        bank_holidays: 'closed',
      })[0],
    ).toBe('Monday: 9am to 5pm (from 5 January 2026 to 31 March 2027)');
    expect(
      describeHours({
        regular_schedule: [
          { byday: ['SA'], opens_at: '10:00', closes_at: '12:00', valid_from: '2026-12-12', valid_to: '2026-12-12' },
        ],
        bank_holidays: 'closed',
      })[0],
    ).toBe('Saturday: 10am to midday (on 12 December 2026 only)');
  });
});
