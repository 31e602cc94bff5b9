/**
 * On every page: kiosk mode is on only when this tab's session storage holds the kiosk settings,
 * which only the staff set-up step on /kiosk/ writes (kiosk-setup-form.ts, loaded on that page only).
 * A link, even to /kiosk/ with settings in it, never turns kiosk mode on by itself, so "Leave this
 * page" keeps going to the neutral site for anyone who was sent a link. (The <html> class is set
 * before the page is drawn, by the layout.) This file stays tiny: everything else kiosk mode
 * needs loads only on a kiosk screen, by its address (no preload helper on every page).
 */
import { KIOSK_KEY } from '../../lib/site/storage.ts';
import kioskStart from 'later:./kiosk-start-from-storage.ts';

let saved: string | null = null;
try {
  saved = sessionStorage.getItem(KIOSK_KEY);
} catch {
  saved = null;
}
if (saved !== null) {
  const raw = saved;
  document.documentElement.classList.add('kiosk');
  void (import(/* @vite-ignore */ kioskStart) as Promise<typeof import('./kiosk-start-from-storage.ts')>).then((m) =>
    m.startFromStorage(raw),
  );
}
