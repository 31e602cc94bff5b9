/**
 * "Show the law" on a next-steps page: a switch (aria-pressed) that shows the law under each right.
 * It is remembered in this tab only (SHOW_LAW_KEY); "Leave this page" and the kiosk reset clear it
 * with everything else the guide keeps. The root's class (law-shown or law-quiet, set only here) tells
 * the styles in RightsSection.astro. Without JavaScript (or if this fails) the switch stays hidden and
 * the law shows.
 */
import { SHOW_LAW_KEY } from '../../lib/site/storage.ts';
import { LAW_QUIET_CLASS, LAW_SHOWN_CLASS, SHOW_LAW_ON } from '../../lib/site/show-law-classes.ts';

const stored = (): boolean => {
  try {
    return sessionStorage.getItem(SHOW_LAW_KEY) === SHOW_LAW_ON;
  } catch {
    return false;
  }
};

let on = stored();
function show(now: boolean): void {
  on = now;
  const root = document.documentElement.classList;
  root.toggle(LAW_SHOWN_CLASS, now);
  root.toggle(LAW_QUIET_CLASS, !now);
  for (const b of document.querySelectorAll('[data-show-law] button')) b.setAttribute('aria-pressed', String(now));
}

for (const wrap of document.querySelectorAll<HTMLElement>('[data-show-law]')) {
  wrap.querySelector('button')?.addEventListener('click', () => {
    on = !on;
    try {
      if (on) sessionStorage.setItem(SHOW_LAW_KEY, SHOW_LAW_ON);
      else sessionStorage.removeItem(SHOW_LAW_KEY);
    } catch {
      /* storage blocked: the switch works on this page only */
    }
    show(on);
  });
  wrap.hidden = false;
  wrap.dataset.ready = '';
}
show(on);
// A page brought back by Back or Forward follows the switch as it is now in this tab.
addEventListener('pageshow', (e) => {
  if (e.persisted) show(stored());
});
