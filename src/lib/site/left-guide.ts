/**
 * After "Leave this page" (or a kiosk starting again for the next person), no page of the guide
 * that was open before can be seen again in that tab: not with Back or Forward, not after a
 * reload, not from the browser's back/forward cache. Each page, as it is drawn, compares when it
 * was first opened (kept in its own history entry) with when the person left (kept in this tab's
 * session storage). A page opened before the person left shows a neutral screen instead
 * (src/components/quick-exit/left-screen.ts), with a way to start again.
 *
 * Pages opened after that (the person came back and started again) show as usual, and the pages
 * before the exit stay closed, so the note that the person left is never cleared by starting again.
 *
 * Pure: no DOM. The check that runs before the page is drawn is LEFT_BOOT_SCRIPT in lib/kiosk/boot-script.ts
 * (kept there so that no page loads its text twice), which the build allows by its hash.
 */
import { STORAGE_PREFIX } from './storage.ts';

/** Session storage: when the person last left the guide in this tab (milliseconds since 1970). */
export const LEFT_KEY = `${STORAGE_PREFIX}left`;

/** In each history entry's state: when the page in that entry was first opened (milliseconds; 0 when not known). */
export const OPENED_AT = `${STORAGE_PREFIX}opened`;

/** The class on <html> of a closed page: the page's own content is hidden before it is drawn (QuickExit.astro's style). */
export const CLOSED_CLASS = 'guide-closed';

/** The address and title a closed page shows: nothing about what the guide is for. */
export const CLOSED_ADDRESS = '/';
export const CLOSED_TITLE = 'Page closed';

/** When the person left, from the stored note (null when they have not left in this tab). */
export function leftAt(stored: string | null): number | null {
  if (stored === null) return null;
  const at = Number(stored);
  return Number.isFinite(at) ? at : 0;
}

/** When the page in a history entry was first opened, from its state; null when the entry does not say. */
export function openedAt(state: unknown): number | null {
  if (!state || typeof state !== 'object') return null;
  const at = (state as Record<string, unknown>)[OPENED_AT];
  return typeof at === 'number' && Number.isFinite(at) ? at : null;
}

/**
 * Whether a page must stay closed: the person left after it was opened. An entry that does not say
 * when it was opened counts as opened before: closed is the safe answer.
 */
export function mustClose(left: number | null, opened: number | null): boolean {
  return left !== null && (opened ?? 0) < left;
}

/**
 * The state for a history entry a page adds or replaces, keeping when the page was opened, so that a
 * step of the guide pushed before the person left stays closed after they leave.
 */
export function keepOpenedAt<T extends object>(next: T, current: unknown): T {
  const at = openedAt(current);
  return at === null ? next : { ...next, [OPENED_AT]: at };
}

/** Note, in this tab, that the person has left now: every page opened before now stays closed. */
export function noteLeft(store: Pick<Storage, 'setItem'>, now: number): void {
  store.setItem(LEFT_KEY, String(now));
}
