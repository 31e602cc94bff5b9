/**
 * "Do this first" by the clock, on the person's device: while the first contact is closed now and
 * the service that answers instead is open, that one moves to the top of the list (the nodes
 * themselves move, so screen readers and keyboards meet the order that shows). An out-of-hours
 * line with no times of its own gets the words "Open now". The first contact's own line
 * (open-now.ts) says when it opens. Checked again each minute and when the page comes back from
 * the back/forward cache. The section's data-first-step-order says the order chosen
 * ("alternative-first" or "content"). Printing keeps the content's order (DoThisFirst.astro's CSS).
 */
import { firstStepNow } from '../../lib/directory/first-step-now.ts';
import type { Hours } from '../../lib/directory/hours.ts';

function readBankHolidays(): string[] {
  try {
    return JSON.parse(document.querySelector('script[data-bank-holidays]')?.textContent ?? '[]') as string[];
  } catch {
    return [];
  }
}
const bankHolidays = readBankHolidays();

function hoursOf(li: HTMLElement): Hours | undefined {
  const data = li.querySelector<HTMLElement>('[data-open-now]')?.dataset.hours;
  if (!data) return undefined;
  try {
    return JSON.parse(data) as Hours;
  } catch {
    return undefined;
  }
}

function arrange(section: HTMLElement) {
  const list = section.querySelector<HTMLElement>('.first-step__contacts');
  if (!list) return;
  const items = [...list.children].filter((el): el is HTMLElement => el instanceof HTMLElement);
  const inContentOrder = [...items].sort((a, b) => Number(a.dataset.contentOrder) - Number(b.dataset.contentOrder));
  const first = items.find((li) => li.dataset.firstStepPart === 'first');
  const alternative = items.find((li) => li.dataset.firstStepPart === 'alternative');
  if (!first || !alternative) return;
  const whenClosed = alternative.dataset.whenClosed !== undefined;
  const now = firstStepNow(hoursOf(first), { hours: hoursOf(alternative), whenClosed }, new Date(), bankHolidays);
  const order = now.alternativeFirst
    ? [alternative, ...inContentOrder.filter((li) => li !== alternative)]
    : inContentOrder;
  // Move nodes only when the order changes, so focus and reading place stay put otherwise.
  if (order.some((li, i) => items[i] !== li)) for (const li of order) list.append(li);
  const mark = alternative.querySelector<HTMLElement>('[data-first-step-now]');
  if (mark) {
    mark.textContent = now.alternativeFirst ? 'Open now:' : '';
    mark.hidden = !now.alternativeFirst;
  }
  section.dataset.firstStepOrder = now.alternativeFirst ? 'alternative-first' : 'content';
}

const sections = () => document.querySelectorAll<HTMLElement>('[data-first-step]');
const arrangeAll = () => sections().forEach(arrange);
arrangeAll();
if (sections().length) {
  window.setInterval(arrangeAll, 60_000);
  addEventListener('pageshow', (e) => {
    if (e.persisted) arrangeAll();
  });
}
