/**
 * What the accessibility statement and the privacy notice show, from the edition's content and the
 * list of what the guide keeps on the device. Pure: no Astro.
 */
import { formatLongDate } from '../dates.ts';
import type { Edition } from '../content/schema.ts';
import { DEVICE_STORAGE, PLACES, type DeviceStore } from '../site/storage.ts';

/** The standard the statement measures the guide against. */
const STANDARD = 'the Web Content Accessibility Guidelines version 2.2 AA standard';

export interface AccessibilityView {
  /** "fully" only when a manual audit recorded in the edition found the guide fully compliant. */
  compliance: 'fully' | 'partially';
  /** The compliance sentence, in the model statement's words. */
  status: string;
  /** Why, in a sentence or two. */
  why: string;
  audit?: { date: string; by: string };
  prepared: string;
  reviewed: string;
  tested: string;
  knownIssues: Edition['accessibility']['known_issues'];
}

export function accessibilityView(a: Edition['accessibility']): AccessibilityView {
  const audit = a.manual_audit;
  const compliance = audit?.compliance === 'fully' ? 'fully' : 'partially';
  const status =
    compliance === 'fully'
      ? `This website is fully compliant with ${STANDARD}.`
      : `This website is partially compliant with ${STANDARD}, due to the problems listed on this page.`;
  const why = !audit
    ? 'No person has audited it yet. Automated checks find many problems, but they cannot show that a website is fully compliant.'
    : compliance === 'fully'
      ? `A manual audit by ${audit.by} on ${formatLongDate(audit.date)} found no problems.`
      : `A manual audit by ${audit.by} on ${formatLongDate(audit.date)} found the problems listed on this page.`;
  return {
    compliance,
    status,
    why,
    audit: audit && { date: formatLongDate(audit.date), by: audit.by },
    prepared: formatLongDate(a.prepared),
    reviewed: formatLongDate(a.reviewed),
    tested: formatLongDate(a.tested),
    knownIssues: a.known_issues,
  };
}

/** What the privacy notice lists: each thing kept on the device, with where it is kept in words. */
export function deviceStorageView(stores: readonly DeviceStore[] = DEVICE_STORAGE) {
  return stores.map((s) => ({ ...s, where: PLACES[s.place] }));
}
