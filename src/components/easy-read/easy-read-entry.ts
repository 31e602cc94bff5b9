/**
 * On the home page: while easy read is on in this tab (EASY_READ_KEY), its links into "Where do I
 * go for help?" open the easy read pages (easyReadHref). With JavaScript off they stay as they are.
 */
import { EASY_READ_KEY } from '../../lib/site/storage.ts';
import { ENTRY_LINKS, easyReadHref } from '../../lib/site/easy-read-links.ts';

function followChoice(): void {
  let on = false;
  try {
    on = sessionStorage.getItem(EASY_READ_KEY) === '1';
  } catch {
    // Storage blocked: easy read cannot have been chosen.
  }
  for (const a of document.querySelectorAll<HTMLAnchorElement>(ENTRY_LINKS)) {
    const own = a.dataset.standardHref ?? a.getAttribute('href') ?? '';
    a.dataset.standardHref = own;
    a.setAttribute('href', on ? easyReadHref(own) : own);
  }
  // A sign for tests and tools that the links follow the choice.
  document.documentElement.dataset.easyReadEntry = on ? 'easy' : 'standard';
}
followChoice();
// Back to this page from the cache: follow the choice made since.
addEventListener('pageshow', (e) => {
  if (e.persisted) followChoice();
});
