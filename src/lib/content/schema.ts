/**
 * The zod schemas for every kind of content. Field names of agencies follow Open Referral
 * UK / HSDS where they fit. These schemas are used by the content collections and by the
 * build's content check, which reports every problem with the file, the field and the fix.
 */
import { z } from 'zod';
import { checkPhone } from '../directory/phone.ts';
import { toIsoDate } from '../dates.ts';
import { hoursKind } from '../directory/hours.ts';
import { AUDIENCES, CATEGORY_IDS, ROLE_IDS, TOPIC_IDS, WEEKDAYS } from '../taxonomy.ts';

/**
 * What kind of value a text field holds, for the content editor (src/lib/editor/editor-config.ts): it gives
 * dates, times, web addresses and phone numbers the same pattern and message as the check here.
 */
export type EditorKind = 'date' | 'time' | 'url' | 'phone';
const kinds = new WeakMap<object, EditorKind>();
/** Marks a schema (and its copies made by .describe()) as holding a date, time, web address or phone number. */
function withKind<T extends z.core.$ZodType>(schema: T, kind: EditorKind): T {
  kinds.set(schema._zod.def, kind);
  return schema;
}
/** The kind of value a schema holds, if it is a date, time, web address or phone number. */
export const editorKind = (schema: z.core.$ZodType): EditorKind | undefined => kinds.get(schema._zod.def);

/** The number of single-letter edits between two words (to suggest the field an editor meant). */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = keep;
    }
  }
  return row[b.length];
}

/** The known field nearest to an unknown one, when it is close enough to be a slip. */
export function nearestField(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    // Close enough to be a slip: a few letters out for the length of the words.
    const score = d / Math.max(key.length, k.length);
    if (d <= Math.max(2, Math.floor(Math.max(key.length, k.length) / 3)) && score < bestScore) {
      bestScore = score;
      best = k;
    }
  }
  return best;
}

/** The message for field names a schema does not know: the nearest known name, and the fields it does know. */
function unknownFieldMessage(keys: readonly string[], known: readonly string[]): string {
  const parts = keys.map((k) => {
    const near = nearestField(k, known);
    return `\`${k}\` is not a field${near ? `; did you mean \`${near}\`?` : '.'}`;
  });
  const near = keys.length === 1 ? nearestField(keys[0], known) : null;
  return `${parts.join(' ')} Fix: ${near ? `rename it to \`${near}\`` : 'correct the name or delete it'} (the fields here are ${known.join(', ')}); a field with a wrong name is not read at all.`;
}

/** An object that refuses field names it does not know, naming the nearest known one. */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T, params?: { error?: string }) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? unknownFieldMessage(iss.keys, known)
        : iss.code === 'invalid_type'
          ? params?.error
          : undefined,
  });
}

/** Longest name and description a person can read on a phone; longer text belongs in a guide page. */
export const MAX_NAME = 120;
export const MAX_DESCRIPTION = 600;

/** Control characters (other than tab and line breaks) and the replacement character left by bytes that were not UTF-8. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Characters that change the direction of text (they can make a number or name read backwards) or take no space. */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
const REPLACEMENT = /\uFFFD/;
/**
 * The zero-width non-joiner (U+200C) and joiner (U+200D) are part of how some scripts are written
 * (Urdu and Persian in Arabic script; Bengali, Hindi, Punjabi, Gujarati and other Indian scripts).
 * They are allowed only between two letters (or vowel signs) of one of these scripts.
 */
const JOINERS = new Set(['\u200C', '\u200D']);
const JOINING_SCRIPTS = [
  'Arabic',
  'Syriac',
  'Bengali',
  'Devanagari',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
].map((script) => new RegExp(`^(?=[\\p{L}\\p{M}])\\p{scx=${script}}$`, 'u'));
const joinsLetters = (before: string | undefined, after: string | undefined) =>
  before !== undefined &&
  after !== undefined &&
  JOINING_SCRIPTS.some((letter) => letter.test(before) && letter.test(after));

/**
 * The problem with hidden characters in a text, or null: control, direction-changing and zero-width
 * characters (a joiner or non-joiner between two letters of a script that needs it is not a problem).
 */
export function hiddenCharacterProblem(v: string): string | null {
  if (REPLACEMENT.test(v))
    return 'contains characters that were not saved as UTF-8 (shown as \uFFFD). Fix: save the file as UTF-8 and retype the damaged letters.';
  const hex = (c: string) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  const control = CONTROL.exec(v);
  if (control)
    return `contains an invisible control character (U+${hex(control[0])}). Fix: delete it and retype the text around it.`;
  const chars = Array.from(v);
  const hidden = chars.find(
    (c, i) => INVISIBLE.test(c) && !(JOINERS.has(c) && joinsLetters(chars[i - 1], chars[i + 1])),
  );
  if (hidden)
    return `contains a hidden character (U+${hex(hidden)}) that changes the direction of the text or takes no space, so what people see is not what is written. Fix: delete it and retype the text around it.`;
  return null;
}

/** Text shown to people: trimmed, not empty, no hidden characters, and at most `max` characters. */
export const text = (max?: number, tooLong?: string) => {
  let s = z.string().trim().min(1, 'is empty. Fix: write the text, or remove the field.');
  if (max)
    s = s.max(max, tooLong ?? `is too long (over ${max} characters). Fix: shorten it to ${max} characters or fewer.`);
  return s.superRefine((v, ctx) => {
    const problem = hiddenCharacterProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
};

/** Limits for the shorter kinds of text: a flowchart label, and a source's title. */
export const MAX_SHORT = 40;
const MAX_SOURCE_TITLE = 300;

/** A calendar date (YYYY-MM-DD). Pass `today` to refuse dates after it. */
export const isoDate = (opts: { notAfter?: string } = {}) =>
  withKind(
    z.any().transform((value, ctx) => {
      if (value === undefined || value === null || value === '') {
        ctx.addIssue({
          code: 'custom',
          message: 'is missing. Fix: add the date you checked it, written as YYYY-MM-DD, for example 2026-11-22.',
        });
        return z.NEVER;
      }
      const iso = toIsoDate(value);
      if (!iso) {
        ctx.addIssue({
          code: 'custom',
          message: `"${String(value)}" is not a date. Fix: write it as YYYY-MM-DD, for example 2026-11-22.`,
        });
        return z.NEVER;
      }
      if (opts.notAfter && iso > opts.notAfter) {
        ctx.addIssue({
          code: 'custom',
          message: `${iso} is in the future (today is ${opts.notAfter}). Fix: use the date you actually checked it.`,
        });
        return z.NEVER;
      }
      return iso;
    }),
    'date',
  );

/** The longest web address the guide takes (the address of a page, not a page's content). */
const MAX_URL = 500;

/** A full web address: https://, a host with a dot, and no spaces. */
export const WEB_ADDRESS_PATTERN = /^https:\/\/[^\s/]+\.[^\s]+$/;
export const WEB_ADDRESS_MESSAGE = 'is not a full web address. Fix: write it starting with https://';

export const webAddress = withKind(
  z
    .string()
    .trim()
    .max(
      MAX_URL,
      `is too long (over ${MAX_URL} characters). Fix: link to the page's own address, without tracking or search parts after a ?.`,
    )
    .refine((s) => WEB_ADDRESS_PATTERN.test(s), { message: WEB_ADDRESS_MESSAGE })
    .superRefine((v, ctx) => {
      const problem = hiddenCharacterProblem(v);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  'url',
);

export const sourceSchema = (today?: string) =>
  strictObject({
    title: text(MAX_SOURCE_TITLE).optional().describe('The page’s title, as the page gives it, with who published it.'),
    url: webAddress.describe('The full web address of the page you read, starting with https://.'),
    checked: isoDate({ notAfter: today }).describe(
      'The date you read the page and checked the facts against it, as YYYY-MM-DD.',
    ),
    /** A secondary source (a council, NHS trust or charity restating a fact, not the body itself or the law). */
    secondary: z
      .boolean()
      .default(false)
      .describe(
        'Tick if the page is not the service’s own page or the law (a council, NHS trust or charity saying it again).',
      ),
    /** The page shows no date of its own (published or updated): `npm run review` lists local numbers resting only on such pages. */
    undated: z
      .boolean()
      .default(false)
      .describe('Tick if the page shows no date of its own (no published or updated date).'),
  });

const phoneSchema = strictObject({
  number: withKind(
    z.union([z.string(), z.number()]).transform((n) => String(n)),
    'phone',
  ).describe(
    'The phone number, as the service writes it, for example 0808 800 4444. Never a premium-rate (09) number.',
  ),
  type: z
    .enum(['voice', 'text'])
    .default('voice')
    .describe('voice for calls; text for a number that takes text messages.'),
  description: text(MAX_DESCRIPTION).optional().describe('Who answers, and what to call about.'),
  /** A few words saying who the number is for, shown beside it in short lists, e.g. "text relay". */
  label: text(
    40,
    'is too long for a short list (over 40 characters). Fix: keep the label under 40 characters and put the rest in description.',
  )
    .optional()
    .describe(
      'A few words saying who the number is for, shown beside it in short lists, for example text relay. Under 40 characters.',
    ),
  /** Only for a number abroad: why this service is given on a number outside the UK. */
  international: text(MAX_DESCRIPTION)
    .optional()
    .describe('Only for a number abroad: why this service is given on a number outside the UK.'),
}).superRefine((phone, ctx) => {
  const res = checkPhone(phone.number, phone.type, { international: phone.international });
  if (!res.ok) {
    ctx.addIssue({
      code: 'custom',
      path: ['number'],
      message: `${res.reason}. Fix: ${res.fix ?? 'write a UK number such as 0808 800 4444 or 01634 333333 (short numbers like 116 123 are allowed; a text short code needs type: text).'}`,
    });
  }
});

/** A time of day on the 24-hour clock, 00:00 to 23:59. */
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const TIME_MESSAGE =
  'is not a time between 00:00 and 23:59. Fix: write it as HH:MM in 24-hour clock, for example 09:00 or 17:30 (for midnight write 00:00; for a service that never closes use open_24_hours: true).';

const time = withKind(z.string().regex(TIME_PATTERN, TIME_MESSAGE), 'time');

/** Minutes after midnight; 23:59 counts as midnight at the end of the day. */
const minutesOf = (t: string, closing = false) =>
  closing && t === '23:59' ? 1440 : Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

const scheduleSchema = strictObject({
  byday: z.array(z.enum(WEEKDAYS)).min(1).describe('The days these hours are for.'),
  opens_at: time.describe('The time it opens, on the 24-hour clock, for example 09:00.'),
  closes_at: time.describe('The time it closes, on the 24-hour clock, for example 17:30.'),
  /** The row runs past midnight: it closes the next morning (closes_at earlier than opens_at). */
  overnight: z.boolean().optional().describe('Tick only if it closes the next morning (closes earlier than it opens).'),
  /**
   * Only these weeks of the month: 1 is the first of those weekdays in the month, 2 the second,
   * and -1 the last ("2nd and 4th Thursday" is byday: [TH] with weeks_of_month: [2, 4]).
   */
  weeks_of_month: z
    .array(
      z
        .number()
        .int()
        .refine((n) => n === -1 || (n >= 1 && n <= 5), {
          message:
            'is not a week of the month. Fix: use 1 to 5 (the 1st to the 5th of those weekdays in the month) or -1 (the last).',
        }),
    )
    .min(1, 'is empty. Fix: list the weeks, for example [2, 4] for the 2nd and 4th, or remove weeks_of_month.')
    .optional()
    .describe(
      'Only these weeks of the month: 1 is the first of those weekdays, -1 the last. For example 2 and 4 for the 2nd and 4th Thursday.',
    ),
  /** Only on these dates of the month (1 to 31), as the feed's bymonthday gives them. */
  days_of_month: z
    .array(
      z
        .number()
        .int()
        .min(1, 'is not a date of the month. Fix: use 1 to 31.')
        .max(31, 'is not a date of the month. Fix: use 1 to 31.'),
    )
    .min(1, 'is empty. Fix: list the dates, for example [1, 15], or remove days_of_month.')
    .optional()
    .describe('Only on these dates of the month (1 to 31).'),
  /** The first day these hours apply (YYYY-MM-DD), when the source gives one. */
  valid_from: isoDate().optional().describe('The first day these hours apply, if the source gives one.'),
  /** The last day these hours apply (YYYY-MM-DD): after it, the row is not used for "open now". */
  valid_to: isoDate()
    .optional()
    .describe('The last day these hours apply, if the source gives one. After it they are not used for “open now”.'),
}).superRefine((row, ctx) => {
  if (row.valid_from && row.valid_to && row.valid_to < row.valid_from) {
    ctx.addIssue({
      code: 'custom',
      path: ['valid_to'],
      message: `${row.valid_to} is before valid_from (${row.valid_from}), so these hours never apply. Fix: correct one of the two dates, as the source gives them.`,
    });
  }
  if (row.opens_at === row.closes_at) {
    ctx.addIssue({
      code: 'custom',
      path: ['closes_at'],
      message: `is the same as opens_at (${row.opens_at}), so the hours cannot be read. Fix: give the time it closes; for a service open all day and night use open_24_hours: true.`,
    });
  } else if (!row.overnight && minutesOf(row.closes_at, true) < minutesOf(row.opens_at)) {
    ctx.addIssue({
      code: 'custom',
      path: ['closes_at'],
      message: `${row.closes_at} is earlier than opens_at (${row.opens_at}), which would mean the service is open all night. Fix: if it really runs overnight and closes the next morning, add overnight: true to this row; otherwise correct the times (24-hour clock: 5pm is 17:00).`,
    });
  } else if (row.overnight && minutesOf(row.closes_at, true) > minutesOf(row.opens_at)) {
    ctx.addIssue({
      code: 'custom',
      path: ['overnight'],
      message: `is true, but the row closes at ${row.closes_at}, after it opens (${row.opens_at}), on the same day. Fix: remove overnight: true, or give the time it closes the next morning.`,
    });
  }
});

/** Each row's open spells as minutes of the week (Monday 00:00 = 0), an overnight row running into the next day. */
function spells(row: z.output<typeof scheduleSchema>): { day: string; from: number; to: number }[] {
  const week = 7 * 1440;
  const out: { day: string; from: number; to: number }[] = [];
  for (const day of row.byday) {
    const from = WEEKDAYS.indexOf(day) * 1440 + minutesOf(row.opens_at);
    const to = WEEKDAYS.indexOf(day) * 1440 + minutesOf(row.closes_at, true) + (row.overnight ? 1440 : 0);
    if (to <= week) out.push({ day, from, to });
    else out.push({ day, from, to: week }, { day, from: 0, to: to - week });
  }
  return out;
}

/** True when the open spells cover at least one whole day of the week, midnight to midnight. */
function someDayAllDay(all: { from: number; to: number }[]): boolean {
  return WEEKDAYS.some((_, d) => {
    let reached = d * 1440;
    for (const sp of [...all].sort((a, b) => a.from - b.from))
      if (sp.from <= reached && sp.to > reached) reached = sp.to;
    return reached >= (d + 1) * 1440;
  });
}

export const hoursSchema = strictObject({
  open_24_hours: z
    .boolean()
    .default(false)
    .describe('Tick only if the source says it never closes. Then leave the regular schedule empty.'),
  regular_schedule: z
    .array(scheduleSchema)
    .default([])
    .describe('The opening times, one row for each set of days with the same hours.'),
  /** What happens on England and Wales bank holidays. */
  bank_holidays: z
    .enum(['closed', 'usual-hours', 'open-24-hours', 'not-stated'])
    .default('not-stated')
    .describe(
      'What happens on England and Wales bank holidays, as the source says. Use not-stated if the source does not say.',
    ),
  notes: text(MAX_DESCRIPTION).optional().describe('Anything else about when it is open, in a sentence or two.'),
  /** When the source gives no times, its own words for when the service answers, e.g. "Outside office hours, every day". */
  in_words: text(MAX_DESCRIPTION)
    .optional()
    .describe(
      'When the source gives no times: its own words for when the service answers, for example Outside office hours, every day.',
    ),
}).superRefine((h, ctx) => {
  if (hoursKind(h) === 'not-known') {
    ctx.addIssue({
      code: 'custom',
      message:
        'gives no opening hours. Fix: add regular_schedule, set open_24_hours: true, or give in_words in the words the source uses.',
    });
  }
  if (h.open_24_hours && h.regular_schedule.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['open_24_hours'],
      message:
        'is true, but regular_schedule also gives opening times, so the page would say "Open 24 hours" whatever the times say. Fix: keep one: remove regular_schedule if the source says it never closes, or remove open_24_hours.',
    });
  }
  const rows = h.regular_schedule.map(spells);
  if (h.bank_holidays === 'open-24-hours' && !h.open_24_hours && !someDayAllDay(rows.flat())) {
    ctx.addIssue({
      code: 'custom',
      path: ['bank_holidays'],
      message:
        '"open-24-hours" would open this service longer on a bank holiday than on any normal day. Fix: use usual-hours, closed or not-stated, as the source says (open-24-hours is only for a service with open_24_hours: true).',
    });
  }
  // Rows for some weeks or dates of the month, or for a time, may share a weekday with another row.
  const limited = h.regular_schedule.map((r) =>
    Boolean(r.weeks_of_month || r.days_of_month || r.valid_from || r.valid_to),
  );
  rows.forEach((mine, i) => {
    if (limited[i]) return;
    for (let j = 0; j < i; j++) {
      if (limited[j]) continue;
      const clash = mine.find((a) => rows[j].some((b) => a.from < b.to && b.from < a.to));
      if (clash) {
        ctx.addIssue({
          code: 'custom',
          path: ['regular_schedule', i],
          message: `overlaps regular_schedule[${j}] on ${clash.day}, so the hours contradict each other. Fix: give each day's hours once: take ${clash.day} out of one row, or join the two rows into one.`,
        });
        return;
      }
    }
  });
});

const addressSchema = strictObject({
  address_1: text(MAX_NAME).describe('The first line of the address.'),
  address_2: text(MAX_NAME).optional().describe('The second line of the address, if there is one.'),
  city: text(MAX_NAME).describe('The town or city.'),
  postal_code: z
    .string()
    .trim()
    .regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i, 'is not a UK postcode. Fix: write it like ME4 4TR.')
    .optional()
    .describe('The postcode, for example ME4 4TR.'),
  /** Where the door is, in degrees (WGS 84), from the source: both or neither. */
  latitude: z
    .number()
    .min(49, 'is not a latitude in the UK (49 to 61). Fix: copy it from the source, or remove latitude and longitude.')
    .max(61, 'is not a latitude in the UK (49 to 61). Fix: copy it from the source, or remove latitude and longitude.')
    .optional()
    .describe(
      'Where the door is: latitude in degrees, copied from the service’s own page or feed, never from a map or postcode. Give both, or neither. The directory’s Nearest first uses it.',
    ),
  longitude: z
    .number()
    .min(-9, 'is not a longitude in the UK (-9 to 2). Fix: copy it from the source, or remove latitude and longitude.')
    .max(2, 'is not a longitude in the UK (-9 to 2). Fix: copy it from the source, or remove latitude and longitude.')
    .optional()
    .describe(
      'Where the door is: longitude in degrees, copied from the service’s own page or feed, never from a map or postcode. Give both, or neither. The directory’s Nearest first uses it.',
    ),
  /** How to get in: steps, lifts, hearing loops, in the words of the source. */
  accessibility: text(MAX_DESCRIPTION)
    .optional()
    .describe('How to get in (steps, lifts, hearing loops), in the words of the source.'),
}).superRefine((a, ctx) => {
  if ((a.latitude === undefined) !== (a.longitude === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: [a.latitude === undefined ? 'latitude' : 'longitude'],
      message:
        'is missing: a place needs both latitude and longitude. Fix: add the other one from the source, or remove both.',
    });
  }
});

/** A UUID, as Open Referral requires of every id. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A named person or team to contact at a service, as its source gives them. */
const contactSchema = strictObject({
  name: text(MAX_NAME).optional().describe('The person’s or team’s name, as the source gives it.'),
  title: text(MAX_NAME).optional().describe('Their job title, as the source gives it.'),
  department: text(MAX_NAME).optional().describe('Their team or department, as the source gives it.'),
  email: z
    .email()
    .max(254, 'is too long (over 254 characters). Fix: give one email address.')
    .optional()
    .describe('Their email address, as the source gives it.'),
});

/** Names that say a service answers out of hours or around the clock. */
const ALWAYS_ANSWERS = /\bout[ -]of[ -]hours\b|\b24[ -]hours?\b|\b24\/7\b/i;

export const agencySchema = (today?: string) =>
  strictObject({
    name: text(MAX_NAME).describe('The name of the service, as people know it.'),
    organization: text(MAX_NAME).describe('The organisation that runs it.'),
    description: text(MAX_DESCRIPTION).describe('What the service does, in plain words (600 characters at most).'),
    /** Other names and the everyday words people use for what this service does. */
    alternate_names: z
      .array(text(MAX_NAME))
      .default([])
      .describe('Other names, and the everyday words people use for what this service does (used by search).'),
    categories: z
      .array(z.enum(CATEGORY_IDS))
      .min(
        1,
        `names no category, so the service would be in no part of the directory. Fix: add one or more of ${CATEGORY_IDS.join(', ')}.`,
      )
      .describe('Which parts of the directory the service is listed in.'),
    /** Where the service works; only a service imported from a feed that gives none (it has feed_id) may leave it out. */
    service_area: text(MAX_NAME).optional().describe('Where the service works, for example Medway or England.'),
    /** The service's own id in the Open Referral UK feed it was imported from: the open data publishes it as the id. */
    feed_id: z
      .string()
      .trim()
      .regex(UUID, 'is not a UUID, as Open Referral ids are. Fix: copy the id from the feed, or remove feed_id.')
      .optional()
      .describe('The service’s id in the Open Referral UK feed it came from. Leave it as the import wrote it.'),
    /** The youngest and oldest age the service is for, in years. */
    minimum_age: z
      .number()
      .int('is not a whole number. Fix: give an age in whole years.')
      .min(0, 'is below 0. Fix: give an age in whole years.')
      .max(120, 'is over 120. Fix: give an age in whole years, or remove the field if there is no upper age.')
      .optional()
      .describe('The youngest age the service is for, in whole years, if it has one.'),
    maximum_age: z
      .number()
      .int('is not a whole number. Fix: give an age in whole years.')
      .min(0, 'is below 0. Fix: give an age in whole years.')
      .max(120, 'is over 120. Fix: give an age in whole years, or remove the field if there is no upper age.')
      .optional()
      .describe('The oldest age the service is for, in whole years, if it has one.'),
    /** What it costs, in the source's words ("Free", "£35 an hour"). */
    fees: text(MAX_DESCRIPTION).optional().describe('What it costs, in the source’s words, for example “Free”.'),
    /** Languages the service is given in, besides English, by name ("Urdu"). */
    languages: z
      .array(text(MAX_NAME))
      .default([])
      .describe('Languages the service is given in besides English, by name, for example Urdu.'),
    /** Named people or teams to contact, as the source gives them. */
    contacts: z
      .array(contactSchema)
      .default([])
      .describe('Named people or teams to contact, as the source gives them.'),
    /** The organisation's own website. */
    organization_url: webAddress.optional().describe('The organisation’s own website.'),
    phones: z.array(phoneSchema).default([]).describe('The service’s phone numbers, each with its type.'),
    email: z
      .email()
      .max(254, 'is too long (over 254 characters). Fix: give the service’s own email address.')
      .optional()
      .describe('The service’s own email address, if it gives one.'),
    url: webAddress.optional().describe('The service’s own web page, starting with https://.'),
    physical_address: addressSchema.optional().describe('Where people can go in person, if they can.'),
    hours: hoursSchema
      .optional()
      .describe('When the service is open. Leave out only if the source gives no hours at all.'),
    eligibility_description: text(MAX_DESCRIPTION).optional().describe('Who can use the service.'),
    /**
     * Why the phone number could not be checked on the service's own page (it rests on news or
     * other sites): shown beside the number wherever the service is listed.
     */
    unverified: text(MAX_DESCRIPTION)
      .optional()
      .describe(
        'Only if the phone number could not be checked on the service’s own page: why (it rests on other sites). Shown beside the number.',
      ),
    application_process: text(MAX_DESCRIPTION)
      .optional()
      .describe('How to get help from the service: call, go in, or be referred.'),
    what_to_bring: z
      .array(text(MAX_DESCRIPTION))
      .default([])
      .describe('What to take with you, one thing to each line.'),
    what_to_expect: text(MAX_DESCRIPTION).optional().describe('What happens when you contact them.'),
    sources: z
      .array(sourceSchema(today))
      .default([])
      .describe('The pages the facts come from, each with the date you checked it.'),
    last_verified: isoDate({ notAfter: today }).describe(
      'The date you last checked everything on this service against its sources, as YYYY-MM-DD.',
    ),
  }).superRefine((a, ctx) => {
    // A line whose whole point is when it answers must say when, in the source's words if it gives no times.
    if (!a.hours && [a.name, ...a.alternate_names].some((n) => ALWAYS_ANSWERS.test(n))) {
      ctx.addIssue({
        code: 'custom',
        path: ['hours'],
        message:
          'this is an out-of-hours or 24-hour service but gives no hours, so the guide would say its hours are not known. Fix: add hours with regular_schedule, open_24_hours: true, or in_words in the words the source uses (for example "Outside the council\'s office hours").',
      });
    }
    if (a.service_area === undefined && !a.feed_id) {
      ctx.addIssue({
        code: 'custom',
        path: ['service_area'],
        message:
          'is missing. Fix: say where the service works, for example "Medway" or "England" (only a service imported from a feed that gives no area, with feed_id, may leave it out).',
      });
    }
    if (a.minimum_age !== undefined && a.maximum_age !== undefined && a.maximum_age < a.minimum_age) {
      ctx.addIssue({
        code: 'custom',
        path: ['maximum_age'],
        message: `${a.maximum_age} is below minimum_age (${a.minimum_age}). Fix: correct the ages as the source gives them.`,
      });
    }
    const hasContact = a.phones.length > 0 || a.email || a.url || a.physical_address;
    if (hasContact && a.sources.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message:
          'this agency has contact details but no source. Fix: add sources with the url of the page you read them on and the date you checked it.',
      });
    }
  });

export const guideSchema = (today?: string) =>
  strictObject({
    title: text(MAX_NAME).describe('The page’s title.'),
    summary: text(MAX_DESCRIPTION).describe(
      'What the page is about, in a sentence or two (shown in lists and search).',
    ),
    topic: z.enum(TOPIC_IDS).describe('Which topic the page is listed under.'),
    audience: z.enum(AUDIENCES).describe('Who the page is for: the public, or professionals.'),
    order: z.number().int().min(0).describe('Where the page comes in its topic’s list (0 first).'),
    last_reviewed: isoDate({ notAfter: today }).describe(
      'The date you last checked the whole page against its sources, as YYYY-MM-DD.',
    ),
    sources: z
      .array(sourceSchema(today))
      .min(1, 'needs at least one source. Fix: list the pages the facts come from.')
      .describe('The pages the facts come from, each with the date you checked it.'),
    /** Agencies (by id) or roles to show at the end of the page. */
    agencies: z
      .array(z.string())
      .default([])
      .describe('Services to show at the end of the page, by file name (for example samaritans).'),
    roles: z
      .array(z.enum(ROLE_IDS))
      .default([])
      .describe('Roles to show at the end of the page (each edition names its own services for them).'),
  });

/** What a missing publisher field must say: every edition names who runs it and where reports go. */
const PUBLISHER_FIX =
  'Fix: add publisher: with name: (the council, trust or organisation that publishes this edition) and content_email: (the address that reads reports of wrong information and accessibility problems), for example content_email: content@your-area.guide.example until the publishing body gives its own.';

/** Who publishes an edition, and where people report wrong information or an accessibility problem. */
const publisherSchema = strictObject(
  {
    name: text(MAX_NAME),
    /** Read by a person at the publisher: "Report a problem with this page" and the statements send here. */
    content_email: z
      .email({
        error: (iss) =>
          iss.input === undefined
            ? `is missing: "Report a problem with this page" and the accessibility statement need an address that reads reports. ${PUBLISHER_FIX}`
            : `"${String(iss.input)}" is not an email address. Fix: write one address, for example content@your-area.guide.example.`,
      })
      .max(254, 'is too long (over 254 characters). Fix: give one email address.'),
  },
  { error: `is missing (or is not a list of fields). ${PUBLISHER_FIX}` },
);

/** The record of a manual accessibility audit (by a person, with assistive technology), once one is done. */
const auditSchema = strictObject({
  date: isoDate(),
  /** Who did the audit (an organisation or team). */
  by: text(MAX_NAME),
  /** What the audit found: fully compliant with WCAG 2.2 AA, or partially (its problems are listed in known_issues). */
  compliance: z.enum(['fully', 'partially']),
});

/** What the accessibility statement says that an editor keeps true: dates, the audit, and the known problems. */
const accessibilitySchema = strictObject(
  {
    /** When the statement was first prepared. */
    prepared: isoDate(),
    /** When the statement was last reviewed. */
    reviewed: isoDate(),
    /** When the site was last tested, with the automated checks the statement describes. */
    tested: isoDate(),
    /** Leave out until a manual audit is done: until then the statement says "partially compliant". */
    manual_audit: auditSchema.optional(),
    /** Parts that are not fully accessible, in plain words, with what to do instead. */
    known_issues: z
      .array(strictObject({ issue: text(MAX_DESCRIPTION), instead: text(MAX_DESCRIPTION) }))
      .min(
        1,
        'is empty. Fix: list what you know is not fully accessible (an honest statement always has something here until an audit finds nothing).',
      ),
  },
  {
    error:
      'is missing (or is not a list of fields). Fix: add accessibility: with prepared:, reviewed: and tested: dates (YYYY-MM-DD) and known_issues: (see docs/editions.md).',
  },
);

export const editionSchema = strictObject({
  name: text(MAX_NAME),
  council: text(MAX_NAME),
  /** Who publishes this edition, and the address for reports of wrong information. */
  publisher: publisherSchema,
  /** The accessibility statement's dates, audit record and known problems. */
  accessibility: accessibilitySchema,
  /** The agency whose number is shown as the local crisis line on every page. */
  local_crisis_line: z.string().trim().min(1),
  roles: z.partialRecord(z.enum(ROLE_IDS), z.array(z.string().trim().min(1)).min(1)),
  site_url: webAddress.optional(),
  /** Kiosk mode defaults for touch screens at hubs (each screen can override them in its start address). */
  kiosk: strictObject({
    idle_seconds: z
      .number()
      .int()
      .min(30, 'must be at least 30 seconds. Fix: give people time to read.')
      .max(3600)
      .default(90),
    prompt_seconds: z.number().int().min(10).max(300).default(30),
    printer: z.boolean().default(false),
  }).default({ idle_seconds: 90, prompt_seconds: 30, printer: false }),
});

/** A local step (on an outcome) or paragraph (on a guide page): short text, and the page that says it. */
const localTextSchema = (today?: string) =>
  strictObject({
    text: text(MAX_DESCRIPTION).describe('The step or paragraph, in plain words (25 words or fewer to a sentence).'),
    sources: z
      .array(sourceSchema(today))
      .min(
        1,
        'needs at least one source. Fix: add sources with the url of the page that says this and the date you checked it (YYYY-MM-DD).',
      )
      .describe('The pages that say this, each with the date you checked it.'),
  });

/**
 * An edition's local additions (content/editions/<edition>/local.yaml): steps and contacts added
 * to outcomes of the decision tree, paragraphs added to guide pages, the council's own routes
 * (its duty-to-refer route), and the outcomes that may name no local phone number, each with why.
 * Ids are checked against the tree, the guide pages and the agencies by the content check.
 */
export const localSchema = (today?: string) =>
  strictObject({
    council: strictObject({
      /** How a professional refers someone to the council's housing options team (Housing Act 1996 s.213B). */
      duty_to_refer: strictObject({
        how: text(MAX_DESCRIPTION).describe('What a professional does to refer someone, in plain words.'),
        url: webAddress.optional().describe('The council’s page for referrals, starting with https://.'),
        email: z
          .email()
          .max(254, 'is too long (over 254 characters). Fix: give the council’s own email address for referrals.')
          .optional()
          .describe('The council’s own email address for referrals, if its page gives one.'),
        include: z
          .array(text(MAX_DESCRIPTION))
          .default([])
          .describe('What the referral must include, one thing to each line.'),
        sources: z
          .array(sourceSchema(today))
          .min(
            1,
            'needs at least one source. Fix: add sources with the url of the council page you read and the date you checked it.',
          )
          .describe('The council pages you read, each with the date you checked it.'),
      })
        .optional()
        .describe('How a professional refers someone to the council’s housing options team (the duty to refer).'),
    })
      .default({})
      .describe('The council’s own routes.'),
    outcomes: z
      .record(
        z.string(),
        strictObject({
          steps: z
            .array(localTextSchema(today))
            .default([])
            .describe('Local steps added to this outcome, each with its source.'),
          contacts: z
            .array(z.string().trim().min(1))
            .default([])
            .describe('Local services added to this outcome, by file name (for example medway-housing-options).'),
        }),
      )
      .default({})
      .describe('Steps and contacts this edition adds to the outcomes of Where do I go for help?'),
    guides: z
      .record(z.string(), z.array(localTextSchema(today)).min(1))
      .default({})
      .describe('Paragraphs this edition adds to guide pages, each with its source.'),
    without_local_number: z
      .record(z.string(), text(MAX_DESCRIPTION))
      .default({})
      .describe('Outcomes that may name no local phone number, each with why.'),
  });

/** The date `months` calendar months after `iso` (YYYY-MM-DD), clamped to the end of a shorter month. */
function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

/** The bank-holiday list must cover at least this many months after the build date. */
const BANK_HOLIDAY_MONTHS_AHEAD = 12;

export const bankHolidaysSchema = (today?: string) =>
  strictObject({
    division: z.literal('england-and-wales').describe('Always england-and-wales.'),
    sources: z.array(sourceSchema(today)).min(1).describe('Where the dates come from, with the date you checked.'),
    dates: z
      .array(
        strictObject({
          date: isoDate().describe('The bank holiday’s date, as YYYY-MM-DD.'),
          title: text(MAX_NAME).describe('Its name, as GOV.UK gives it, for example Christmas Day.'),
        }),
      )
      .min(1)
      .describe('Each bank holiday: its date (YYYY-MM-DD) and its name.'),
  }).superRefine((b, ctx) => {
    if (!today) return;
    const years = new Set(b.dates.map((d) => Number(d.date.slice(0, 4))));
    const needed = addMonths(today, BANK_HOLIDAY_MONTHS_AHEAD);
    const from = Number(today.slice(0, 4));
    const to = Number(needed.slice(0, 4));
    const missing: number[] = [];
    for (let y = from; y <= to; y++) if (!years.has(y)) missing.push(y);
    if (missing.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['dates'],
        message: `have no dates for ${missing.join(', ')}, but the list must reach at least ${needed} (${BANK_HOLIDAY_MONTHS_AHEAD} months after today, ${today}), or open-now will be wrong on bank holidays. Fix: add the dates for ${missing.join(', ')} from the published list at https://www.gov.uk/bank-holidays (England and Wales).`,
      });
    }
  });

export type Agency = z.output<ReturnType<typeof agencySchema>>;
export type AgencyHours = z.output<typeof hoursSchema>;
export type GuideMeta = z.output<ReturnType<typeof guideSchema>>;
export type Edition = z.output<typeof editionSchema>;
export type Source = z.output<ReturnType<typeof sourceSchema>>;
export type Local = z.output<ReturnType<typeof localSchema>>;
export type LocalText = Local['guides'][string][number];
export type DutyToReferData = NonNullable<Local['council']['duty_to_refer']>;

/** The crisis panel shown on every page: tiers of urgency, each naming agencies by id. */
export const crisisSchema = strictObject({
  tiers: z
    .array(
      strictObject({
        id: z
          .string()
          .regex(
            /^[a-z0-9]+(-[a-z0-9]+)*$/,
            'is not a usable id. Fix: write lowercase words joined by hyphens, for example life-at-risk.',
          )
          .describe('A short name for the tier in lowercase words joined by hyphens, for example life-at-risk.'),
        title: text(MAX_NAME).describe('The heading of the tier.'),
        when: text(MAX_DESCRIPTION).describe('When to use this tier, in plain words.'),
        advice: text(MAX_DESCRIPTION)
          .optional()
          .describe('What to do, in a few words, for example Call 999 or go to A&E now.'),
        agencies: z
          .array(z.string().trim().min(1))
          .default([])
          .describe('The services in this tier, by file name (for example samaritans).'),
        include_local_crisis_line: z
          .boolean()
          .default(false)
          .describe('Tick to add the edition’s own local crisis line to this tier.'),
      }),
    )
    .min(1)
    .describe('The tiers of urgency, most urgent first.'),
});
export type Crisis = z.output<typeof crisisSchema>;
