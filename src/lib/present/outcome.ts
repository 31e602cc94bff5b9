/**
 * A next-steps page (an outcome of the step-by-step guide), as the web page and the printed sheet
 * show it: who to contact first ("Do this first"), then everyone else in the order to use them.
 * Pure: the ordering rules live in lib/tree/next-steps.ts; this puts them together for the outputs.
 */
import { arrangeContacts, contactIds, firstContactIds, type ContactLike } from '../tree/next-steps.ts';
import { URGENCY_LABELS } from '../tree/next-steps.ts';
import type { Outcome } from '../tree/tree.ts';

type Roles = Readonly<Record<string, readonly string[] | undefined>>;

export { contactIds };

export interface OutcomeView<T> {
  /** How urgent, in words ("Act today"). */
  urgencyLabel: string;
  /** "Do this first": the one or two services for the most important action. */
  first: T[];
  /** Everyone else: those with a phone number first, then those reached by visiting or on the web. */
  rest: T[];
  /** The heading over `rest`. */
  restTitle: 'Who else can help' | 'Who to contact';
}

/** An outcome's contacts (already found for this edition, see contactIds) arranged for its page. */
export function outcomeView<T extends ContactLike>(
  outcome: Pick<Outcome, 'urgency' | 'first'>,
  contacts: readonly T[],
  editionRoles: Roles,
): OutcomeView<T> {
  const { first, rest } = arrangeContacts(contacts, firstContactIds(outcome.first.contacts, editionRoles));
  return {
    urgencyLabel: URGENCY_LABELS[outcome.urgency],
    first,
    rest,
    restTitle: first.length ? 'Who else can help' : 'Who to contact',
  };
}
