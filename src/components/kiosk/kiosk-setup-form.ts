/**
 * The set-up form on /kiosk/ (loaded on that page only): filled from the address's settings,
 * saved only when staff press the button. Not offered when kiosk mode is already on.
 */
import { KIOSK_KEY, KIOSK_LIMITS, KIOSK_START, kioskSettings } from '../../lib/kiosk/kiosk-rules.ts';
import { editionKioskDefaults } from './kiosk-edition-defaults.ts';

function kioskOn(): boolean {
  try {
    return sessionStorage.getItem(KIOSK_KEY) !== null;
  } catch {
    return false;
  }
}

function offerSetup() {
  const form = document.querySelector<HTMLFormElement>('[data-kiosk-setup]');
  if (!form) return;
  const defaults = editionKioskDefaults();
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
    const query = new URLSearchParams({
      idle: idle.value,
      prompt: prompt.value,
      printer: printer.checked ? 'yes' : 'no',
    });
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

if (!kioskOn() && location.pathname === KIOSK_START) offerSetup();
