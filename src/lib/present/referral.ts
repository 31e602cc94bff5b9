/**
 * The duty-to-refer referral a professional prepares with the person beside them
 * (/help/professional-referral/refer/): which council the form offers first, and the plain-text
 * summary the page prints, copies or hands to the professional's own email app. Nothing here sends
 * anything: the text leaves the device only through the professional's own mail app or clipboard.
 */
import { formatLongDate } from '../dates.ts';
import type { DutyToReferView } from './local.ts';

/** One question of the form and what was typed (or chosen) for it. */
export interface ReferralEntry {
  label: string;
  value: string;
}

/** The subject line of the email the professional's own mail app opens. */
const REFERRAL_SUBJECT = 'Duty to refer referral';

/** The summary as plain text: the duty, the date, then each question and its answer. */
export function referralSummary(entries: readonly ReferralEntry[], today: string): string {
  const lines = ['Duty to refer: referral (Housing Act 1996, section 213B)', `Prepared on ${formatLongDate(today)}`];
  for (const e of entries) lines.push('', `${e.label}:`, e.value.trim() || 'Not given');
  return lines.join('\n');
}

/**
 * A mailto: link with only a subject and the summary as its body. It names no address: the
 * professional types the council's address (or their own) in their own mail app.
 */
export function referralMailto(summary: string): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:?subject=${enc(REFERRAL_SUBJECT)}&body=${enc(summary)}`;
}

/** The edition's own council, offered first, with its referral route or a plain note that it has none. */
export interface ReferCouncilChoice {
  council: string;
  /** The council's own referral route, from the edition's local.yaml (council.duty_to_refer). */
  route?: { how: string; url?: string; email?: string };
  /** Said instead of a route when the edition has none. */
  noRoute?: string;
  /** The guide's page for the council's housing options service, when there is no route. */
  housingOptions?: string;
}

export function referCouncilChoice(
  council: string,
  refer: DutyToReferView | undefined,
  housingOptionsHref: string | undefined,
): ReferCouncilChoice {
  if (refer) {
    const { how, url, email } = refer;
    return { council, route: { how, ...(url ? { url } : {}), ...(email ? { email } : {}) } };
  }
  return {
    council,
    noRoute: `${council} has not published a duty to refer form or email address that we could check.`,
    ...(housingOptionsHref ? { housingOptions: housingOptionsHref } : {}),
  };
}
