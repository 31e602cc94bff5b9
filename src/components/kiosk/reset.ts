/** Start the kiosk again: forget this visitor's answers (not kiosk mode) and go to the kiosk start. */
// From storage.ts and routes.ts, not lib/kiosk.ts: the quick exit on every page imports this file.
import { clearGuideStorage, KIOSK_KEY } from '../../lib/storage.ts';
import { KIOSK_START } from '../../lib/routes.ts';

export const inKioskMode = () => document.documentElement.classList.contains('kiosk');

export function kioskReset(): void {
  try {
    clearGuideStorage([window.sessionStorage, window.localStorage], [KIOSK_KEY]);
  } catch {
    /* storage blocked: nothing stored */
  }
  window.location.replace(KIOSK_START);
}
