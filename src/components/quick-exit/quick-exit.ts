/** Quick exit: the button, and pressing Shift three times. Hides the page, clears what the
 * guide stored (answers, and the list of pages visited), notes that the person left (so every page
 * before it stays closed: left-screen.ts), and replaces this page in the history with a neutral site. */
import { createShiftCounter } from '../../lib/site/quick-exit-keys.ts';
import { clearGuideStorage } from '../../lib/site/storage.ts';
import { noteLeft } from '../../lib/site/left-guide.ts';
import { inKioskMode, kioskReset } from '../kiosk/reset.ts';
import { OFFLINE_CACHES } from '../../lib/site/offline-caches.ts';

function exitNow(url: string) {
  // On a kiosk screen, leaving means starting again for the next person, not going to another site.
  if (inKioskMode()) return kioskReset();
  document.documentElement.classList.add('is-exiting');
  document.title = 'Loading';
  try {
    clearGuideStorage([window.sessionStorage, window.localStorage]);
    // Every page of the guide opened before now stays closed in this tab (Back, Forward, reload): left-screen.ts.
    noteLeft(window.sessionStorage, Date.now());
  } catch {
    /* storage blocked: nothing stored */
  }
  // The copies of pages visited (which the offline page lists) go too; pages the person chose to save stay.
  // Not waited for: leaving never waits.
  try {
    if ('caches' in window) void caches.delete(OFFLINE_CACHES.pages).catch(() => undefined);
  } catch {
    /* storage blocked */
  }
  try {
    history.replaceState(null, '', '/');
  } catch {
    /* ignore */
  }
  window.location.replace(url);
}

function init() {
  const button = document.querySelector<HTMLAnchorElement>('[data-quick-exit]');
  if (!button) return;
  const url = button.href;
  const status = document.querySelector<HTMLElement>('[data-quick-exit-status]');
  button.addEventListener('click', (e) => {
    if (e.defaultPrevented) return;
    e.preventDefault();
    exitNow(url);
  });
  const counter = createShiftCounter();
  document.addEventListener('keydown', (e) => {
    const n = counter.press({ key: e.key, time: e.timeStamp, repeat: e.repeat });
    if (status && e.key === 'Shift') {
      status.textContent =
        n === 3 ? 'Leaving this page' : n > 0 ? `Shift pressed ${n} ${n === 1 ? 'time' : 'times'}` : '';
    }
    if (n === 3) exitNow(url);
  });
  // If the browser brings this page back from its cache after an exit, keep it hidden.
  window.addEventListener('pageshow', (e) => {
    if (e.persisted && document.documentElement.classList.contains('is-exiting')) window.location.replace(url);
  });
  // Tells tests (and anything else) that the button now hides the page and clears what was stored.
  document.documentElement.dataset.quickExitReady = '';
}

init();
