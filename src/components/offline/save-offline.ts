/** "Save this page for offline": stores this page and the files it loaded in the saved-pages cache. */
import { OFFLINE_CACHES } from '../../lib/offline-caches.ts';
import { filesToSave } from '../../lib/offline-copy.ts';

const SAVED = 'Saved. This page will open on this device without a connection.';
const ALREADY = 'This page is saved on this device. It will open without a connection.';
const FAILED = 'This page could not be saved. Check you have a connection and try again.';

/** The files from this site that the page loaded: styles, scripts, icons and images. */
function pageResources(): string[] {
  const fromDom = [
    ...document.querySelectorAll<HTMLLinkElement | HTMLScriptElement | HTMLImageElement>(
      'link[rel~="stylesheet"][href], link[rel~="modulepreload"][href], link[rel~="icon"][href], script[src], img[src]',
    ),
  ].map((el) => ('href' in el && el.href ? el.href : (el as HTMLScriptElement | HTMLImageElement).src));
  const loaded = performance.getEntriesByType('resource').map((e) => e.name);
  return [...fromDom, ...loaded];
}

async function save(): Promise<void> {
  const cache = await caches.open(OFFLINE_CACHES.saved);
  const urls = filesToSave(window.location.href, pageResources());
  // Fetch everything first, so a page is never half saved.
  const responses = await Promise.all(
    urls.map(async (url) => {
      // With no connection, a page already on the device (visited) can still be saved.
      const res = await fetch(url, { credentials: 'same-origin' }).catch(async () => (await caches.match(url)) ?? Promise.reject(new Error(url)));
      if (!res.ok) throw new Error(`${url}: ${res.status}`);
      return [url, res] as const;
    }),
  );
  await Promise.all(responses.map(([url, res]) => cache.put(url, res)));
}

async function init() {
  const box = document.querySelector<HTMLElement>('[data-save-offline]');
  const button = box?.querySelector<HTMLButtonElement>('[data-save-offline-button]');
  const status = box?.querySelector<HTMLElement>('[data-save-offline-status]');
  if (!box || !button || !status || !('serviceWorker' in navigator) || !('caches' in window)) return;
  box.hidden = false;
  try {
    const page = filesToSave(window.location.href, [])[0];
    if (await (await caches.open(OFFLINE_CACHES.saved)).match(page)) status.textContent = ALREADY;
  } catch {
    /* the browser does not let this page use its storage: the button says so when pressed */
  }
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = 'Saving…';
    try {
      await save();
      status.textContent = SAVED;
      box.dataset.saved = '';
    } catch {
      status.textContent = FAILED;
      delete box.dataset.saved;
    } finally {
      button.disabled = false;
    }
  });
  box.dataset.ready = '';
}

void init();
