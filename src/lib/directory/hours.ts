/**
 * Opening hours: is a service open now, when does it close or open next, and the hours
 * written out in words. All reasoning is in Europe/London wall-clock time, taken from the
 * platform's time zone data (Intl), so clock changes are handled by the calendar itself.
 */
import { WEEKDAYS, type Weekday } from '../taxonomy.ts';

interface ScheduleRow {
  byday: readonly Weekday[];
  opens_at: string;
  closes_at: string;
  /** Only these weeks of the month (1 = the first of those weekdays, -1 = the last). */
  weeks_of_month?: readonly number[];
  /** Only on these dates of the month. */
  days_of_month?: readonly number[];
  /** The first and last day the row applies (YYYY-MM-DD). */
  valid_from?: string;
  valid_to?: string;
}
export interface Hours {
  open_24_hours?: boolean;
  regular_schedule?: readonly ScheduleRow[];
  bank_holidays?: 'closed' | 'usual-hours' | 'open-24-hours' | 'not-stated';
  notes?: string;
  /** When the source gives no times: its own words for when the service answers. */
  in_words?: string;
}

const TIME_ZONE = 'Europe/London';
const DAY = 1440;

export interface LocalMoment {
  /** YYYY-MM-DD in London */
  date: string;
  weekday: Weekday;
  /** minutes since local midnight */
  minutes: number;
}

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  weekday: 'short',
});
const WEEKDAY_FROM_SHORT: Record<string, Weekday> = {
  Mon: 'MO',
  Tue: 'TU',
  Wed: 'WE',
  Thu: 'TH',
  Fri: 'FR',
  Sat: 'SA',
  Sun: 'SU',
};

export function londonMoment(instant: Date): LocalMoment {
  const p: Record<string, string> = {};
  for (const part of partsFormatter.formatToParts(instant)) p[part.type] = part.value;
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    weekday: WEEKDAY_FROM_SHORT[p.weekday],
    minutes: Number(p.hour) * 60 + Number(p.minute),
  };
}

/** Today's date in London as YYYY-MM-DD: the "today" that content dates, reviews and pages are checked against. */
export function londonToday(now: Date = new Date()): string {
  return londonMoment(now).date;
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** A closing time in minutes; 23:59 is how a 24-hour clock writes "until midnight", so it counts as midnight. */
function closeMinutes(hhmm: string): number {
  return hhmm === '23:59' ? DAY : toMinutes(hhmm);
}

function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
function weekdayAfter(day: Weekday, days: number): Weekday {
  return WEEKDAYS[(((WEEKDAYS.indexOf(day) + days) % 7) + 7) % 7];
}

type Interval = [number, number];

/** The number of days in the month of `iso` (YYYY-MM-DD). */
function daysInMonth(iso: string): number {
  const [y, m] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Whether a schedule row applies on a date: its weekday, its weeks or dates of the month, and its dates of validity. */
function rowAppliesOn(row: ScheduleRow, date: string, weekday: Weekday): boolean {
  if (!row.byday.includes(weekday)) return false;
  if (row.valid_from && date < row.valid_from) return false;
  if (row.valid_to && date > row.valid_to) return false;
  const day = Number(date.slice(8, 10));
  if (row.days_of_month && !row.days_of_month.includes(day)) return false;
  if (row.weeks_of_month) {
    const nth = Math.ceil(day / 7);
    const last = day + 7 > daysInMonth(date);
    if (!row.weeks_of_month.some((w) => w === nth || (w === -1 && last))) return false;
  }
  return true;
}

/** Open intervals of one calendar day, in minutes from that day's midnight (may run past 1440). */
function intervalsForDay(hours: Hours, date: string, weekday: Weekday, isBankHoliday: boolean): Interval[] {
  if (hours.open_24_hours) return [[0, DAY]];
  if (isBankHoliday && hours.bank_holidays === 'closed') return [];
  // Open all day on a bank holiday, and the day's usual hours still run on past midnight (a night shift).
  const out: Interval[] = isBankHoliday && hours.bank_holidays === 'open-24-hours' ? [[0, DAY]] : [];
  for (const row of hours.regular_schedule ?? []) {
    if (!rowAppliesOn(row, date, weekday)) continue;
    const start = toMinutes(row.opens_at);
    let end = closeMinutes(row.closes_at);
    if (end <= start) end += DAY; // runs past midnight into the next day
    out.push([start, end]);
  }
  return out;
}

type OpenState =
  | { state: 'always-open' }
  | { state: 'open'; closes: { inDays: number; minutes: number } }
  | { state: 'closed'; opens: { inDays: number; minutes: number; weekday: Weekday } | null }
  | { state: 'unknown'; reason?: 'no-hours' | 'bank-holidays-not-listed' | 'hours-ended' };

/**
 * The day the last row of a service's hours ended (its latest valid_to), when every row has an
 * end date; undefined when any row runs on with no end, or the service is open 24 hours. After
 * that day the guide no longer knows the hours: it says so, rather than "Closed now", and the
 * review lists the service to check (src/build-tools/review-report.ts).
 */
export function hoursEndedOn(hours: Hours | undefined): string | undefined {
  const rows = hours?.regular_schedule ?? [];
  if (hours?.open_24_hours || !rows.length || rows.some((r) => !r.valid_to)) return undefined;
  return rows.map((r) => r.valid_to as string).sort()[rows.length - 1];
}

/**
 * Whether the bank-holiday list covers a date: it covers every calendar year it has dates for.
 * A year missing from the list, before or after it ends, is not covered.
 */
function bankHolidaysCover(bankHolidays: readonly string[], date: string): boolean {
  const year = date.slice(0, 4);
  return bankHolidays.some((d) => d.startsWith(year));
}

export interface OpenStatus {
  status: OpenState;
  /** True when today is a bank holiday and the service has not said what it does on them. */
  bankHolidayUnclear: boolean;
  isBankHoliday: boolean;
}

/**
 * Whether a service is open at `instant`, and when that changes.
 * `bankHolidays` are England and Wales bank holidays as YYYY-MM-DD.
 */
export function openStatus(hours: Hours | undefined, instant: Date, bankHolidays: readonly string[]): OpenStatus {
  const now = londonMoment(instant);
  const holidays = new Set(bankHolidays);
  const isBankHoliday = holidays.has(now.date);
  const bankHolidayUnclear =
    isBankHoliday && !hours?.open_24_hours && (hours?.bank_holidays ?? 'not-stated') === 'not-stated';
  if (!hours || (!hours.open_24_hours && !hours.regular_schedule?.length)) {
    return { status: { state: 'unknown' }, bankHolidayUnclear, isBankHoliday };
  }
  if (hours.open_24_hours) return { status: { state: 'always-open' }, bankHolidayUnclear: false, isBankHoliday };
  // Every row has ended: the hours are no longer known (not "Closed now", which a person would act on).
  const ended = hoursEndedOn(hours);
  if (ended && ended < now.date)
    return { status: { state: 'unknown', reason: 'hours-ended' }, bankHolidayUnclear: false, isBankHoliday };
  // Without the year's bank holidays we cannot know if today is one: say so rather than guess.
  if (hours.bank_holidays !== 'usual-hours' && !bankHolidaysCover(bankHolidays, now.date)) {
    return {
      status: { state: 'unknown', reason: 'bank-holidays-not-listed' },
      bankHolidayUnclear: false,
      isBankHoliday,
    };
  }

  // Collect intervals from yesterday (overnight hours reach into today) to a week ahead,
  // all measured in minutes from today's midnight.
  const intervals: Interval[] = [];
  for (let offset = -1; offset <= 8; offset++) {
    const date = addDays(now.date, offset);
    const weekday = weekdayAfter(now.weekday, offset);
    for (const [s, e] of intervalsForDay(hours, date, weekday, holidays.has(date))) {
      intervals.push([s + offset * DAY, e + offset * DAY]);
    }
  }
  intervals.sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const iv of intervals) {
    const last = merged[merged.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else merged.push([...iv] as Interval);
  }

  const current = merged.find(([s, e]) => s <= now.minutes && now.minutes < e);
  if (current) {
    if (current[0] <= -DAY + 1 && current[1] >= 8 * DAY)
      return { status: { state: 'always-open' }, bankHolidayUnclear, isBankHoliday };
    const inDays = Math.floor(current[1] / DAY);
    return {
      status: { state: 'open', closes: { inDays, minutes: current[1] - inDays * DAY } },
      bankHolidayUnclear,
      isBankHoliday,
    };
  }
  const next = merged.find(([s]) => s > now.minutes);
  if (!next) return { status: { state: 'closed', opens: null }, bankHolidayUnclear, isBankHoliday };
  const inDays = Math.floor(next[0] / DAY);
  return {
    status: {
      state: 'closed',
      opens: { inDays, minutes: next[0] - inDays * DAY, weekday: weekdayAfter(now.weekday, inDays) },
    },
    bankHolidayUnclear,
    isBankHoliday,
  };
}

const DAY_NAMES: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

/** 540 -> "9am", 1050 -> "5:30pm", 0 or 1440 -> "midnight", 720 -> "midday" */
export function formatClock(minutes: number): string {
  const m = ((minutes % DAY) + DAY) % DAY;
  if (m === 0) return 'midnight';
  if (m === 720) return 'midday';
  const h = Math.floor(m / 60);
  const min = m % 60;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${min ? `:${String(min).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
}

function whenDay(inDays: number, weekday?: Weekday): string {
  if (inDays === 0) return 'today';
  if (inDays === 1) return 'tomorrow';
  if (inDays >= 7 && weekday) return `on ${DAY_NAMES[weekday]} next week`;
  return weekday ? `on ${DAY_NAMES[weekday]}` : `in ${inDays} days`;
}

/** A short sentence for the open-now indicator. */
export function describeStatus(
  s: OpenStatus,
  nowWeekday?: Weekday,
): { label: string; tone: 'open' | 'closed' | 'unknown' } {
  const st = s.status;
  const note = s.bankHolidayUnclear ? ' It is a bank holiday: it may be closed.' : '';
  switch (st.state) {
    case 'always-open':
      return { label: 'Open now, 24 hours', tone: 'open' };
    case 'open': {
      const day =
        st.closes.inDays === 0
          ? ''
          : ` ${whenDay(st.closes.inDays, nowWeekday ? weekdayAfter(nowWeekday, st.closes.inDays) : undefined)}`;
      return { label: `Open now. Closes at ${formatClock(st.closes.minutes)}${day}.${note}`, tone: 'open' };
    }
    case 'closed':
      if (!st.opens) return { label: 'Closed now.', tone: 'closed' };
      return {
        label: `Closed now. Opens at ${formatClock(st.opens.minutes)} ${whenDay(st.opens.inDays, st.opens.weekday)}.`,
        tone: 'closed',
      };
    default:
      if (st.reason === 'bank-holidays-not-listed') {
        return {
          label: 'This guide does not know the bank holidays for this date: check before you go.',
          tone: 'unknown',
        };
      }
      return { label: 'Opening hours not known: check before you go.', tone: 'unknown' };
  }
}

function dayRange(days: readonly Weekday[]): string {
  const idx = [...new Set(days)].map((d) => WEEKDAYS.indexOf(d)).sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const i of idx) {
    const run = runs[runs.length - 1];
    if (run && i === run[run.length - 1] + 1) run.push(i);
    else runs.push([i]);
  }
  const parts = runs.map((r) =>
    r.length >= 3
      ? `${DAY_NAMES[WEEKDAYS[r[0]]]} to ${DAY_NAMES[WEEKDAYS[r[r.length - 1]]]}`
      : r.map((i) => DAY_NAMES[WEEKDAYS[i]]).join(' and '),
  );
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
}

/**
 * How a service gives its hours: open 24 hours; times ("open now" can be worked out); only in the
 * source's own words (no times); or not known. The one place this is decided, for the pages, the
 * booklet, open data and the review.
 */
export type HoursKind = 'open-24-hours' | 'times' | 'in-words' | 'not-known';

export function hoursKind(hours: Hours | undefined): HoursKind {
  if (!hours) return 'not-known';
  if (hours.open_24_hours) return 'open-24-hours';
  if (hours.regular_schedule?.length) return 'times';
  return hours.in_words ? 'in-words' : 'not-known';
}

/** The opening hours written out in words, one line per schedule row. */
export function describeHours(hours: Hours | undefined): string[] {
  if (!hours) return ['Opening hours not known: check before you go.'];
  if (hours.open_24_hours) return ['Open 24 hours a day, every day.'];
  if (hoursKind(hours) === 'in-words' && hours.in_words) return [hours.in_words];
  const lines = (hours.regular_schedule ?? []).map((row) => {
    const s = toMinutes(row.opens_at);
    const e = closeMinutes(row.closes_at);
    const overnight = e <= s ? ' (the next morning)' : '';
    const time = s === 0 && e === DAY ? 'all day' : `${formatClock(s)} to ${formatClock(e)}${overnight}`;
    const valid = validityWords(row);
    // Some weeks or dates of the month: "2nd and 4th Thursday, 10am to 2pm".
    if (row.weeks_of_month || row.days_of_month) return `${monthlyDays(row)}, ${time}${valid}`;
    return `${dayRange(row.byday)}: ${time}${valid}`;
  });
  const bh = {
    closed: 'Closed on bank holidays.',
    'usual-hours': 'Bank holidays: usual hours.',
    'open-24-hours': 'Bank holidays: open 24 hours.',
    'not-stated': 'Bank holidays: check before you go.',
  }[hours.bank_holidays ?? 'not-stated'];
  return [...lines, bh];
}

const ORDINAL = (n: number) => (n === -1 ? 'last' : `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`);
const andList = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}` : xs[0]);

/** "2nd and 4th Thursday", "Last Friday", or "Thursday and Friday on the 2nd, 3rd and 4th of the month". */
function monthlyDays(row: ScheduleRow): string {
  const days = dayRange(row.byday);
  let words = days;
  if (row.weeks_of_month) {
    const weeks = [...row.weeks_of_month].sort((a, b) => (a === -1 ? 9 : a) - (b === -1 ? 9 : b));
    words = `${andList(weeks.map(ORDINAL))} ${days}`;
  }
  if (row.days_of_month)
    words += ` on the ${andList([...row.days_of_month].sort((a, b) => a - b).map(ORDINAL))} of the month`;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "5 January 2026" (made when first needed, so pages that only work out "open now" do not carry it). */
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** " (from 1 January 2027 to 31 March 2027)", " (until 31 March 2027)", or nothing. */
function validityWords(row: ScheduleRow): string {
  if (row.valid_from && row.valid_from === row.valid_to) return ` (on ${longDate(row.valid_from)} only)`;
  if (row.valid_from && row.valid_to) return ` (from ${longDate(row.valid_from)} to ${longDate(row.valid_to)})`;
  if (row.valid_to) return ` (until ${longDate(row.valid_to)})`;
  if (row.valid_from) return ` (from ${longDate(row.valid_from)})`;
  return '';
}
