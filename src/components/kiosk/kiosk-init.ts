/**
 * On every page: turn kiosk mode on when the tab started at /kiosk/, and load the kiosk's
 * behaviour only then. (The <html> class is set before the page is drawn, by an inline script.)
 */
import { KIOSK_KEY, KIOSK_START, DEFAULT_KIOSK, kioskSettings, storedSettings, type KioskSettings } from '../../lib/kiosk.ts';

const html = document.documentElement;
let defaults: KioskSettings = DEFAULT_KIOSK;
try {
  defaults = { ...DEFAULT_KIOSK, ...JSON.parse(html.dataset.kioskDefaults ?? '{}') };
} catch {
  /* keep the built-in defaults */
}
let saved: string | null = null;
try {
  if (location.pathname === KIOSK_START) {
    const previous = sessionStorage.getItem(KIOSK_KEY);
    const settings = location.search || previous === null ? kioskSettings(location.search, defaults) : storedSettings(previous, defaults);
    sessionStorage.setItem(KIOSK_KEY, JSON.stringify(settings));
    // Keep the settings out of the address people see.
    if (location.search) history.replaceState(null, '', KIOSK_START);
  }
  saved = sessionStorage.getItem(KIOSK_KEY);
} catch {
  saved = location.pathname === KIOSK_START ? JSON.stringify(kioskSettings(location.search, defaults)) : null;
}
if (saved !== null) {
  html.classList.add('kiosk');
  const settings = storedSettings(saved, defaults);
  import('./kiosk.ts').then((m) => m.startKiosk(settings));
}
