/**
 * The order of help on a next-steps page: the one or two contacts for "Do this first" come first,
 * then everyone else who can be called or texted, then services with no phone number (people
 * reach those by visiting or on the web, so they matter least at the worst moment).
 *
 * Pure: the next-steps pages (on screen and printed) order their contacts with this.
 */

import { hoursKind, type Hours } from '../directory/hours.ts';
import type { PhoneLink } from '../directory/phone.ts';
import type { Urgency } from './tree-schema.ts';

/** How urgent an outcome is, in words: on next-steps pages, in the booklet and in the flowchart's key. */
export const URGENCY_LABELS: Record<Urgency, string> = {
  emergency: 'Emergency: act now',
  urgent: 'Urgent: act today',
  soon: 'Act soon',
  information: 'Good to know',
};

/** A contact as these rules see it: its id, whether it can be called or texted, and its hours. */
export interface ContactLike {
  id: string;
  data: { phones: readonly unknown[]; hours?: Hours };
}

/**
 * The role whose service answers when a role's service is closed. Any other role's alternative is
 * the next service the edition lists in that same role (Bradford lists its Emergency Duty Team
 * second under adult social care and children's services).
 */
const OUT_OF_HOURS_ROLE: Readonly<Record<string, string>> = {
  'council-housing-options': 'council-out-of-hours',
};

/** Who answers when "Do this first"'s first contact is closed. */
export interface FirstAlternative {
  id: string;
  /** True for an out-of-hours role: it answers whenever the first contact is closed, even with no times of its own. */
  whenClosed: boolean;
}

/**
 * The out-of-hours alternative to "Do this first"'s first contact, by the rule of
 * docs/decisions/0009-do-this-first-knows-the-time.md: the first contact must be named by its role;
 * the council's housing team pairs with the council's out-of-hours line, when the outcome names
 * that role (in "Do this first" or its roles); any other role pairs with the next service the
 * edition lists in the same role. Undefined when there is none.
 */
export function firstAlternative(
  firstContacts: readonly string[],
  outcomeRoles: readonly string[],
  roles: Readonly<Record<string, readonly string[] | undefined>>,
): FirstAlternative | undefined {
  const role = firstContacts[0];
  if (!role || !(role in roles)) return undefined;
  const firstId = roles[role]?.[0];
  const paired = OUT_OF_HOURS_ROLE[role];
  if (paired) {
    if (!firstContacts.includes(paired) && !outcomeRoles.includes(paired)) return undefined;
    const id = roles[paired]?.[0];
    return id && id !== firstId ? { id, whenClosed: true } : undefined;
  }
  const next = roles[role]?.find((id) => id !== firstId);
  return next ? { id: next, whenClosed: false } : undefined;
}

/**
 * The agency ids that "Do this first" names in an edition. Each entry is an agency id, or a role
 * id that stands for the edition's first agency in that role (the one the edition lists first).
 */
export function firstContactIds(
  contacts: readonly string[],
  roles: Readonly<Record<string, readonly string[] | undefined>>,
): string[] {
  const ids = contacts.map((c) => (c in roles ? roles[c]?.[0] : c)).filter((id): id is string => !!id);
  return ids.filter((id, i) => ids.indexOf(id) === i);
}

/**
 * The agencies a page names, as ids in the order to show them: those of each role (as the
 * edition lists them) first, then those named by id, each once.
 */
export function contactIds(
  ids: readonly string[],
  roles: readonly string[],
  editionRoles: Readonly<Record<string, readonly string[] | undefined>>,
): string[] {
  const all = [...roles.flatMap((r) => editionRoles[r] ?? []), ...ids];
  return all.filter((id, i) => all.indexOf(id) === i);
}

/** Split an outcome's contacts into "Do this first" and the rest, in the order a person should use them. */
export function arrangeContacts<T extends ContactLike>(
  contacts: readonly T[],
  namedFirst: readonly string[],
  alternative?: FirstAlternative,
): { first: T[]; rest: T[]; alternative?: FirstAlternative } {
  // The alternative joins "Do this first", just after the first contact, only where the first
  // contact's hours give times: otherwise the page can never tell that it is closed.
  const lead = contacts.find((c) => c.id === namedFirst[0]);
  const useAlternative =
    alternative && lead && hoursKind(lead.data.hours) === 'times' && contacts.some((c) => c.id === alternative.id)
      ? alternative
      : undefined;
  const firstIds =
    useAlternative && !namedFirst.includes(useAlternative.id)
      ? [namedFirst[0], useAlternative.id, ...namedFirst.slice(1)]
      : namedFirst;
  const first = firstIds.map((id) => contacts.find((c) => c.id === id)).filter((c): c is T => !!c);
  const others = contacts.filter((c) => !firstIds.includes(c.id));
  const callable = others.filter((c) => c.data.phones.length > 0);
  const notCallable = others.filter((c) => c.data.phones.length === 0);
  return { first, rest: [...callable, ...notCallable], alternative: useAlternative };
}

/** A service offered on a question before its answers: what the guide's island needs to show its call buttons. */
export interface HelpContact {
  name: string;
  /** The service's own page. */
  href: string;
  /** Each number's button, and what the number is for when the service says (for example text relay). */
  phones: (Pick<PhoneLink, 'verb' | 'display' | 'href'> & { note?: string })[];
}
