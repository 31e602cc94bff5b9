/**
 * The zod schemas for every kind of content. Field names of agencies follow Open Referral
 * UK / HSDS where they fit. These schemas are used by the content collections and by the
 * build's content check, which reports every problem with the file, the field and the fix.
 */
import { z } from 'zod';
import { checkPhone } from './phone.ts';
import { toIsoDate } from './dates.ts';
import { AUDIENCES, CATEGORY_IDS, ROLE_IDS, TOPIC_IDS, WEEKDAYS } from './taxonomy.ts';

/** Longest name and description a person can read on a phone; longer text belongs in a guide page. */
export const MAX_NAME = 120;
export const MAX_DESCRIPTION = 600;

/** Control characters (other than tab and line breaks) and the replacement character left by bytes that were not UTF-8. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const REPLACEMENT = /\uFFFD/;

/** Text shown to people: trimmed, not empty, no control characters, and at most `max` characters. */
export const text = (max?: number) => {
  let s = z.string().trim().min(1, 'is empty. Fix: write the text, or remove the field.');
  if (max) s = s.max(max, `is too long (over ${max} characters). Fix: shorten it to ${max} characters or fewer.`);
  return s.superRefine((v, ctx) => {
    if (REPLACEMENT.test(v)) {
      ctx.addIssue({
        code: 'custom',
        message: 'contains characters that were not saved as UTF-8 (shown as \uFFFD). Fix: save the file as UTF-8 and retype the damaged letters.',
      });
    } else if (CONTROL.test(v)) {
      const c = CONTROL.exec(v)![0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      ctx.addIssue({ code: 'custom', message: `contains an invisible control character (U+${c}). Fix: delete it and retype the text around it.` });
    }
  });
};

/** A calendar date (YYYY-MM-DD). Pass `today` to refuse dates after it. */
export const isoDate = (opts: { notAfter?: string } = {}) =>
  z.any().transform((value, ctx) => {
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
  });

const webAddress = z
  .string()
  .trim()
  .refine((s) => /^https:\/\/[^\s/]+\.[^\s]+$/.test(s), {
    message: 'is not a full web address. Fix: write it starting with https://',
  });

export const sourceSchema = (today?: string) =>
  z.object({
    title: z.string().trim().min(1).optional(),
    url: webAddress,
    checked: isoDate({ notAfter: today }),
    /** A secondary source (a council, NHS trust or charity restating a fact, not the body itself or the law). */
    secondary: z.boolean().default(false),
  });

export const phoneSchema = z
  .object({
    number: z.union([z.string(), z.number()]).transform((n) => String(n)),
    type: z.enum(['voice', 'text']).default('voice'),
    description: text(MAX_DESCRIPTION).optional(),
    /** A few words saying who the number is for, shown beside it in short lists, e.g. "text relay". */
    label: z
      .string()
      .trim()
      .min(1)
      .max(40, 'is too long for a short list. Fix: keep the label under 40 characters and put the rest in description.')
      .optional(),
  })
  .superRefine((phone, ctx) => {
    const res = checkPhone(phone.number, phone.type);
    if (!res.ok) {
      ctx.addIssue({
        code: 'custom',
        path: ['number'],
        message: `${res.reason}. Fix: write a UK number such as 0808 800 4444 or 01634 333333 (short numbers like 116 123 are allowed; a text short code needs type: text).`,
      });
    }
  });

const time = z
  .string()
  .regex(
    /^([01]\d|2[0-3]):[0-5]\d$/,
    'is not a time between 00:00 and 23:59. Fix: write it as HH:MM in 24-hour clock, for example 09:00 or 17:30 (for midnight write 00:00; for a service that never closes use open_24_hours: true).',
  );

export const scheduleSchema = z
  .object({
    byday: z.array(z.enum(WEEKDAYS)).min(1),
    opens_at: time,
    closes_at: time,
  })
  .superRefine((row, ctx) => {
    if (row.opens_at === row.closes_at) {
      ctx.addIssue({
        code: 'custom',
        path: ['closes_at'],
        message: `is the same as opens_at (${row.opens_at}), so the hours cannot be read. Fix: give the time it closes; for a service open all day and night use open_24_hours: true.`,
      });
    }
  });

export const hoursSchema = z
  .object({
    open_24_hours: z.boolean().default(false),
    regular_schedule: z.array(scheduleSchema).default([]),
    /** What happens on England and Wales bank holidays. */
    bank_holidays: z.enum(['closed', 'usual-hours', 'open-24-hours', 'not-stated']).default('not-stated'),
    notes: text(MAX_DESCRIPTION).optional(),
    /** When the source gives no times, its own words for when the service answers, e.g. "Outside office hours, every day". */
    in_words: text(MAX_DESCRIPTION).optional(),
  })
  .superRefine((h, ctx) => {
    if (!h.open_24_hours && h.regular_schedule.length === 0 && !h.in_words) {
      ctx.addIssue({
        code: 'custom',
        message: 'gives no opening hours. Fix: add regular_schedule, set open_24_hours: true, or give in_words in the words the source uses.',
      });
    }
  });

export const addressSchema = z.object({
  address_1: z.string().trim().min(1),
  address_2: z.string().trim().optional(),
  city: z.string().trim().min(1),
  postal_code: z
    .string()
    .trim()
    .regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i, 'is not a UK postcode. Fix: write it like ME4 4TR.'),
});

/** Names that say a service answers out of hours or around the clock. */
const ALWAYS_ANSWERS = /\bout[ -]of[ -]hours\b|\b24[ -]hours?\b|\b24\/7\b/i;

export const agencySchema = (today?: string) =>
  z
    .object({
      name: text(MAX_NAME),
      organization: text(MAX_NAME),
      description: text(MAX_DESCRIPTION),
      /** Other names and the everyday words people use for what this service does. */
      alternate_names: z.array(text(MAX_NAME)).default([]),
      categories: z.array(z.enum(CATEGORY_IDS)).min(1),
      service_area: z.string().trim().min(1),
      phones: z.array(phoneSchema).default([]),
      email: z.email().optional(),
      url: webAddress.optional(),
      physical_address: addressSchema.optional(),
      hours: hoursSchema.optional(),
      eligibility_description: text(MAX_DESCRIPTION).optional(),
      /**
       * Why the phone number could not be checked on the service's own page (it rests on news or
       * other sites): shown beside the number wherever the service is listed.
       */
      unverified: text(MAX_DESCRIPTION).optional(),
      application_process: text(MAX_DESCRIPTION).optional(),
      what_to_bring: z.array(text(MAX_DESCRIPTION)).default([]),
      what_to_expect: text(MAX_DESCRIPTION).optional(),
      sources: z.array(sourceSchema(today)).default([]),
      last_verified: isoDate({ notAfter: today }),
    })
    .superRefine((a, ctx) => {
      // A line whose whole point is when it answers must say when, in the source's words if it gives no times.
      if (!a.hours && [a.name, ...a.alternate_names].some((n) => ALWAYS_ANSWERS.test(n))) {
        ctx.addIssue({
          code: 'custom',
          path: ['hours'],
          message:
            'this is an out-of-hours or 24-hour service but gives no hours, so the guide would say its hours are not known. Fix: add hours with regular_schedule, open_24_hours: true, or in_words in the words the source uses (for example "Outside the council\'s office hours").',
        });
      }
      const hasContact = a.phones.length > 0 || a.email || a.url || a.physical_address;
      if (hasContact && a.sources.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message: 'this agency has contact details but no source. Fix: add sources with the url of the page you read them on and the date you checked it.',
        });
      }
    });

export const guideSchema = (today?: string) =>
  z.object({
    title: text(MAX_NAME),
    summary: text(MAX_DESCRIPTION),
    topic: z.enum(TOPIC_IDS),
    audience: z.enum(AUDIENCES),
    order: z.number().int().min(0),
    last_reviewed: isoDate({ notAfter: today }),
    sources: z.array(sourceSchema(today)).min(1, 'needs at least one source. Fix: list the pages the facts come from.'),
    /** Agencies (by id) or roles to show at the end of the page. */
    agencies: z.array(z.string()).default([]),
    roles: z.array(z.enum(ROLE_IDS)).default([]),
  });

export const editionSchema = z.object({
  name: z.string().trim().min(1),
  council: z.string().trim().min(1),
  /** The agency whose number is shown as the local crisis line on every page. */
  local_crisis_line: z.string().trim().min(1),
  roles: z.partialRecord(z.enum(ROLE_IDS), z.array(z.string().trim().min(1)).min(1)),
  site_url: webAddress.optional(),
  /** Kiosk mode defaults for touch screens at hubs (each screen can override them in its start address). */
  kiosk: z
    .object({
      idle_seconds: z.number().int().min(30, 'must be at least 30 seconds. Fix: give people time to read.').max(3600).default(90),
      prompt_seconds: z.number().int().min(10).max(300).default(30),
      printer: z.boolean().default(false),
    })
    .default({ idle_seconds: 90, prompt_seconds: 30, printer: false }),
});

/** The date `months` calendar months after `iso` (YYYY-MM-DD), clamped to the end of a shorter month. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

/** The bank-holiday list must cover at least this many months after the build date. */
export const BANK_HOLIDAY_MONTHS_AHEAD = 12;

export const bankHolidaysSchema = (today?: string) =>
  z
    .object({
      division: z.literal('england-and-wales'),
      sources: z.array(sourceSchema(today)).min(1),
      dates: z.array(z.object({ date: isoDate(), title: text(MAX_NAME) })).min(1),
    })
    .superRefine((b, ctx) => {
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
export type BankHolidays = z.output<ReturnType<typeof bankHolidaysSchema>>;
export type Source = z.output<ReturnType<typeof sourceSchema>>;

/** The crisis panel shown on every page: tiers of urgency, each naming agencies by id. */
export const crisisSchema = z.object({
  tiers: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        title: z.string().trim().min(1),
        when: z.string().trim().min(1),
        advice: z.string().trim().optional(),
        agencies: z.array(z.string().trim().min(1)).default([]),
        include_local_crisis_line: z.boolean().default(false),
      }),
    )
    .min(1),
});
export type Crisis = z.output<typeof crisisSchema>;
