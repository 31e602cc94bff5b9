/**
 * UK phone numbers: checking and formatting. Full numbers are checked with
 * libphonenumber-js; the few short numbers used by emergency and helpline services are
 * allowed by name, since they are not in the national numbering plan's long form.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type PhoneType = 'voice' | 'text';

/** Short numbers that are real, published services (voice). */
const SHORT_VOICE: Record<string, string> = {
  '999': '999',
  '112': '112',
  '111': '111',
  '101': '101',
  '18000': '18000',
  '18001': '18001',
};

const digitsOnly = (raw: string) => raw.replace(/[\s()-]/g, '');

export interface PhoneCheck {
  ok: boolean;
  /** The number written the way people read it, e.g. "0808 800 4444" or "116 123". */
  display: string;
  /** What goes after tel: or sms:, e.g. "+448088004444" or "116123". */
  dial: string;
  reason?: string;
  /** How to put it right, when the general advice does not fit. */
  fix?: string;
}

export interface PhoneOptions {
  /** The reason a number abroad is given (a service marked international); without it only UK numbers pass. */
  international?: string;
}

/** The fix for a number that costs a lot to call (premium-rate or service-charge). */
export const COSTLY_NUMBER_FIX = "give the service's free (0800, 0808) or ordinary (01, 02, 03) number instead.";

export function checkPhone(raw: string, type: PhoneType = 'voice', opts: PhoneOptions = {}): PhoneCheck {
  const input = String(raw ?? '').trim();
  const compact = digitsOnly(input);
  const fail = (reason: string, fix?: string): PhoneCheck => ({
    ok: false,
    display: input,
    dial: compact,
    reason,
    fix,
  });

  if (!compact) return fail('the number is empty');
  if (/[^0-9+]/.test(compact)) return fail(`"${input}" has characters that are not digits`);

  if (SHORT_VOICE[compact]) return { ok: true, display: compact, dial: compact };
  // 116 xxx: harmonised European numbers for services of social value (Samaritans is 116 123).
  if (/^116\d{3}$/.test(compact)) {
    return { ok: true, display: `116 ${compact.slice(3)}`, dial: compact };
  }
  // Text short codes (for example Shout's 85258) are five or six digits starting 6-8.
  if (/^[6-8]\d{4,5}$/.test(compact)) {
    if (type !== 'text') return fail(`"${input}" is a text short code: set its type to text`);
    return { ok: true, display: compact, dial: compact };
  }

  const parsed = parsePhoneNumberFromString(compact, 'GB');
  if (parsed?.isValid() && parsed.country !== 'GB') {
    if (opts.international?.trim()) return { ok: true, display: parsed.formatInternational(), dial: parsed.number };
    return fail(
      `"${input}" is not a UK number`,
      "give the service's UK number; if the service is only reached abroad, add international: with the reason on this phone.",
    );
  }
  if (parsed?.country !== 'GB' || !parsed.isValid()) {
    return fail(`"${input}" is not a valid UK phone number`);
  }
  const national = `0${parsed.nationalNumber}`;
  if (national.startsWith('09'))
    return fail(`"${input}" is a premium-rate number (09), which can cost pounds a minute`, COSTLY_NUMBER_FIX);
  if (/^087[123]/.test(national))
    return fail(
      `"${input}" costs extra to call (${national.slice(0, 4)} numbers carry a service charge)`,
      COSTLY_NUMBER_FIX,
    );
  if (national.startsWith('070'))
    return fail(
      `"${input}" is a personal number (070), which can be passed on anywhere and costs a lot to call`,
      "give the service's own landline, mobile, 03 or free number instead.",
    );
  if (type === 'text' && parsed.getType() !== 'MOBILE')
    return fail(
      `"${input}" cannot get text messages (it is not a mobile number)`,
      'set type: voice, or give the mobile number or short code the service reads texts on.',
    );
  // Keep the grouping the service itself publishes (people know "0808 2000 247"), as long as
  // it is the same number; otherwise use the standard grouping.
  const written = input.replace(/\s+/g, ' ');
  const display = /^0[\d ]+$/.test(written) && written.includes(' ') ? written : parsed.formatNational();
  return { ok: true, display, dial: parsed.number };
}

/**
 * Short numbers that cost nothing to call: 999 and 112 (emergency), 111 (NHS) and 18000 (text
 * relay to 999). Not 101 (police, a set charge per call) or 18001 (the relay prefix: the call
 * costs what the number dialled costs).
 */
const FREE_SHORT = new Set(['999', '112', '111', '18000']);

/**
 * Whether a voice number is free to call from a UK mobile or landline, by Ofcom's rules since
 * 1 July 2015: numbers starting 080 (0800, 0808) and 116 are free from every phone. 01, 02, 03
 * and 07 numbers are charged (or use up a call allowance), so a person with no credit cannot
 * count on them.
 */
export function isFreeToCall(raw: string): boolean {
  const res = checkPhone(raw, 'voice');
  if (!res.ok) return false;
  const d = res.dial.replace(/^\+44/, '0');
  return FREE_SHORT.has(d) || /^116\d{3}$/.test(d) || /^080\d+$/.test(d);
}

/** The href for a call or text link. */
export function phoneHref(raw: string, type: PhoneType = 'voice'): string {
  const { dial } = checkPhone(raw, type);
  return `${type === 'text' ? 'sms' : 'tel'}:${dial}`;
}

/** The word before a number: "Call" or "Text" (the kiosk, which has only the link, asks with its scheme). */
export function phoneVerb(type: PhoneType): 'Call' | 'Text' {
  return type === 'text' ? 'Text' : 'Call';
}

export interface PhoneLink {
  /** "Call" or "Text", to start a button or a line. */
  verb: 'Call' | 'Text';
  /** The same word inside a sentence: "call" or "text". */
  verbInSentence: 'call' | 'text';
  /** The number as people read it. */
  display: string;
  /** tel: or sms: with the number to dial. */
  href: string;
}

/**
 * What a call or text button or a printed line shows and dials: the verb, the number as written,
 * and its href. The one place these are decided, for the web pages, the booklet and the kiosk.
 */
export function phoneLink(raw: string, type: PhoneType = 'voice'): PhoneLink {
  const verb = phoneVerb(type);
  return {
    verb,
    verbInSentence: verb === 'Text' ? 'text' : 'call',
    display: checkPhone(raw, type).display,
    href: phoneHref(raw, type),
  };
}
