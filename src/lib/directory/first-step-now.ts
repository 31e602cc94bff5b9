/**
 * "Do this first" at this moment: when its first contact is closed now, the service that answers
 * instead (its out-of-hours alternative, see lib/tree/next-steps.ts) comes first. Pure: the hours,
 * the moment and the bank holidays in; the order and what to say about each out.
 * The content's order stays whenever the first contact's hours are not known: the guide never
 * claims "open now" or "closed" without them (docs/decisions/0009-do-this-first-knows-the-time.md).
 */
import { describeStatus, londonMoment, openStatus, type Hours } from './hours.ts';

export interface Alternative {
  /** Its own opening hours, when the source gives times. */
  hours?: Hours;
  /** It answers whenever the first contact is closed (an out-of-hours line with no times of its own). */
  whenClosed?: boolean;
}

export interface FirstStepNow {
  /** Put the alternative before the first contact. */
  alternativeFirst: boolean;
  /** The alternative is surely answering now (say "Open now" beside it). */
  alternativeOpen: boolean;
  /** What to say about the first contact now ("Closed now. Opens at 9am on Monday."). */
  first: ReturnType<typeof describeStatus>;
}

export function firstStepNow(
  firstHours: Hours | undefined,
  alternative: Alternative,
  instant: Date,
  bankHolidays: readonly string[],
): FirstStepNow {
  const weekday = londonMoment(instant).weekday;
  const first = openStatus(firstHours, instant, bankHolidays);
  const firstSays = describeStatus(first, weekday);
  const firstClosed = first.status.state === 'closed';
  // Open by its usual hours, but it is a bank holiday and the service has not said if it opens.
  const firstUnsure = first.status.state === 'open' && first.bankHolidayUnclear;

  let alternativeOpen = false;
  if (alternative.hours?.open_24_hours || alternative.hours?.regular_schedule?.length) {
    const alt = openStatus(alternative.hours, instant, bankHolidays);
    alternativeOpen = (alt.status.state === 'open' || alt.status.state === 'always-open') && !alt.bankHolidayUnclear;
  } else if (alternative.whenClosed) {
    alternativeOpen = firstClosed;
  }
  return { alternativeFirst: alternativeOpen && (firstClosed || firstUnsure), alternativeOpen, first: firstSays };
}
