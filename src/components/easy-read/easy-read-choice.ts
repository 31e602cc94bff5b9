/**
 * Easy read, remembered in this tab (loaded by every easy read page): opening an easy read page
 * turns it on (EASY_READ_KEY in session storage), and its "Standard" link turns it off. While it is
 * on, the home page's ways into "Where do I go for help?" open the easy read pages
 * (easy-read-entry.ts). "Leave this page" and the kiosk reset clear it with everything else the
 * guide stored.
 */
import { EASY_READ_KEY } from '../../lib/site/storage.ts';

function remember(on: boolean): void {
  try {
    if (on) sessionStorage.setItem(EASY_READ_KEY, '1');
    else sessionStorage.removeItem(EASY_READ_KEY);
  } catch {
    // Storage blocked: the links still go to the other version.
  }
}

remember(true);
// A sign for tests and tools that the choice is kept.
document.documentElement.dataset.easyReadReady = '';
// Back to an easy read page from the cache, after "Standard": easy read again.
addEventListener('pageshow', (e) => {
  if (e.persisted) remember(true);
  // A sign for tests and tools that the choice is kept.
  document.documentElement.dataset.easyReadReady = '';
});
addEventListener('click', (e) => {
  if ((e.target as Element | null)?.closest?.('[data-easy-read-choice="standard"]')) remember(false);
});
