/**
 * The set-up form on /kiosk/ (loaded on that page only): filled from the address's settings,
 * saved only when staff press the button. Not offered when kiosk mode is already on.
 */
import { KIOSK_KEY, KIOSK_LIMITS, KIOSK_START, kioskSettings, storedSettings } from '../../lib/kiosk/kiosk-rules.ts';
import { EASY_READ_KEY } from '../../lib/site/storage.ts';
import { EASY_READ, HELP } from '../../lib/site/routes.ts';
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
  const easy = form.elements.namedItem('easy') as HTMLInputElement;
  idle.min = String(KIOSK_LIMITS.idle[0]);
  idle.max = String(KIOSK_LIMITS.idle[1]);
  prompt.min = String(KIOSK_LIMITS.prompt[0]);
  prompt.max = String(KIOSK_LIMITS.prompt[1]);
  idle.value = String(initial.idleSeconds);
  prompt.value = String(initial.promptSeconds);
  printer.checked = initial.printer;
  easy.checked = initial.easyRead;
  form.hidden = false;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const query = new URLSearchParams({
      idle: idle.value,
      prompt: prompt.value,
      printer: printer.checked ? 'yes' : 'no',
      easy: easy.checked ? 'yes' : 'no',
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

/**
 * A screen set up to start in easy read: its start page's choices lead to the easy read pages, and
 * easy read is on for the visitor (cleared with everything else when the screen starts again, and
 * turned on again here).
 */
function startInEasyRead() {
  let easyRead = false;
  try {
    easyRead = storedSettings(sessionStorage.getItem(KIOSK_KEY), editionKioskDefaults()).easyRead;
    if (easyRead) sessionStorage.setItem(EASY_READ_KEY, '1');
  } catch {
    return;
  }
  if (!easyRead) return;
  for (const a of document.querySelectorAll<HTMLAnchorElement>(`[data-kiosk-choice][href="${HELP}"]`))
    a.setAttribute('href', EASY_READ);
  document.documentElement.dataset.kioskEasyRead = '';
}

if (location.pathname === KIOSK_START) {
  if (!kioskOn()) offerSetup();
  else startInEasyRead();
}
