/**
 * The order of help on a next-steps page: the one or two contacts for "Do this first" come first,
 * then everyone else who can be called or texted, then services with no phone number (people
 * reach those by visiting or on the web, so they matter least at the worst moment).
 *
 * Pure: the next-steps pages (on screen and printed) order their contacts with this.
 */

import type { PhoneLink } from '../directory/phone.ts';
import type { Urgency } from './tree-schema.ts';

/** How urgent an outcome is, in words: on next-steps pages, in the booklet and in the flowchart's key. */
export const URGENCY_LABELS: Record<Urgency, string> = {
  emergency: 'Emergency: act now',
  urgent: 'Urgent: act today',
  soon: 'Act soon',
  information: 'Good to know',
};

/** A contact as these rules see it: its id and whether it can be called or texted. */
export interface ContactLike {
  id: string;
  data: { phones: readonly unknown[] };
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
  firstIds: readonly string[],
): { first: T[]; rest: T[] } {
  const first = firstIds.map((id) => contacts.find((c) => c.id === id)).filter((c): c is T => !!c);
  const others = contacts.filter((c) => !firstIds.includes(c.id));
  const callable = others.filter((c) => c.data.phones.length > 0);
  const notCallable = others.filter((c) => c.data.phones.length === 0);
  return { first, rest: [...callable, ...notCallable] };
}

/** A service offered on a question before its answers: what the guide's island needs to show its call buttons. */
export interface HelpContact {
  name: string;
  /** The service's own page. */
  href: string;
  /** Each number's button, and what the number is for when the service says (for example text relay). */
  phones: (Pick<PhoneLink, 'verb' | 'display' | 'href'> & { note?: string })[];
}
