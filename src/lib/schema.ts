/**
 * The zod schemas for every kind of content. Field names of agencies follow Open Referral
 * UK / HSDS where they fit. These schemas are used by the content collections and by the
 * build's content check, which reports every problem with the file, the field and the fix.
 */
import { z } from 'zod';
import { checkPhone } from './phone.ts';
import { toIsoDate } from './dates.ts';
import { AUDIENCES, CATEGORY_IDS, ROLE_IDS, TOPIC_IDS, WEEKDAYS } from './taxonomy.ts';

/** A calendar date (YYYY-MM-DD). Pass `today` to refuse dates after it. */
export const isoDate = (opts: { notAfter?: string } = {}) =>
  z
    .any()
    .transform((value, ctx) => {
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
    description: z.string().trim().optional(),
    /** A few words saying who the number is for, shown beside it in short lists, e.g. "text relay". */
    label: z.string().trim().min(1).max(40, 'is too long for a short list. Fix: keep the label under 40 characters and put the rest in description.').optional(),
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
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'is not a time. Fix: write it as HH:MM in 24-hour clock, for example 09:00 or 17:30.');

export const scheduleSchema = z.object({
  byday: z.array(z.enum(WEEKDAYS)).min(1),
  opens_at: time,
  closes_at: time,
});

export const hoursSchema = z
  .object({
    open_24_hours: z.boolean().default(false),
    regular_schedule: z.array(scheduleSchema).default([]),
    /** What happens on England and Wales bank holidays. */
    bank_holidays: z.enum(['closed', 'usual-hours', 'open-24-hours', 'not-stated']).default('not-stated'),
    notes: z.string().trim().optional(),
    /** When the source gives no times, its own words for when the service answers, e.g. "Outside office hours, every day". */
    in_words: z.string().trim().min(1).optional(),
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

export const agencySchema = (today?: string) =>
  z
    .object({
      name: z.string().trim().min(1),
      organization: z.string().trim().min(1),
      description: z.string().trim().min(1),
      /** Other names and the everyday words people use for what this service does. */
      alternate_names: z.array(z.string().trim()).default([]),
      categories: z.array(z.enum(CATEGORY_IDS)).min(1),
      service_area: z.string().trim().min(1),
      phones: z.array(phoneSchema).default([]),
      email: z.email().optional(),
      url: webAddress.optional(),
      physical_address: addressSchema.optional(),
      hours: hoursSchema.optional(),
      eligibility_description: z.string().trim().optional(),
      application_process: z.string().trim().optional(),
      what_to_bring: z.array(z.string().trim()).default([]),
      what_to_expect: z.string().trim().optional(),
      sources: z.array(sourceSchema(today)).default([]),
      last_verified: isoDate({ notAfter: today }),
    })
    .superRefine((a, ctx) => {
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
  z.object({
    title: z.string().trim().min(1),
    summary: z.string().trim().min(1),
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

export const bankHolidaysSchema = (today?: string) =>
  z.object({
    division: z.literal('england-and-wales'),
    sources: z.array(sourceSchema(today)).min(1),
    dates: z.array(z.object({ date: isoDate(), title: z.string().trim().min(1) })).min(1),
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
