/**
 * A next-steps page (an outcome of the step-by-step guide), as the web page and the printed sheet
 * show it: who to contact first ("Do this first"), then everyone else in the order to use them.
 * Pure: the ordering rules live in lib/tree/next-steps.ts; this puts them together for the outputs.
 */
import {
  arrangeContacts,
  contactIds,
  firstAlternative,
  firstContactIds,
  type ContactLike,
  type FirstAlternative,
} from '../tree/next-steps.ts';
import { URGENCY_LABELS } from '../tree/next-steps.ts';
import type { Outcome } from '../tree/tree.ts';
import type { LocalOutcomeView } from './local.ts';

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
  /**
   * Who answers when the first contact is closed, when it is in `first` and the first contact's
   * hours give times: the web page puts it first while the first contact is closed. Printouts keep `first` in order.
   */
  firstAlternative?: FirstAlternative;
  /** What the edition adds (local.yaml): local steps, the duty-to-refer route and their sources. */
  local?: LocalOutcomeView;
}

/**
 * The agencies an outcome names in an edition, as ids in the order to show them: its roles, its
 * own agencies, then the contacts the edition's local.yaml adds (so "Who else can help" orders
 * them with the rest, by the rules in lib/tree/next-steps.ts).
 */
export function outcomeContactIds(
  outcome: Pick<Outcome, 'agencies' | 'roles'>,
  editionRoles: Roles,
  local?: Pick<LocalOutcomeView, 'contacts'>,
): string[] {
  return contactIds([...outcome.agencies, ...(local?.contacts ?? [])], outcome.roles, editionRoles);
}

/**
 * Who the "Also" block names in an edition, as ids: its roles and agencies, less the services the
 * page already lists above it (`listed`), so a person never meets the same service twice.
 */
export function alsoContactIds(
  also: { readonly agencies: readonly string[]; readonly roles: readonly string[] },
  editionRoles: Roles,
  listed: readonly string[],
): string[] {
  return contactIds(also.agencies, also.roles, editionRoles).filter((id) => !listed.includes(id));
}

/** An outcome's contacts (already found for this edition, see contactIds) arranged for its page. */
export function outcomeView<T extends ContactLike>(
  outcome: Pick<Outcome, 'urgency' | 'first'> & { roles?: readonly string[] },
  contacts: readonly T[],
  editionRoles: Roles,
  local?: LocalOutcomeView,
): OutcomeView<T> {
  const { first, rest, alternative } = arrangeContacts(
    contacts,
    firstContactIds(outcome.first.contacts, editionRoles),
    firstAlternative(outcome.first.contacts, outcome.roles ?? [], editionRoles),
  );
  return {
    urgencyLabel: URGENCY_LABELS[outcome.urgency],
    first,
    rest,
    restTitle: first.length ? 'Who else can help' : 'Who to contact',
    ...(alternative && { firstAlternative: alternative }),
    local,
  };
}
