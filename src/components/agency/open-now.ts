/**
 * "Open now / closed now / opens at", worked out on the person's device in London time and kept
 * up to date each minute. A plain script (no framework): it fills each [data-open-now] line that
 * OpeningHours.astro writes, from the hours the line carries and the page's one list of bank
 * holidays (a JSON script element, [data-bank-holidays]). Without
 * JavaScript the line stays empty and the hours written out below it still say when to call.
 */
import { describeStatus, londonMoment, openStatus, type Hours } from '../../lib/directory/hours.ts';

function readBankHolidays(): string[] {
  try {
    return JSON.parse(document.querySelector('script[data-bank-holidays]')?.textContent ?? '[]') as string[];
  } catch {
    return [];
  }
}
const bankHolidays = readBankHolidays();

function update(el: HTMLElement) {
  let hours: Hours;
  try {
    hours = JSON.parse(el.dataset.hours ?? '{}') as Hours;
  } catch {
    return;
  }
  const now = new Date();
  const { label, tone } = describeStatus(openStatus(hours, now, bankHolidays), londonMoment(now).weekday);
  el.className = `open-now open-now--${tone}`;
  el.dataset.openState = tone;
  el.textContent = label;
}

const lines = () => document.querySelectorAll<HTMLElement>('[data-open-now]');
lines().forEach(update);
if (lines().length) window.setInterval(() => lines().forEach(update), 60_000);
