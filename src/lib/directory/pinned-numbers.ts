/**
 * Pinned numbers: the national emergency and crisis numbers, listed once with their sources in
 * content/pinned-numbers.yaml. A number that is a slip of the finger away from one of them, or
 * that sits on a service it does not belong to, is refused wherever it is written.
 */
import { z } from 'zod';
import { checkPhone, type PhoneType } from './phone.ts';
import { CONTENT_DIR, PINNED_NUMBERS_FILE } from '../content/content-paths.ts';
import { isoDate, MAX_DESCRIPTION, MAX_NAME, strictObject, text, webAddress } from '../content/schema.ts';

export const PINNED_FILE = `${CONTENT_DIR}/${PINNED_NUMBERS_FILE}`;

const agencyId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'is not an agency id. Fix: write the file name of the agency, without .yaml.');

export const pinnedNumbersSchema = (today?: string) =>
  strictObject({
    numbers: z
      .array(
        strictObject({
          number: z.union([z.string(), z.number()]).transform((n) => String(n)),
          /** The agency (file name) this number belongs to. */
          service: agencyId,
          type: z.enum(['voice', 'text']),
          /** Other services reached on the same number (for example a local line reached through 111). */
          also_on: z.array(agencyId).default([]),
          also_on_reason: text(MAX_DESCRIPTION).optional(),
          source: strictObject({
            title: text(MAX_NAME).optional(),
            url: webAddress,
            checked: isoDate({ notAfter: today }),
          }),
        }).superRefine((row, ctx) => {
          const res = checkPhone(row.number, row.type);
          if (!res.ok)
            ctx.addIssue({
              code: 'custom',
              path: ['number'],
              message: `${res.reason}. Fix: copy the number exactly from the source.`,
            });
          if (row.also_on.length && !row.also_on_reason)
            ctx.addIssue({
              code: 'custom',
              path: ['also_on_reason'],
              message: 'is missing. Fix: say in a sentence why these services are reached on the same number.',
            });
        }),
      )
      .min(1),
  });
export type PinnedNumbers = z.output<ReturnType<typeof pinnedNumbersSchema>>;

export interface Pin {
  /** As written in the table, e.g. "116 123". */
  number: string;
  /** Digits only, +44 written as 0. */
  digits: string;
  service: string;
  type: PhoneType;
  alsoOn: readonly string[];
}

/** The digits of a number as dialled in the UK: spaces and brackets gone, +44 (or 0044) written as 0. */
export function digitsOf(raw: string): string {
  const s = String(raw)
    .trim()
    .replace(/^tel:|^sms:/i, '');
  const d = s.replace(/\D/g, '');
  if (/^\+44/.test(s.replace(/\s/g, '')) || d.startsWith('0044')) return `0${d.replace(/^(0044|44)0?/, '')}`;
  return d;
}

export function pinsFrom(table: PinnedNumbers | null | undefined): Pin[] {
  return (table?.numbers ?? []).map((r) => ({
    number: r.number,
    digits: digitsOf(r.number),
    service: r.service,
    type: r.type,
    alsoOn: r.also_on,
  }));
}

/**
 * True when `a` is a slip of the finger away from `b` (and not the same): the same length with one
 * or two digits different, two neighbouring digits swapped, or one digit added or left out.
 */
export function nearMiss(a: string, b: string): boolean {
  if (a === b || !a || !b) return false;
  if (a.length === b.length) {
    let diff = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
    return diff <= 2;
  }
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

const isShort = (digits: string) => digits.length <= 6 && !digits.startsWith('0');

/**
 * What is wrong with a number against the pinned table, or null. `service` is the agency the number
 * is given for (a service's own phones); leave it out for a number in free text or a link.
 */
export function pinnedProblem(raw: string, pins: readonly Pin[], service?: string): string | null {
  const d = digitsOf(raw);
  if (!d || !pins.length) return null;
  const exact = pins.filter((p) => p.digits === d);
  if (exact.length) {
    if (service && !exact.some((p) => p.service === service || p.alsoOn.includes(service))) {
      const own = pins.filter((p) => p.service === service).map((p) => p.number);
      return `"${raw}" is the pinned number of ${exact[0].service}, not of ${service}${own.length ? ` (whose pinned ${own.length === 1 ? 'number is' : 'numbers are'} ${own.join(' and ')})` : ''}. Fix: ${own.length ? `write ${own.join(' or ')}` : 'write this service’s own number from its source'}; if this service really is reached on ${exact[0].number}, add ${service} to also_on in ${PINNED_FILE}, with the reason.`;
    }
    return null;
  }
  const near = pins.find((p) => nearMiss(d, p.digits));
  if (near)
    return `"${raw}" is one or two digits away from ${near.number}, the number of ${near.service} (pinned in ${PINNED_FILE}). Fix: write ${near.number} if that is the number you meant; a different number this close to a crisis number is not allowed, as one slip would call the wrong line.`;
  if (isShort(d))
    return `"${raw}" is a short number that is not on the list of known short numbers (${pins
      .filter((p) => isShort(p.digits))
      .map((p) => p.number)
      .join(
        ', ',
      )}). Fix: give the service's full number, or add the short number to ${PINNED_FILE} with its primary source.`;
  return null;
}

/** A number as written in free text or a link, and where it starts in the text. */
export interface WrittenNumber {
  raw: string;
  index: number;
  type: PhoneType;
}

const VERB =
  /\b(call|calling|ring|phone|dial|text|txt)(?:(?:\s+[A-Za-z’'&]+){0,3}\s+(?:on|to))?\s*:?\s+(\+?\d+(?: \d+){0,3})(?![\d:.]\d|\s*(?:am|pm)\b)/gi;
/** A token shaped like a UK phone number: 0 or +44, then 10 or 11 digits in all, in groups. */
const UK_SHAPE = /(?<![\d+./-])(?:\+44\s?(?:\(0\)\s?)?|0)\d(?:[ -]?\d){8,9}(?![\d/-])/g;

/**
 * The phone numbers written in free text: a number after "call", "text", "phone" or "dial" (the
 * longest run of digit groups that is a number, so "call 999 24 hours a day" reads 999), and any
 * token shaped like a UK phone number. Section numbers ("section 117", "s.188"), dates and counts
 * are not read as numbers.
 */
export function numbersInText(text: string, pins: readonly Pin[] = []): WrittenNumber[] {
  const found: WrittenNumber[] = [];
  const pinned = new Set(pins.map((p) => p.digits));
  for (const m of text.matchAll(VERB)) {
    const type: PhoneType = /^te?xt/i.test(m[1]) ? 'text' : 'voice';
    const groups = m[2].split(' ');
    // A count ("call 2 or 3 times") is not a number; two digits may be a slip ("call 99").
    if (groups[0].replace(/\D/g, '').length < 2) continue;
    // The longest run of groups that is a number; failing that the whole run if it is long enough to be one.
    let pick = digitsOf(m[2]).length >= 7 ? m[2] : groups[0];
    for (let n = groups.length; n >= 1; n--) {
      const candidate = groups.slice(0, n).join(' ');
      if (pinned.has(digitsOf(candidate)) || checkPhone(candidate, type).ok) {
        pick = candidate;
        break;
      }
    }
    found.push({ raw: pick, index: (m.index ?? 0) + m[0].lastIndexOf(m[2]), type });
  }
  for (const m of text.matchAll(UK_SHAPE)) {
    const index = m.index ?? 0;
    if (found.some((f) => index >= f.index && index < f.index + f.raw.length)) continue;
    found.push({ raw: m[0], index, type: 'voice' });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Everything wrong with one number wherever it is written: too close to (or another service's)
 * pinned number, not a working UK number, premium-rate or personal, text to a landline, or a short
 * number not on the pinned list. Null when it is fine.
 */
export function numberProblem(
  raw: string,
  opts: { type: PhoneType; pins: readonly Pin[]; service?: string; international?: string },
): string | null {
  const pinned = pinnedProblem(raw, opts.pins, opts.service);
  if (pinned) return pinned;
  const res = checkPhone(raw, opts.type, { international: opts.international });
  if (res.ok) return null;
  return `${res.reason}. Fix: ${res.fix ?? 'write the number exactly as the service publishes it, such as 0808 800 4444 or 116 123.'}`;
}
