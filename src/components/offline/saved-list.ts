/** On the offline page: the pages saved on this device (with the button) or visited, with links. */
import { OFFLINE_CACHES } from '../../lib/site/offline-caches.ts';
import { savedPageTitle, savedPagesInOrder } from '../../lib/site/offline-copy.ts';

async function pagesIn(cacheName: string): Promise<{ url: string; title: string }[]> {
  if (!(await caches.has(cacheName))) return [];
  const cache = await caches.open(cacheName);
  const out: { url: string; title: string }[] = [];
  for (const request of await cache.keys()) {
    const url = new URL(request.url);
    if (url.origin !== window.location.origin || !url.pathname.endsWith('/')) continue;
    const res = await cache.match(request);
    const html = res ? await res.text() : '';
    out.push({ url: url.pathname, title: savedPageTitle(html) || url.pathname });
  }
  return out;
}

async function init() {
  const status = document.querySelector<HTMLElement>('[data-offline-saved-status]');
  const list = document.querySelector<HTMLUListElement>('[data-offline-saved-list]');
  if (!status || !list) return;
  try {
    if (!('caches' in window)) throw new Error('no caches');
    // On a shared kiosk screen the pages earlier visitors opened are not listed.
    const shared = document.documentElement.classList.contains('kiosk');
    const saved = shared ? [] : await pagesIn(OFFLINE_CACHES.saved);
    const visited = shared ? [] : await pagesIn(OFFLINE_CACHES.pages);
    const pages = savedPagesInOrder(saved, visited, window.location.pathname);
    for (const p of pages) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = p.url;
      a.textContent = p.title;
      li.append(a);
      if (p.saved) li.append(' (saved)');
      list.append(li);
    }
    list.hidden = pages.length === 0;
    status.textContent = shared
      ? 'Pages visited on this shared screen are not listed.'
      : pages.length
        ? 'Also on this device, from pages you saved or visited:'
        : 'No other pages yet. Pages you visit, or save with the “Save this page for offline” button, are listed here.';
  } catch {
    /* the list cannot be read in this browser: the essentials above are still saved */
  }
  document.querySelector<HTMLElement>('[data-offline-saved]')?.setAttribute('data-ready', '');
}

void init();
