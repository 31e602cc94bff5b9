/** Start the kiosk again: forget this visitor's answers (not kiosk mode), close the pages they saw, and go to the kiosk start. */
// From storage.ts and routes.ts, not lib/kiosk/kiosk-rules.ts: the quick exit on every page imports this file.
import { clearGuideStorage, KIOSK_KEY } from '../../lib/site/storage.ts';
import { KIOSK_START } from '../../lib/site/routes.ts';
import { noteLeft } from '../../lib/site/left-guide.ts';
import { openAfresh } from '../quick-exit/afresh.ts';

export const inKioskMode = () => document.documentElement.classList.contains('kiosk');

export function kioskReset(): void {
  try {
    clearGuideStorage([window.sessionStorage, window.localStorage], [KIOSK_KEY]);
    // The next person cannot go Back to what this one saw: those pages stay closed (quick-exit/left-screen.ts).
    noteLeft(window.sessionStorage, Date.now());
  } catch {
    /* storage blocked: nothing stored */
  }
  openAfresh(KIOSK_START);
}
