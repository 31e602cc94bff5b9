/** Open a page of the guide afresh in this history entry, after the person has left (src/lib/site/left-guide.ts). */
import { OPENED_AT } from '../../lib/site/left-guide.ts';

/**
 * The entry is marked as opened now (on the same clock as the note that the person left), so the
 * page shows, and reloaded at the new address: the pages before it stay closed. A reload rather than
 * location.replace, because going to the same address may count as a reload, which keeps the old mark.
 */
export function openAfresh(url: string): void {
  history.replaceState({ [OPENED_AT]: Date.now() }, '', url);
  window.location.reload();
}
