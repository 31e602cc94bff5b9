/**
 * On every page: kiosk mode is on only when this tab's session storage holds the kiosk settings,
 * which only the staff set-up step on /kiosk/ writes. A link, even to /kiosk/ with settings in
 * it, never turns kiosk mode on by itself, so "Leave this page" keeps going to the neutral site for
 * anyone who was sent a link. (The <html> class is set before the page is drawn, by the layout.)
 */
import { DEFAULT_KIOSK, KIOSK_KEY, KIOSK_LIMITS, KIOSK_START, kioskSettings, storedSettings, type KioskSettings } from '../../lib/kiosk.ts';

const html = document.documentElement;
let defaults: KioskSettings = DEFAULT_KIOSK;
try {
  defaults = { ...DEFAULT_KIOSK, ...JSON.parse(html.dataset.kioskDefaults ?? '{}') };
} catch {
  /* keep the built-in defaults */
}

function start(saved: string) {
  html.classList.add('kiosk');
  import('./kiosk.ts').then((m) => m.startKiosk(storedSettings(saved, defaults)));
}

/** The set-up form on /kiosk/: filled from the address's settings, saved only when staff press the button. */
function offerSetup() {
  const form = document.querySelector<HTMLFormElement>('[data-kiosk-setup]');
  if (!form) return;
  const initial = kioskSettings(location.search, defaults);
  const idle = form.elements.namedItem('idle') as HTMLInputElement;
  const prompt = form.elements.namedItem('prompt') as HTMLInputElement;
  const printer = form.elements.namedItem('printer') as HTMLInputElement;
  idle.min = String(KIOSK_LIMITS.idle[0]);
  idle.max = String(KIOSK_LIMITS.idle[1]);
  prompt.min = String(KIOSK_LIMITS.prompt[0]);
  prompt.max = String(KIOSK_LIMITS.prompt[1]);
  idle.value = String(initial.idleSeconds);
  prompt.value = String(initial.promptSeconds);
  printer.checked = initial.printer;
  form.hidden = false;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const query = new URLSearchParams({ idle: idle.value, prompt: prompt.value, printer: printer.checked ? 'yes' : 'no' });
    const settings = kioskSettings(`?${query}`, defaults);
    try {
      sessionStorage.setItem(KIOSK_KEY, JSON.stringify(settings));
    } catch {
      /* storage blocked: kiosk mode cannot stay on */
      return;
    }
    // Keep the settings out of the address people see, and start with a clean page.
    location.replace(KIOSK_START);
  });
}

let saved: string | null = null;
try {
  saved = sessionStorage.getItem(KIOSK_KEY);
} catch {
  saved = null;
}
if (saved !== null) start(saved);
else if (location.pathname === KIOSK_START) offerSetup();
