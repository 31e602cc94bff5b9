/** Start the kiosk again: forget this visitor's answers (not kiosk mode) and go to the kiosk start. */
import { clearGuideStorage } from '../../lib/storage.ts';
import { KIOSK_KEY, KIOSK_START } from '../../lib/kiosk.ts';

export const inKioskMode = () => document.documentElement.classList.contains('kiosk');

export function kioskReset(): void {
  try {
    clearGuideStorage([window.sessionStorage, window.localStorage], [KIOSK_KEY]);
  } catch {
    /* storage blocked: nothing stored */
  }
  window.location.replace(KIOSK_START);
}
